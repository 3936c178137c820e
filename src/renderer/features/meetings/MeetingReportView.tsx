import { useEffect, useId, useReducer, useRef, useState } from 'react';
import type { ActionItem } from '../../../shared/meetings/capture';
import type { MeetingReport } from '../../../shared/meetings/meeting';
import { Button } from '../../components/Button';
import { useFocusOnClose } from '../../components/useFocusOnClose';
import { formatDate } from '../mentees/format';
import { ActionEditForm } from './ActionEditForm';
import { ItemNoteEditor } from './ItemNoteEditor';
import { draftLabel, OWNER_LABELS } from './labels';
import { RemoveCaptureButton } from './RemoveCaptureButton';

const FIELD_LABELS: Record<string, string> = {
  'timeBound.targetDate': 'target date',
  'measurable.target': 'target value',
};

/** A recalibrated value as a mentor reads it: dates in words, numbers as they are. */
function shown(field: string, value: string): string {
  return field === 'timeBound.targetDate' ? formatDate(value) : value;
}

export interface MeetingReportViewProps {
  report: MeetingReport;
  headingLevel?: 2 | 3;
  /** On the held meeting's page: the notes can be edited, and what was captured by mistake edited or removed. */
  editable?: boolean;
}

/**
 * The meeting's summary: the mentee's self-assessment, the notes on each agenda item,
 * decisions, actions with owners and dates, wins, evidence, rubric scores, recalibrations.
 */
export function MeetingReportView({ report, headingLevel = 3, editable = false }: MeetingReportViewProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const meetingId = report.meeting.id;
  const ids = { decisions: useId(), actions: useId(), wins: useId(), evidence: useId() };
  // A removed line takes its Remove button (and its dialog) with it: focus goes to its
  // section's heading once the summary without it is drawn and the dialog has let go.
  // Tried after every render until it takes (behind the open confirmation the page is inert).
  const focusNext = useRef<string | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const target = focusNext.current ? document.getElementById(focusNext.current) : null;
    target?.focus();
    if (target && document.activeElement === target) focusNext.current = null;
  });
  const removed = (section: keyof typeof ids) => () => {
    focusNext.current = ids[section];
    redraw();
  };
  const remove = (kind: 'decision' | 'win' | 'evidence', id: number, text: string, section: keyof typeof ids) =>
    editable && <RemoveCaptureButton kind={kind} id={id} text={text} onRemoved={removed(section)} />;
  return (
    <div className="meeting-report">
      {report.selfAssessment && (
        <section aria-label="Self-assessment">
          <H>The mentee’s self-assessment</H>
          {report.selfAssessment.reflection && <p>{report.selfAssessment.reflection}</p>}
          {report.selfAssessment.ratings.length > 0 && (
            <ul>
              {report.selfAssessment.ratings.map((r) => (
                <li key={r.goalId}>
                  {r.goalTitle}: {r.rating} of 5{r.comment && <span className="muted"> · {r.comment}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="report-notes" aria-label="Notes on the agenda">
        <H>Notes on the agenda</H>
        {report.itemNotes.length === 0 ? (
          <p className="muted">No notes were taken on the agenda items.</p>
        ) : (
          report.itemNotes.map((n) =>
            editable ? (
              <ItemNoteEditor key={n.itemId} meetingId={meetingId} note={n} headingLevel={headingLevel === 2 ? 3 : 4} />
            ) : (
              <div key={n.itemId} className="item-note">
                {headingLevel === 2 ? <h3>{n.title}</h3> : <h4>{n.title}</h4>}
                <p className="item-note-text">{n.notes}</p>
              </div>
            ),
          )
        )}
      </section>
      <section aria-label="Decisions">
        <H id={ids.decisions} tabIndex={-1}>
          Decisions ({report.decisions.length})
        </H>
        {report.decisions.length === 0 ? (
          <p className="muted">No decisions.</p>
        ) : (
          <ul>
            {report.decisions.map((d) => (
              <li key={d.id}>
                <strong>{d.decision}</strong> — {d.rationale}
                {d.changed && <span className="muted"> ({d.changed})</span>}
                {remove('decision', d.id, d.decision, 'decisions')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Action items">
        <H id={ids.actions} tabIndex={-1}>
          Action items ({report.actions.length})
        </H>
        {report.actions.length === 0 ? (
          <p className="muted">No action items.</p>
        ) : (
          <ul>
            {report.actions.map((a) => (
              <ActionLine key={a.id} action={a} editable={editable && a.meetingId === meetingId} onRemoved={removed('actions')} />
            ))}
          </ul>
        )}
        {report.carriedForward.count > 0 && report.carriedForward.toDate && (
          <p>
            {report.carriedForward.count} open {report.carriedForward.count === 1 ? 'action is' : 'actions are'} carried forward to the meeting of{' '}
            {formatDate(report.carriedForward.toDate)}.
          </p>
        )}
      </section>
      <section aria-label="Wins">
        <H id={ids.wins} tabIndex={-1}>
          Wins ({report.wins.length})
        </H>
        {report.wins.length === 0 ? (
          <p className="muted">No wins recorded.</p>
        ) : (
          <ul>
            {report.wins.map((w) => (
              <li key={w.id}>
                {w.text}
                {remove('win', w.id, w.text, 'wins')}
              </li>
            ))}
          </ul>
        )}
      </section>
      {report.evidence.length > 0 && (
        <section aria-label="Evidence">
          <H id={ids.evidence} tabIndex={-1}>
            Evidence ({report.evidence.length})
          </H>
          <ul>
            {report.evidence.map((e) => {
              const text = [e.evidenceSummary, e.text].filter(Boolean).join(' — ');
              return (
                <li key={e.id}>
                  {text}
                  {remove('evidence', e.id, text, 'evidence')}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-label="Rubric scores">
        <H>Rubric scores</H>
        {report.scores.filter((s) => s.score !== null).length === 0 ? (
          <p className="muted">Not scored.</p>
        ) : (
          <ul>
            {report.scores
              .filter((s) => s.score !== null)
              .map((s) => (
                <li key={s.dimension}>
                  {s.dimension}: {s.score} of {s.levels} — {s.descriptor}
                  {s.comment && <span className="muted"> · {s.comment}</span>}
                </li>
              ))}
          </ul>
        )}
      </section>
      {report.recalibrations.length > 0 && (
        <section aria-label="Recalibrations">
          <H>Recalibrations</H>
          <ul>
            {report.recalibrations.map((r, i) => (
              <li key={i}>
                {r.goalTitle}: {FIELD_LABELS[r.field] ?? r.field} {shown(r.field, r.from)} → {shown(r.field, r.to)} — {r.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.unfinished.length > 0 && (
        <section aria-label="Typed but not added">
          <H>Typed but not added</H>
          <ul>
            {report.unfinished.map((u) => (
              <li key={u.field}>
                {draftLabel(u.field)}: {u.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.pilotReviewed && <p>The pilot is marked as reviewed in the charter.</p>}
      {report.pilotNotBegun && <p>This review was held before the pilot began, so the charter's pilot is not marked as reviewed.</p>}
    </div>
  );
}

/** One action item of the summary; one raised in this meeting can be edited or removed on the meeting's page. */
function ActionLine({ action: a, editable, onRemoved }: { action: ActionItem; editable: boolean; onRemoved(): void }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusOnClose(editing, editButton);
  if (editing) {
    return (
      <li>
        <ActionEditForm action={a} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li>
      {a.title} — {OWNER_LABELS[a.owner]}
      {a.dueDate ? `, due ${formatDate(a.dueDate)}` : ', no due date'}
      {a.doneOn ? ` (done ${formatDate(a.doneOn)})` : ''}
      {editable && (
        <>
          <Button ref={editButton} size="small" variant="ghost" aria-label={`Edit the action item "${a.title}"`} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <RemoveCaptureButton kind="action" id={a.id} text={a.title} onRemoved={onRemoved} />
        </>
      )}
    </li>
  );
}
