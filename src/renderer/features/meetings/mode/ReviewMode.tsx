import { useCallback, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { Button } from '../../../components/Button';
import { MeetingReportView } from '../MeetingReportView';
import { useAutosave } from './autosave';
import { CapturePanel, type CaptureRefs } from './CapturePanel';
import { EndPanel } from './EndPanel';
import { ItemContext } from './ItemContext';
import { PrivateNote } from './PrivateNote';
import { hintOf, SHORTCUTS } from './shortcuts';
import { SaveStatus, Timer } from './Timers';
import { useEndFlow } from './useEndFlow';
import { useMeetingTimers } from './useMeetingTimers';
import { useAgendaPosition } from './useAgendaPosition';
import { useFocusNeverOnPage } from './useFocusNeverOnPage';
import { useItemNotes } from './useItemNotes';
import { useModalDialog } from './useModalDialog';
import { useModeCommands } from './useModeCommands';

export interface ReviewModeProps {
  /** The meeting as it was when the mode opened (in progress); refreshed copies come in as it changes. */
  meeting: Meeting;
  onLeave(): void;
}

/**
 * The offline review meeting mode: one agenda item at a time with its context, timers
 * against the planned lengths, quick capture beside it, all of it by keyboard. Text is
 * saved as typed (autosave.ts, useItemNotes); the clocks by useMeetingTimers; the item
 * shown by useAgendaPosition; the commands and their keys by useModeCommands; the end
 * and the summary by useEndFlow; the dialog and where focus rests by useModalDialog and
 * useFocusNeverOnPage.
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
  const intl = useIntl();

  const { currentId, index, item, moveTo } = useAgendaPosition(meeting, headingRef);
  const notes = useItemNotes(meeting, autosave);
  const [running, setRunning] = useState(true);
  const timers = useMeetingTimers(meeting, currentId, running, autosave);
  const { saveProgress, savePosition } = timers;
  const end = useEndFlow(endHeadingRef, titleRef, saveProgress);
  if (end.report && running) setRunning(false);

  useModalDialog(dialogRef, headingRef);
  useFocusNeverOnPage(dialogRef, headingRef, titleRef);

  const { cancel: cancelEnd, begin: beginEnd } = end;
  const go = useCallback(
    (to: number) => {
      cancelEnd();
      const itemId = moveTo(to);
      if (itemId !== null) savePosition(itemId);
    },
    [cancelEnd, moveTo, savePosition],
  );
  // While the end panel is open, only its own buttons end or go back.
  const run = useModeCommands({ index, go, capture: refs, notes: notesRef, end: beginEnd }, !end.report && !end.ending);

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
            <FormattedMessage id="meetingsMode.kicker" values={{ kind: intl.formatMessage({ id: `meetings.kind.${meeting.kind}` }), mentee: meeting.menteeName }} />
          </p>
          <h1 id={titleId} ref={titleRef} tabIndex={-1}>
            {end.report ? intl.formatMessage({ id: 'meetingsMode.summaryTitle' }) : end.ending ? intl.formatMessage({ id: 'meetingsMode.endTitle' }) : (item?.title ?? meeting.title)}
          </h1>
          {!end.report && !end.ending && item && (
            <p className="muted">
              <FormattedMessage
                id="meetingsMode.position"
                values={{ number: index + 1, total: agenda.length, context: intl.formatMessage({ id: `meetings.context.${item.context}` }) }}
              />
            </p>
          )}
        </div>
        {!end.report && (
          <div className="mode-timers">
            <Timer label={intl.formatMessage({ id: 'meetingsMode.timer.meeting' })} seconds={timers.elapsed} plannedMinutes={planned} />
            {item && !end.ending && <Timer label={intl.formatMessage({ id: 'meetingsMode.timer.item' })} seconds={timers.spent[item.id] ?? 0} plannedMinutes={item.plannedMinutes} />}
          </div>
        )}
        <SaveStatus status={autosave.status} />
        <div className="row">
          {end.report ? (
            <Button variant="primary" onClick={onLeave}>
              <FormattedMessage id="meetingsMode.close" />
            </Button>
          ) : (
            <Button onClick={() => void leave()}>
              <FormattedMessage id="meetingsMode.leave" />
            </Button>
          )}
        </div>
      </header>

      {end.report ? (
        // Focusable, so a summary longer than the window scrolls by keyboard too.
        <section className="mode-summary" aria-label={intl.formatMessage({ id: 'meetingsMode.summary.label' })} tabIndex={0}>
          <p>
            <FormattedMessage id="meetingsMode.summary.ended" />
          </p>
          <MeetingReportView report={end.report} headingLevel={2} />
        </section>
      ) : (
        <div className="mode-body">
          <nav className="mode-agenda" aria-label={intl.formatMessage({ id: 'meetingsMode.agenda' })}>
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
                    <span className="muted">
                      <FormattedMessage id="meetingsMode.agenda.minutes" values={{ count: a.plannedMinutes }} />
                    </span>
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
                <ItemContext item={item} meeting={meeting} autosave={autosave} focusAfterSelfAssessment={() => notesRef.current} />
                <div className="field">
                  <label className="field-label" htmlFor={`${titleId}-notes`}>
                    <FormattedMessage id="meetingsMode.notes" values={{ title: item.title }} /> <kbd aria-hidden="true">{hintOf('notes')}</kbd>
                  </label>
                  <textarea
                    id={`${titleId}-notes`}
                    ref={notesRef}
                    className="input textarea"
                    rows={5}
                    value={notes.notesOf(item.id)}
                    onChange={(e) => notes.type(item.id, e.target.value)}
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
              <FormattedMessage id="meetingsMode.previous" />
            </Button>
            <Button variant="primary" onClick={() => go(index + 1)} disabled={index >= agenda.length - 1 || end.ending}>
              <FormattedMessage id="meetingsMode.next" />
            </Button>
            <Button variant="danger" onClick={() => run('end')} disabled={end.ending}>
              <FormattedMessage id="meetingsMode.end" />
            </Button>
          </div>
          <div className="shortcut-help">
            <p className="muted">
              <FormattedMessage id="meetingsMode.shortcuts.intro" />
            </p>
            <ul className="shortcut-list" aria-label={intl.formatMessage({ id: 'meetingsMode.shortcuts.label' })}>
              {SHORTCUTS.map((s) => (
                <li key={s.command}>
                  <kbd>{s.hint}</kbd> <FormattedMessage id={s.label} />
                </li>
              ))}
            </ul>
          </div>
        </footer>
      )}
    </dialog>
  );
}
