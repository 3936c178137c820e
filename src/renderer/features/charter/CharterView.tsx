import type { CharterBody } from '../../../shared/charter/schema';
import { formatDate } from '../mentees/format';
import { FORMAT_LABELS, FREQUENCY_LABELS } from './labels';
import './charter.css';

function Items({ items, empty = 'None agreed.' }: { items: string[]; empty?: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** A version of the charter as a readable document (agreed versions are frozen). */
export function CharterView({ body, reviewDate }: { body: CharterBody; reviewDate: string | null }) {
  const r = body.reviewRhythm;
  return (
    <article className="charter-view" aria-label="Charter">
      <section>
        <h3>1. Purpose</h3>
        <p className="pre">{body.purpose || <span className="muted">Not written yet.</span>}</p>
      </section>
      <section>
        <h3>2. Roles and responsibilities</h3>
        <div className="charter-grid-2">
          <div>
            <p>
              <strong>The mentor</strong>
            </p>
            <Items items={body.roles.mentor} />
          </div>
          <div>
            <p>
              <strong>The mentee</strong>
            </p>
            <Items items={body.roles.mentee} />
          </div>
        </div>
      </section>
      <section>
        <h3>3. Meeting rhythm</h3>
        <p>
          {FREQUENCY_LABELS[body.meetingRhythm.frequency]}, {body.meetingRhythm.lengthMinutes} minutes, {FORMAT_LABELS[body.meetingRhythm.format].toLowerCase()}.
        </p>
        <Items items={body.meetingRhythm.topics} empty="No topics listed." />
      </section>
      <section>
        <h3>4. Communication norms</h3>
        <Items items={body.communication.channels.map((c) => (c.expectedResponse ? `${c.channel}: ${c.expectedResponse}` : c.channel))} />
      </section>
      <section>
        <h3>5. Confidentiality</h3>
        <p className="pre">{body.confidentiality || <span className="muted">Not written yet.</span>}</p>
      </section>
      <section>
        <h3>6. Escalation process</h3>
        {body.escalation.length === 0 ? (
          <p className="muted">No steps agreed.</p>
        ) : (
          <ol>
            {body.escalation.map((s, i) => (
              <li key={i}>
                {s.step} <span className="muted">({s.who})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h3>7. Review rhythm</h3>
        <p>
          {r.formalEveryWeeks ? `A formal review every ${r.formalEveryWeeks} weeks` : 'No formal review on a schedule'}
          {r.afterMajorMilestones ? ', and after each major milestone' : ''}.{' '}
          {r.informalEveryWeeks ? `Informal touchpoints every ${r.informalEveryWeeks} weeks.` : ''}
        </p>
      </section>
      <section>
        <h3>8. Meaningful progress per quarter</h3>
        <Items items={body.progressPerQuarter} />
      </section>
      <section>
        <h3>9. Pilot period</h3>
        <p>
          {body.pilot.startDate
            ? `${body.pilot.weeks} weeks from ${formatDate(body.pilot.startDate)}; first formal review ${formatDate(reviewDate)}.`
            : `${body.pilot.weeks} weeks; start date not set.`}
        </p>
      </section>
      <section>
        <h3>10. Glossary</h3>
        {body.glossary.length === 0 ? (
          <p className="muted">No terms.</p>
        ) : (
          <dl className="glossary-list">
            {body.glossary.map((g) => (
              <div key={g.term} className="glossary-entry">
                <dt>{g.term}</dt>
                <dd>{g.meaning}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </article>
  );
}
