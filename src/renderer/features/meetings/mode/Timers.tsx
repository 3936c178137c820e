import { clock, spokenDuration } from '../format';
import type { AutosaveStatus } from './autosave';

/** Time spent against the planned length; past it, the timer says by how much (not by colour alone). */
export function Timer({ label, seconds, plannedMinutes }: { label: string; seconds: number; plannedMinutes: number }) {
  const planned = plannedMinutes * 60;
  const over = seconds > planned;
  return (
    <div className={over ? 'timer is-over' : 'timer'} role="timer" aria-label={`${label}: ${spokenDuration(seconds)} of ${plannedMinutes} minutes`}>
      <span className="timer-label">{label}</span>
      <span className="timer-value">
        {clock(seconds)} <span className="muted">/ {clock(planned)}</span>
      </span>
      {over && <span className="timer-over">over by {clock(seconds - planned)}</span>}
    </div>
  );
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** One line for every save of the meeting mode: what the mentor needs to trust it. */
export function SaveStatus({ status }: { status: AutosaveStatus }) {
  const text =
    status.state === 'error'
      ? `Not saved yet: ${status.error ?? 'retrying'}`
      : status.state === 'saving'
        ? 'Saving…'
        : status.savedAt
          ? `All changes saved (${timeOfDay.format(status.savedAt)})`
          : 'All changes saved';
  return (
    // Announced only when something failed: a line that changes with every keystroke would drown the rest.
    <p className={`save-status is-${status.state}`} aria-live={status.state === 'error' ? 'assertive' : 'off'} data-state={status.state}>
      {text}
    </p>
  );
}
