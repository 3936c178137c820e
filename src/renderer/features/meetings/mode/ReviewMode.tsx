import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { AGENDA_CONTEXT_LABELS } from '../../../../shared/meetings/agenda';
import type { Meeting, MeetingReport } from '../../../../shared/meetings/meeting';
import { call } from '../../../bridge/client';
import { Button } from '../../../components/Button';
import { MEETING_KIND_LABELS } from '../labels';
import { MeetingReportView } from '../MeetingReportView';
import { useAutosave } from './autosave';
import { CapturePanel, type CaptureRefs } from './CapturePanel';
import { EndPanel } from './EndPanel';
import { ItemContext } from './ItemContext';
import { PrivateNote } from './PrivateNote';
import { commandOf, SHORTCUTS, type ModeCommand } from './shortcuts';
import { SaveStatus, Timer } from './Timers';

const PROGRESS_EVERY_MS = 5000;

export interface ReviewModeProps {
  /** The meeting as it was when the mode opened (in progress); refreshed copies come in as it changes. */
  meeting: Meeting;
  onLeave(): void;
}

/**
 * The offline review meeting mode: one agenda item at a time with its context, timers
 * against the planned lengths, quick capture beside it, all of it by keyboard. Text is
 * saved as typed (autosave.ts); where the mode is (item, timers) is saved every few
 * seconds and on every move, so a reload or a crash resumes here.
 */
export function ReviewMode({ meeting, onLeave }: ReviewModeProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const refs: CaptureRefs = { win: useRef(null), decision: useRef(null), action: useRef(null), evidence: useRef(null) };
  const autosave = useAutosave();
  // The hook's object is new on every render (the timers render each second); its functions are stable.
  const { change: autosaveChange, flushAll } = autosave;
  const agenda = meeting.agenda;
  const titleId = useId();

  const [currentId, setCurrentId] = useState<number | null>(() => meeting.progress.currentItemId ?? agenda[0]?.id ?? null);
  const [elapsed, setElapsed] = useState(meeting.progress.elapsedSeconds);
  const [spent, setSpent] = useState<Record<number, number>>(() => Object.fromEntries(agenda.map((i) => [i.id, i.spentSeconds])));
  const [notes, setNotes] = useState<Record<number, string>>(() => Object.fromEntries(agenda.map((i) => [i.id, i.notes])));
  const [ending, setEnding] = useState(false);
  const [report, setReport] = useState<MeetingReport | null>(null);
  const [showHelp, setShowHelp] = useState(false);

  const index = Math.max(0, agenda.findIndex((i) => i.id === currentId));
  const item = agenda[index];

  // The whole window, above the app's own screen (which becomes inert behind it).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    headingRef.current?.focus();
    return () => dialog?.close?.();
  }, []);

  // Ending unmounts the button that was pressed: focus goes to the summary's title, so Tab goes on from there.
  useEffect(() => {
    if (report) titleRef.current?.focus();
  }, [report]);

  // Timers run on the wall clock while the mode is open.
  useEffect(() => {
    if (report) return;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const seconds = Math.round((now - last) / 1000);
      if (seconds < 1) return;
      last += seconds * 1000;
      setElapsed((e) => e + seconds);
      if (currentId !== null) setSpent((s) => ({ ...s, [currentId]: (s[currentId] ?? 0) + seconds }));
    }, 1000);
    return () => clearInterval(timer);
  }, [currentId, report]);

  const progress = useRef({ currentId, elapsed, spent });
  useEffect(() => {
    progress.current = { currentId, elapsed, spent };
  });
  const saveProgress = useCallback(() => {
    // What is sent is the text the saver holds (the latest snapshot), never a closure's copy.
    autosaveChange('progress', JSON.stringify(progress.current), (text) => {
      const p = JSON.parse(text) as typeof progress.current;
      return call('meetings.saveProgress', {
        meetingId: meeting.id,
        currentItemId: p.currentId,
        elapsedSeconds: p.elapsed,
        items: Object.entries(p.spent).map(([id, spentSeconds]) => ({ id: Number(id), spentSeconds })),
      });
    });
  }, [autosaveChange, meeting.id]);
  useEffect(() => {
    if (report) return;
    const timer = setInterval(saveProgress, PROGRESS_EVERY_MS);
    return () => clearInterval(timer);
  }, [saveProgress, report]);

  // A reload or a closed window keeps the timers to the second, not to the last 5-second save.
  useEffect(() => {
    if (report) return;
    const onHide = () => {
      saveProgress();
      void flushAll();
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [saveProgress, flushAll, report]);

  const go = useCallback(
    (to: number) => {
      const next = agenda[Math.min(Math.max(to, 0), agenda.length - 1)];
      if (!next) return;
      setEnding(false);
      setCurrentId(next.id);
      progress.current = { ...progress.current, currentId: next.id };
      saveProgress();
      void flushAll();
      requestAnimationFrame(() => headingRef.current?.focus());
    },
    [agenda, flushAll, saveProgress],
  );

  const run = useCallback(
    (command: ModeCommand) => {
      // The target is looked up in the frame, after React has drawn it (the end panel does not exist yet when E is pressed).
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
          saveProgress();
          setEnding(true);
          return focus(() => dialogRef.current?.querySelector<HTMLElement>('.end-panel h2'));
        case 'help':
          return setShowHelp((s) => !s);
      }
    },
    [go, index, refs.action, refs.decision, refs.win, refs.evidence, saveProgress],
  );

  useEffect(() => {
    if (report) return;
    const onKey = (event: KeyboardEvent) => {
      const command = commandOf(event);
      if (!command || (ending && command !== 'help')) return;
      event.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run, ending, report]);

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
        // Escape never throws the meeting away: it only closes the end panel or the help.
        e.preventDefault();
        if (ending) setEnding(false);
        else setShowHelp(false);
      }}
    >
      <header className="mode-header">
        <div className="mode-title">
          <p className="mode-kicker">
            {MEETING_KIND_LABELS[meeting.kind]} · {meeting.menteeName}
          </p>
          <h1 id={titleId} ref={titleRef} tabIndex={-1}>{report ? 'Meeting summary' : ending ? 'End the meeting' : (item?.title ?? meeting.title)}</h1>
          {!report && !ending && item && (
            <p className="muted">
              Item {index + 1} of {agenda.length} · {AGENDA_CONTEXT_LABELS[item.context]}
            </p>
          )}
        </div>
        {!report && (
          <div className="mode-timers">
            <Timer label="Meeting" seconds={elapsed} plannedMinutes={planned} />
            {item && !ending && <Timer label="This item" seconds={spent[item.id] ?? 0} plannedMinutes={item.plannedMinutes} />}
          </div>
        )}
        <SaveStatus status={autosave.status} />
        <div className="row">
          {report ? (
            <Button variant="primary" onClick={onLeave}>
              Close the meeting mode
            </Button>
          ) : (
            <Button onClick={() => void leave()}>Leave (resume later)</Button>
          )}
        </div>
      </header>

      {report ? (
        <section className="mode-summary" aria-label="Summary">
          <p>The meeting has ended. Open action items are carried to the next meeting.</p>
          <MeetingReportView report={report} headingLevel={2} />
        </section>
      ) : (
        <div className="mode-body">
          <nav className="mode-agenda" aria-label="Agenda">
            <ol>
              {agenda.map((a, i) => (
                <li key={a.id}>
                  <button type="button" className={a.id === item?.id && !ending ? 'agenda-step is-current' : 'agenda-step'} aria-current={a.id === item?.id && !ending ? 'step' : undefined} onClick={() => go(i)}>
                    <span>{a.title}</span>
                    <span className="muted">{a.plannedMinutes} min</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          {ending ? (
            <EndPanel meeting={meeting} onCancel={() => go(index)} onEnded={setReport} />
          ) : (
            item && (
              <section className="mode-item" aria-labelledby={`${titleId}-item`}>
                <h2 id={`${titleId}-item`} ref={headingRef} tabIndex={-1} className="mode-item-title">
                  {item.title}
                </h2>
                <ItemContext item={item} meeting={meeting} autosave={autosave} />
                <div className="field">
                  <label className="field-label" htmlFor={`${titleId}-notes`}>
                    Notes on "{item.title}" <kbd aria-hidden="true">T</kbd>
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

      {!report && (
        <footer className="mode-footer">
          <div className="row">
            <Button onClick={() => go(index - 1)} disabled={index === 0 || ending}>
              ← Previous
            </Button>
            <Button variant="primary" onClick={() => go(index + 1)} disabled={index >= agenda.length - 1 || ending}>
              Next →
            </Button>
            <Button variant="danger" onClick={() => run('end')} disabled={ending}>
              End meeting…
            </Button>
          </div>
          <ul className={showHelp ? 'shortcut-list is-open' : 'shortcut-list'} aria-label="Keyboard shortcuts">
            {SHORTCUTS.map((s) => (
              <li key={s.command}>
                <kbd>{s.hint}</kbd> {s.label}
              </li>
            ))}
          </ul>
        </footer>
      )}
    </dialog>
  );
}
