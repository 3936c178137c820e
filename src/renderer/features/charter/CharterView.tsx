import { useIntl } from 'react-intl';
import type { CharterBody, MeetingFormat } from '../../../shared/charter/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { formatDate } from '../mentees/format';
import { frequencyLabel } from './labels';
import './charter.css';

function Items({ items, empty = 'charter.view.noneAgreed' }: { items: string[]; empty?: MessageId }) {
  const intl = useIntl();
  if (items.length === 0) return <p className="muted">{intl.formatMessage({ id: empty })}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** ICU select keys cannot hold a hyphen. */
const FORMAT_KEYS: Record<MeetingFormat, string> = { 'in-person': 'inperson', video: 'video', phone: 'phone', async: 'async' };

/** A version of the charter as a readable document (agreed versions are frozen). */
export function CharterView({ body, reviewDate }: { body: CharterBody; reviewDate: string | null }) {
  const intl = useIntl();
  const heading = (n: number, section: string) => intl.formatMessage({ id: 'charter.section.numbered' }, { n, title: intl.formatMessage({ id: `charter.section.${section}` as MessageId }) });
  const notWritten = <span className="muted">{intl.formatMessage({ id: 'charter.view.notWritten' })}</span>;
  const r = body.reviewRhythm;
  return (
    <article className="charter-view" aria-label={intl.formatMessage({ id: 'charter.view.label' })}>
      <section>
        <h3>{heading(1, 'purpose')}</h3>
        <p className="pre">{body.purpose || notWritten}</p>
      </section>
      <section>
        <h3>{heading(2, 'roles')}</h3>
        <div className="charter-grid-2">
          <div>
            <p>
              <strong>{intl.formatMessage({ id: 'charter.form.theMentor' })}</strong>
            </p>
            <Items items={body.roles.mentor} />
          </div>
          <div>
            <p>
              <strong>{intl.formatMessage({ id: 'charter.form.theMentee' })}</strong>
            </p>
            <Items items={body.roles.mentee} />
          </div>
        </div>
      </section>
      <section>
        <h3>{heading(3, 'meetingRhythm')}</h3>
        <p>
          {intl.formatMessage(
            { id: 'charter.view.rhythm' },
            { frequency: frequencyLabel(body.meetingRhythm.frequency), minutes: body.meetingRhythm.lengthMinutes, format: FORMAT_KEYS[body.meetingRhythm.format] },
          )}
        </p>
        <Items items={body.meetingRhythm.topics} empty="charter.view.noTopics" />
      </section>
      <section>
        <h3>{heading(4, 'communication')}</h3>
        <Items
          items={body.communication.channels.map((c) =>
            c.expectedResponse ? intl.formatMessage({ id: 'charter.view.channel' }, { channel: c.channel, response: c.expectedResponse }) : c.channel,
          )}
        />
      </section>
      <section>
        <h3>{heading(5, 'confidentiality')}</h3>
        <p className="pre">{body.confidentiality || notWritten}</p>
      </section>
      <section>
        <h3>{heading(6, 'escalation')}</h3>
        {body.escalation.length === 0 ? (
          <p className="muted">{intl.formatMessage({ id: 'charter.view.noSteps' })}</p>
        ) : (
          <ol>
            {body.escalation.map((s, i) => (
              <li key={i}>
                {s.step} <span className="muted">{intl.formatMessage({ id: 'charter.view.who' }, { who: s.who })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h3>{heading(7, 'reviewRhythm')}</h3>
        <p>
          {intl.formatMessage({ id: 'charter.view.review' }, { formal: r.formalEveryWeeks ?? 0, milestones: r.afterMajorMilestones ? 'yes' : 'no' })} {r.informalEveryWeeks ? intl.formatMessage({ id: 'charter.view.informal' }, { weeks: r.informalEveryWeeks }) : ''}
        </p>
      </section>
      <section>
        <h3>{heading(8, 'progress')}</h3>
        <Items items={body.progressPerQuarter} />
      </section>
      <section>
        <h3>{heading(9, 'pilot')}</h3>
        <p>
          {body.pilot.startDate
            ? intl.formatMessage({ id: 'charter.view.pilot' }, { weeks: body.pilot.weeks, start: formatDate(body.pilot.startDate), review: formatDate(reviewDate) })
            : intl.formatMessage({ id: 'charter.view.pilotNoStart' }, { weeks: body.pilot.weeks })}
        </p>
      </section>
      <section>
        <h3>{heading(10, 'glossary')}</h3>
        {body.glossary.length === 0 ? (
          <p className="muted">{intl.formatMessage({ id: 'charter.view.noTerms' })}</p>
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
