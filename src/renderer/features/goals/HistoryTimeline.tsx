import { isValid, parseISO } from 'date-fns';
import { FormattedMessage, useIntl } from 'react-intl';
import { GOAL_STATUSES, type GoalStatus, type HistoryEntry } from '../../../shared/goals/schema';
import { useVaultQuery } from '../../bridge/hooks';
import { Panel } from '../../components/Panel';
import { formatDate, formatDateTime } from '../mentees/format';
import { goalStatusLabel, goalWords, historyFieldLabel } from './labels';
import { getActiveLocale } from '../../i18n/active-locale';
import { ErrorBanner } from '../../components/ErrorBanner';
import { WORD_SPACE } from '../../i18n/symbols';

/** A history value as the mentor reads it: dates in their locale, statuses by name. */
function shown(field: string, value: string): string {
  if (value === '') return goalWords('goals.value.none');
  if ((GOAL_STATUSES as readonly string[]).includes(value) && field === 'status') return goalStatusLabel(value as GoalStatus);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value))) return formatDate(value);
  return value;
}

function subject(entry: HistoryEntry): string {
  const field = historyFieldLabel(entry.field);
  if (entry.entity === 'goal') return field;
  const title = entry.milestoneTitle ?? (entry.field === 'removed' ? entry.from : goalWords('goals.history.removedMilestone'));
  // "done" and "removed" read as a sentence about the milestone itself.
  if (entry.field === 'done' || entry.field === 'removed') return goalWords('goals.history.milestone', { title });
  // German nouns keep their capital letter inside a sentence.
  return goalWords('goals.history.milestoneField', { title, field: getActiveLocale() === 'de' ? field : field.toLowerCase() });
}

/** The goal's recalibration trail as a timeline, newest first: what changed, from what to what, why, when. */
export function HistoryTimeline({ goalId }: { goalId: number }) {
  const history = useVaultQuery('goals.history', { goalId, limit: 500 });
  const entries = history.data?.rows ?? [];
  const intl = useIntl();
  return (
    <Panel title={intl.formatMessage({ id: 'goals.history.title' })} intro={intl.formatMessage({ id: 'goals.history.intro' })}>
      {history.error && (
        <ErrorBanner error={history.error} />
      )}
      {entries.length === 0 && !history.isLoading && (
        <p className="muted">
          <FormattedMessage id="goals.history.empty" />
        </p>
      )}
      <ol className="timeline" aria-label={intl.formatMessage({ id: 'goals.history.label' })}>
        {entries.map((e) => (
          <li key={e.id} className="timeline-item">
            <p className="timeline-when">
              <time dateTime={e.changedAt}>{formatDateTime(e.changedAt)}</time>
            </p>
            <p className="timeline-what">
              <FormattedMessage id="goals.history.subject" values={{ subject: subject(e) }} />
              {WORD_SPACE}
              {e.field === 'removed' ? (
                intl.formatMessage({ id: 'goals.history.removed' })
              ) : e.field === 'done' && e.from === '' ? (
                intl.formatMessage({ id: 'goals.history.markedDone' }, { date: shown(e.field, e.to) })
              ) : e.field === 'done' && e.to === '' ? (
                intl.formatMessage({ id: 'goals.history.reopened' }, { date: shown(e.field, e.from) })
              ) : (
                <>
                  <span className="change-from">
                    <span className="visually-hidden">{intl.formatMessage({ id: 'goals.history.from' })} </span>
                    {shown(e.field, e.from)}
                  </span>{' '}
                  <span aria-hidden="true">{intl.formatMessage({ id: 'goals.history.arrow' })}</span>
                  <span className="visually-hidden"> {intl.formatMessage({ id: 'goals.history.to' })} </span> {shown(e.field, e.to)}
                </>
              )}
            </p>
            {e.why && (
              <p className="timeline-why">
                <FormattedMessage id="goals.history.why" values={{ why: e.why }} />
              </p>
            )}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
