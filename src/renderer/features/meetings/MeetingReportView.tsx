import type { MeetingReport } from '../../../shared/meetings/meeting';
import { formatDate } from '../mentees/format';
import { draftLabel, OWNER_LABELS } from './labels';

const FIELD_LABELS: Record<string, string> = {
  'timeBound.targetDate': 'target date',
  'measurable.target': 'target value',
};

/** A recalibrated value as a mentor reads it: dates in words, numbers as they are. */
function shown(field: string, value: string): string {
  return field === 'timeBound.targetDate' ? formatDate(value) : value;
}

/** The meeting's summary: the mentee's self-assessment, decisions, actions with owners and dates, wins, rubric scores, recalibrations. */
export function MeetingReportView({ report, headingLevel = 3 }: { report: MeetingReport; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
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
      <section aria-label="Decisions">
        <H>Decisions ({report.decisions.length})</H>
        {report.decisions.length === 0 ? (
          <p className="muted">No decisions.</p>
        ) : (
          <ul>
            {report.decisions.map((d) => (
              <li key={d.id}>
                <strong>{d.decision}</strong> — {d.rationale}
                {d.changed && <span className="muted"> ({d.changed})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Action items">
        <H>Action items ({report.actions.length})</H>
        {report.actions.length === 0 ? (
          <p className="muted">No action items.</p>
        ) : (
          <ul>
            {report.actions.map((a) => (
              <li key={a.id}>
                {a.title} — {OWNER_LABELS[a.owner]}
                {a.dueDate ? `, due ${formatDate(a.dueDate)}` : ', no due date'}
                {a.doneOn ? ` (done ${formatDate(a.doneOn)})` : ''}
              </li>
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
        <H>Wins ({report.wins.length})</H>
        {report.wins.length === 0 ? <p className="muted">No wins recorded.</p> : <ul>{report.wins.map((w) => <li key={w.id}>{w.text}</li>)}</ul>}
      </section>
      {report.evidence.length > 0 && (
        <section aria-label="Evidence">
          <H>Evidence ({report.evidence.length})</H>
          <ul>
            {report.evidence.map((e) => (
              <li key={e.id}>{[e.evidenceSummary, e.text].filter(Boolean).join(' — ')}</li>
            ))}
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
