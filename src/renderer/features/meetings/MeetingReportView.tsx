import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { ActionItem } from '../../../shared/meetings/capture';
import type { MeetingReport } from '../../../shared/meetings/meeting';
import { Button } from '../../components/Button';
import { useFocusOnClose } from '../../components/useFocusOnClose';
import { formatDate } from '../mentees/format';
import { ActionEditForm } from './ActionEditForm';
import { ItemNoteEditor } from './ItemNoteEditor';
import { useMeetingWords } from './labels';
import { RemoveCaptureButton } from './RemoveCaptureButton';

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
  const intl = useIntl();
  const words = useMeetingWords();
  const say = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const fieldName = (field: string) =>
    field === 'timeBound.targetDate' ? say('meetings.report.field.targetDate') : field === 'measurable.target' ? say('meetings.report.field.target') : field;
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
        <section aria-label={say('meetings.report.selfAssessmentLabel')}>
          <H>{say('meetings.report.selfAssessment')}</H>
          {report.selfAssessment.reflection && <p>{report.selfAssessment.reflection}</p>}
          {report.selfAssessment.ratings.length > 0 && (
            <ul>
              {report.selfAssessment.ratings.map((r) => (
                <li key={r.goalId}>
                  {say('meetings.report.rating', { goal: r.goalTitle, rating: r.rating })}
                  {r.comment && <span className="muted">{say('meetings.report.comment', { comment: r.comment })}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="report-notes" aria-label={say('meetings.report.notes')}>
        <H>{say('meetings.report.notes')}</H>
        {report.itemNotes.length === 0 ? (
          <p className="muted">{say('meetings.report.noNotes')}</p>
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
      <section aria-label={say('meetings.report.decisionsLabel')}>
        <H id={ids.decisions} tabIndex={-1}>
          {say('meetings.report.decisions', { count: report.decisions.length })}
        </H>
        {report.decisions.length === 0 ? (
          <p className="muted">{say('meetings.report.noDecisions')}</p>
        ) : (
          <ul>
            {report.decisions.map((d) => (
              <li key={d.id}>
                <FormattedMessage id="meetings.report.decision" values={{ decision: d.decision, rationale: d.rationale, strong: (chunks) => <strong>{chunks}</strong> }} />
                {d.changed && <span className="muted">{say('meetings.report.changed', { changed: d.changed })}</span>}
                {remove('decision', d.id, d.decision, 'decisions')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={say('meetings.report.actionsLabel')}>
        <H id={ids.actions} tabIndex={-1}>
          {say('meetings.report.actions', { count: report.actions.length })}
        </H>
        {report.actions.length === 0 ? (
          <p className="muted">{say('meetings.report.noActions')}</p>
        ) : (
          <ul>
            {report.actions.map((a) => (
              <ActionLine key={a.id} action={a} editable={editable && a.meetingId === meetingId} onRemoved={removed('actions')} />
            ))}
          </ul>
        )}
        {report.carriedForward.count > 0 && report.carriedForward.toDate && (
          <p>{say('meetings.report.carried', { count: report.carriedForward.count, date: formatDate(report.carriedForward.toDate) })}</p>
        )}
      </section>
      <section aria-label={say('meetings.report.winsLabel')}>
        <H id={ids.wins} tabIndex={-1}>
          {say('meetings.report.wins', { count: report.wins.length })}
        </H>
        {report.wins.length === 0 ? (
          <p className="muted">{say('meetings.report.noWins')}</p>
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
        <section aria-label={say('meetings.report.evidenceLabel')}>
          <H id={ids.evidence} tabIndex={-1}>
            {say('meetings.report.evidence', { count: report.evidence.length })}
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
      <section aria-label={say('meetings.report.scores')}>
        <H>{say('meetings.report.scores')}</H>
        {report.scores.filter((s) => s.score !== null).length === 0 ? (
          <p className="muted">{say('meetings.report.notScored')}</p>
        ) : (
          <ul>
            {report.scores
              .filter((s) => s.score !== null)
              .map((s) => (
                <li key={s.dimension}>
                  {say('meetings.report.score', { dimension: s.dimension, score: s.score!, levels: s.levels, descriptor: s.descriptor })}
                  {s.comment && <span className="muted">{say('meetings.report.comment', { comment: s.comment })}</span>}
                </li>
              ))}
          </ul>
        )}
      </section>
      {report.recalibrations.length > 0 && (
        <section aria-label={say('meetings.report.recalibrations')}>
          <H>{say('meetings.report.recalibrations')}</H>
          <ul>
            {report.recalibrations.map((r, i) => (
              <li key={i}>
                {say('meetings.report.recalibration', { goal: r.goalTitle, field: fieldName(r.field), from: shown(r.field, r.from), to: shown(r.field, r.to), why: r.why })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.unfinished.length > 0 && (
        <section aria-label={say('meetings.report.unfinished')}>
          <H>{say('meetings.report.unfinished')}</H>
          <ul>
            {report.unfinished.map((u) => (
              <li key={u.field}>
                {say('meetings.report.unfinishedLine', { box: words.draft(u.field), text: u.text })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.pilotReviewed && <p>{say('meetings.report.pilotReviewed')}</p>}
      {report.pilotNotBegun && <p>{say('meetings.report.pilotNotBegun')}</p>}
    </div>
  );
}

/** One action item of the summary; one raised in this meeting can be edited or removed on the meeting's page. */
function ActionLine({ action: a, editable, onRemoved }: { action: ActionItem; editable: boolean; onRemoved(): void }) {
  const intl = useIntl();
  const words = useMeetingWords();
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
      {intl.formatMessage({ id: 'meetings.report.action' }, { title: a.title, owner: words.owner(a.owner) })}
      {a.dueDate ? intl.formatMessage({ id: 'meetings.report.due' }, { date: formatDate(a.dueDate) }) : intl.formatMessage({ id: 'meetings.report.noDue' })}
      {a.doneOn ? intl.formatMessage({ id: 'meetings.report.done' }, { date: formatDate(a.doneOn) }) : ''}
      {editable && (
        <>
          <Button ref={editButton} size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'meetings.report.editName' }, { title: a.title })} onClick={() => setEditing(true)}>
            {intl.formatMessage({ id: 'meetings.report.edit' })}
          </Button>
          <RemoveCaptureButton kind="action" id={a.id} text={a.title} onRemoved={onRemoved} />
        </>
      )}
    </li>
  );
}
