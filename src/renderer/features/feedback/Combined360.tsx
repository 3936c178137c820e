import { RATER_RELATIONSHIPS, type FeedbackGroupName, type FeedbackSummary } from '../../../shared/feedback/schema';
import { SimpleTable } from '../../components/ChartFigure';
import { formatRating } from '../assessment/labels';
import { formatDate } from '../mentees/format';
import { formatGroup, GROUP_LABELS } from './labels';

/** The combined 360: a table per competency and rater group, the words below it, never attributed. */
export function Combined360({ summary }: { summary: FeedbackSummary }) {
  const s = summary;
  const present = ([...RATER_RELATIONSHIPS, 'others'] as FeedbackGroupName[]).filter((g) =>
    s.competencies.some((c) => c.groups.some((x) => x.group === g)),
  );
  const withheld = s.competencies.some((c) => c.withheld > 0);
  return (
    <div className="stack">
      <p className="muted">
        {s.responses === 0
          ? 'No feedback received yet.'
          : `${s.responses} ${s.responses === 1 ? 'response' : 'responses'} received ${
              s.firstReceivedOn === s.lastReceivedOn ? `on ${formatDate(s.firstReceivedOn)}` : `from ${formatDate(s.firstReceivedOn)} to ${formatDate(s.lastReceivedOn)}`
            }.`}{' '}
        A group’s figures appear only when at least {s.threshold} raters answered; smaller groups are merged into “Others”, itself hidden below {s.threshold}.
      </p>
      {s.competencies.length > 0 && (
        <div className="feedback-table-scroll">
          <SimpleTable
            caption="Mean ± standard deviation (raters), on the 1 to 5 scale"
            columns={['Competency', 'Self', 'Mentor', ...present.map((g) => GROUP_LABELS[g]), ...(withheld ? ['Held back'] : [])]}
            numeric={[1, 2, ...present.map((_, i) => i + 3), ...(withheld ? [present.length + 3] : [])]}
            rows={s.competencies.map((c) => [
              c.competency,
              formatRating(c.self),
              formatRating(c.mentor),
              ...present.map((g) => formatGroup(c.groups.find((x) => x.group === g))),
              ...(withheld ? [c.withheld ? `${c.withheld} ${c.withheld === 1 ? 'answer' : 'answers'}` : '—'] : []),
            ])}
          />
        </div>
      )}
      <div className="feedback-comments">
        <CommentList title="Strengths" items={s.comments.strengths} threshold={s.threshold} responses={s.responses} />
        <CommentList title="One thing to change" items={s.comments.change} threshold={s.threshold} responses={s.responses} />
      </div>
    </div>
  );
}

function CommentList({ title, items, threshold, responses }: { title: string; items: string[]; threshold: number; responses: number }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {responses < threshold ? (
        <p className="muted">Shown once {threshold} responses are in.</p>
      ) : items.length === 0 ? (
        <p className="muted">None written.</p>
      ) : (
        <>
          <p className="muted">In no particular order, without names.</p>
          <ul className="feedback-comment-list">
            {items.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
