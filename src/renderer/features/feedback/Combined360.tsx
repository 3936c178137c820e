import { FormattedMessage, useIntl } from 'react-intl';
import { WORD_SPACE } from '../../i18n/symbols';
import { RATER_RELATIONSHIPS, type FeedbackGroupName, type FeedbackSummary } from '../../../shared/feedback/schema';
import { SimpleTable } from '../../components/ChartFigure';
import { formatRating } from '../assessment/labels';
import { formatDate } from '../mentees/format';
import { NO_VALUE } from '../../i18n/symbols';
import { formatGroup, groupLabel } from './labels';

/** The combined 360: a table per competency and rater group, the words below it, never attributed. */
export function Combined360({ summary }: { summary: FeedbackSummary }) {
  const s = summary;
  const intl = useIntl();
  const present = ([...RATER_RELATIONSHIPS, 'others'] as FeedbackGroupName[]).filter((g) =>
    s.competencies.some((c) => c.groups.some((x) => x.group === g)),
  );
  const withheld = s.competencies.some((c) => c.withheld > 0);
  return (
    <div className="stack">
      <p className="muted">
        {s.responses === 0
          ? intl.formatMessage({ id: 'feedback.combined.none' })
          : intl.formatMessage(
              { id: 'feedback.combined.received' },
              { count: s.responses, span: s.firstReceivedOn === s.lastReceivedOn ? 'one' : 'many', first: formatDate(s.firstReceivedOn), last: formatDate(s.lastReceivedOn) },
            )}
        {WORD_SPACE}
        <FormattedMessage id="feedback.combined.threshold" values={{ threshold: s.threshold }} />
      </p>
      {s.competencies.length > 0 && (
        <div className="feedback-table-scroll">
          <SimpleTable
            caption={intl.formatMessage({ id: 'feedback.combined.caption' })}
            columns={[intl.formatMessage({ id: 'feedback.combined.competency' }), intl.formatMessage({ id: 'feedback.combined.self' }), intl.formatMessage({ id: 'feedback.combined.mentor' }), ...present.map((g) => groupLabel(intl, g)), ...(withheld ? [intl.formatMessage({ id: 'feedback.combined.heldBack' })] : [])]}
            numeric={[1, 2, ...present.map((_, i) => i + 3), ...(withheld ? [present.length + 3] : [])]}
            rows={s.competencies.map((c) => [
              c.competency,
              formatRating(c.self),
              formatRating(c.mentor),
              ...present.map((g) => formatGroup(intl, c.groups.find((x) => x.group === g))),
              ...(withheld ? [c.withheld ? intl.formatMessage({ id: 'feedback.combined.answers' }, { count: c.withheld }) : NO_VALUE] : []),
            ])}
          />
        </div>
      )}
      <div className="feedback-comments">
        <CommentList title={intl.formatMessage({ id: 'feedback.comments.strengths' })} items={s.comments.strengths} threshold={s.threshold} responses={s.responses} />
        <CommentList title={intl.formatMessage({ id: 'feedback.comments.change' })} items={s.comments.change} threshold={s.threshold} responses={s.responses} />
      </div>
    </div>
  );
}

function CommentList({ title, items, threshold, responses }: { title: string; items: string[]; threshold: number; responses: number }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {responses < threshold ? (
        <p className="muted">
          <FormattedMessage id="feedback.comments.waiting" values={{ threshold }} />
        </p>
      ) : items.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="feedback.comments.none" />
        </p>
      ) : (
        <>
          <p className="muted">
            <FormattedMessage id="feedback.comments.order" />
          </p>
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
