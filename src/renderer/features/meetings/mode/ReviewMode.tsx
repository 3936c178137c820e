import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { AGENDA_CONTEXT_LABELS } from '../../../../shared/meetings/agenda';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { call } from '../../../bridge/client';
import { Button } from '../../../components/Button';
import { MEETING_KIND_LABELS } from '../labels';
import { MeetingReportView } from '../MeetingReportView';
import { useAutosave } from './autosave';
import { CapturePanel, type CaptureRefs } from './CapturePanel';
import { EndPanel } from './EndPanel';
import { ItemContext } from './ItemContext';
import { PrivateNote } from './PrivateNote';
import { hintOf, SHORTCUTS, type ModeCommand } from './shortcuts';
import { SaveStatus, Timer } from './Timers';
import { useEndFlow } from './useEndFlow';
import { useMeetingTimers } from './useMeetingTimers';
import { useShortcuts } from './useShortcuts';

export interface ReviewModeProps {
  /** The meeting as it was when the mode opened (in progress); refreshed copies come in as it changes. */
  meeting: Meeting;
  onLeave(): void;
}

/**
 * The offline review meeting mode: one agenda item at a time with its context, timers
 * against the planned lengths, quick capture beside it, all of it by keyboard. Text is
 * saved as typed (autosave.ts); where the mode is, by useMeetingTimers; the keys by
 * useShortcuts; the end and the summary by useEndFlow.
 */
export function ReviewMode({ meeting, onLeave }: ReviewModeProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const endHeadingRef = useRef<HTMLHeadingElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const refs: CaptureRefs = { win: useRef(null), decision: useRef(null), action: useRef(null), evidence: useRef(null) };
  const autosave = useAutosave();
  const agenda = meeting.agenda;
  const titleId = useId();

  const [currentId, setCurrentId] = useState<number | null>(() => meeting.progress.currentItemId ?? agenda[0]?.id ?? null);
  const [notes, setNotes] = useState<Record<number, string>>(() => Object.fromEntries(agenda.map((i) => [i.id, i.notes])));
  const [running, setRunning] = useState(true);
  const timers = useMeetingTimers(meeting, currentId, running, autosave);
  const { saveProgress, savePosition } = timers;
  const end = useEndFlow(endHeadingRef, titleRef, saveProgress);
  if (end.report && running) setRunning(false);

  const index = Math.max(0, agenda.findIndex((i) => i.id === currentId));
  const item = agenda[index];

  // The whole window, above the app's own screen (which becomes inert behind it).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    headingRef.current?.focus();
    return () => dialog?.close?.();
  }, []);

  // Focus never rests on the page itself: when what had it goes away or is disabled
  // (a busy button, a closed panel), it goes to the item's heading, the mode's home.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onFocusOut = () =>
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active === dialog) (headingRef.current ?? titleRef.current)?.focus();
      });
    dialog.addEventListener('focusout', onFocusOut);
    return () => dialog.removeEventListener('focusout', onFocusOut);
  }, []);

  const { cancel: cancelEnd, begin: beginEnd } = end;
  const go = useCallback(
    (to: number) => {
      const next = agenda[Math.min(Math.max(to, 0), agenda.length - 1)];
      if (!next) return;
      cancelEnd();
      setCurrentId(next.id);
      savePosition(next.id);
      requestAnimationFrame(() => headingRef.current?.focus());
    },
    [agenda, cancelEnd, savePosition],
  );

  const run = useCallback(
    (command: ModeCommand) => {
      // The target is looked up in the frame, after React has drawn it.
      const focus = (el: () => HTMLElement | null | undefined) => requestAnimationFrame(() => el()?.focus());
      switch (command) {
        case 'next':
          return go(index + 1);
        case 'previous':
          return go(index - 1);
        case 'action':
          return focus(() => refs.action.current);
        case 'decision':
          return focus(() => refs.decision.current);
        case 'win':
          return focus(() => refs.win.current);
        case 'evidence':
          return focus(() => refs.evidence.current);
        case 'notes':
          return focus(() => notesRef.current);
        case 'end':
          return beginEnd();
      }
    },
    [go, index, refs.action, refs.decision, refs.win, refs.evidence, beginEnd],
  );
  // While the end panel is open, only its own buttons end or go back.
  useShortcuts(run, !end.report && !end.ending);

  const leave = async () => {
    saveProgress();
    await autosave.flushAll();
    onLeave();
  };

  const planned = agenda.reduce((n, i) => n + i.plannedMinutes, 0) || meeting.plannedMinutes;
  return (
    <dialog
      ref={dialogRef}
      className="review-mode"
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape never throws the meeting away: it only closes the end panel.
        e.preventDefault();
        if (end.ending && !end.report) go(index);
      }}
    >
      <header className="mode-header">
        <div className="mode-title">
          <p className="mode-kicker">
            {MEETING_KIND_LABELS[meeting.kind]} · {meeting.menteeName}
          </p>
          <h1 id={titleId} ref={titleRef} tabIndex={-1}>
            {end.report ? 'Meeting summary' : end.ending ? 'End the meeting' : (item?.title ?? meeting.title)}
          </h1>
          {!end.report && !end.ending && item && (
            <p className="muted">
              Item {index + 1} of {agenda.length} · {AGENDA_CONTEXT_LABELS[item.context]}
            </p>
          )}
        </div>
        {!end.report && (
          <div className="mode-timers">
            <Timer label="Meeting" seconds={timers.elapsed} plannedMinutes={planned} />
            {item && !end.ending && <Timer label="This item" seconds={timers.spent[item.id] ?? 0} plannedMinutes={item.plannedMinutes} />}
          </div>
        )}
        <SaveStatus status={autosave.status} />
        <div className="row">
          {end.report ? (
            <Button variant="primary" onClick={onLeave}>
              Close the meeting mode
            </Button>
          ) : (
            <Button onClick={() => void leave()}>Leave (resume later)</Button>
          )}
        </div>
      </header>

      {end.report ? (
        // Focusable, so a summary longer than the window scrolls by keyboard too.
        <section className="mode-summary" aria-label="Summary" tabIndex={0}>
          <p>The meeting has ended. Open action items are carried to the next meeting.</p>
          <MeetingReportView report={end.report} headingLevel={2} />
        </section>
      ) : (
        <div className="mode-body">
          <nav className="mode-agenda" aria-label="Agenda">
            <ol>
              {agenda.map((a, i) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className={a.id === item?.id && !end.ending ? 'agenda-step is-current' : 'agenda-step'}
                    aria-current={a.id === item?.id && !end.ending ? 'step' : undefined}
                    onClick={() => go(i)}
                  >
                    <span>{a.title}</span>
                    <span className="muted">{a.plannedMinutes} min</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          {end.ending ? (
            <EndPanel meeting={meeting} headingRef={endHeadingRef} onCancel={() => go(index)} onEnded={end.ended} />
          ) : (
            item && (
              <section className="mode-item" aria-labelledby={`${titleId}-item`}>
                <h2 id={`${titleId}-item`} ref={headingRef} tabIndex={-1} className="mode-item-title">
                  {item.title}
                </h2>
                <ItemContext item={item} meeting={meeting} autosave={autosave} onSelfAssessmentSaved={() => notesRef.current?.focus()} />
                <div className="field">
                  <label className="field-label" htmlFor={`${titleId}-notes`}>
                    Notes on "{item.title}" <kbd aria-hidden="true">{hintOf('notes')}</kbd>
                  </label>
                  <textarea
                    id={`${titleId}-notes`}
                    ref={notesRef}
                    className="input textarea"
                    rows={5}
                    value={notes[item.id] ?? ''}
                    onChange={(e) => {
                      const text = e.target.value;
                      const itemId = item.id;
                      setNotes((n) => ({ ...n, [itemId]: text }));
                      autosave.change(`item:${itemId}`, text, (v) => call('meetings.saveDraft', { meetingId: meeting.id, field: `item:${itemId}`, text: v }));
                    }}
                  />
                </div>
                <PrivateNote meetingId={meeting.id} noteId={meeting.privateNoteId} autosave={autosave} />
              </section>
            )
          )}
          <CapturePanel meeting={meeting} refs={refs} autosave={autosave} />
        </div>
      )}

      {!end.report && (
        <footer className="mode-footer">
          <div className="row">
            <Button onClick={() => go(index - 1)} disabled={index === 0 || end.ending}>
              ← Previous
            </Button>
            <Button variant="primary" onClick={() => go(index + 1)} disabled={index >= agenda.length - 1 || end.ending}>
              Next →
            </Button>
            <Button variant="danger" onClick={() => run('end')} disabled={end.ending}>
              End meeting…
            </Button>
          </div>
          <div className="shortcut-help">
            <p className="muted">Shortcuts all use Alt (Option on a Mac), so typing is always text and never a command.</p>
            <ul className="shortcut-list" aria-label="Keyboard shortcuts">
              {SHORTCUTS.map((s) => (
                <li key={s.command}>
                  <kbd>{s.hint}</kbd> {s.label}
                </li>
              ))}
            </ul>
          </div>
        </footer>
      )}
    </dialog>
  );
}
