import { useIntl } from 'react-intl';
import { dateFormat } from '../../../i18n/active-locale';
import { clock } from '../format';
import type { AutosaveStatus } from './autosave';

/** Time spent against the planned length; past it, the timer says by how much (not by colour alone). */
export function Timer({ label, seconds, plannedMinutes }: { label: string; seconds: number; plannedMinutes: number }) {
  const intl = useIntl();
  const planned = plannedMinutes * 60;
  const over = seconds > planned;
  // Said out for screen readers: "12 minutes 34 seconds".
  const s = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(s / 60);
  const spent = [
    minutes ? intl.formatMessage({ id: 'meetingsMode.duration.minutes' }, { count: minutes }) : '',
    s % 60 || !minutes ? intl.formatMessage({ id: 'meetingsMode.duration.seconds' }, { count: s % 60 }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={over ? 'timer is-over' : 'timer'} role="timer" aria-label={intl.formatMessage({ id: 'meetingsMode.timer.spoken' }, { label, spent, planned: plannedMinutes })}>
      <span className="timer-label">{label}</span>
      <span className="timer-value">
        {intl.formatMessage({ id: 'meetingsMode.timer.value' }, { spent: clock(seconds), planned: clock(planned), muted: (text) => <span className="muted">{text}</span> })}
      </span>
      {over && <span className="timer-over">{intl.formatMessage({ id: 'meetingsMode.timer.over' }, { time: clock(seconds - planned) })}</span>}
    </div>
  );
}

/** One line for every save of the meeting mode: what the mentor needs to trust it. */
export function SaveStatus({ status }: { status: AutosaveStatus }) {
  const intl = useIntl();
  const text =
    status.state === 'error'
      ? intl.formatMessage({ id: 'meetingsMode.save.error' }, { reason: status.error ?? intl.formatMessage({ id: 'meetingsMode.save.retrying' }) })
      : status.state === 'saving'
        ? intl.formatMessage({ id: 'meetingsMode.save.saving' })
        : status.savedAt
          ? intl.formatMessage({ id: 'meetingsMode.save.savedAt' }, { time: dateFormat({ timeStyle: 'medium' }).format(status.savedAt) })
          : intl.formatMessage({ id: 'meetingsMode.save.saved' });
  return (
    // Announced only when something failed: a line that changes with every keystroke would drown the rest.
    <p className={`save-status is-${status.state}`} aria-live={status.state === 'error' ? 'assertive' : 'off'} data-state={status.state}>
      {text}
    </p>
  );
}
