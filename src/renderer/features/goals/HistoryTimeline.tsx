import { isValid, parseISO } from 'date-fns';
import { GOAL_STATUSES, type GoalStatus, type HistoryEntry } from '../../../shared/goals/schema';
import { useVaultQuery } from '../../bridge/hooks';
import { Panel } from '../../components/Panel';
import { formatDate, formatDateTime } from '../mentees/format';
import { GOAL_STATUS_LABELS, HISTORY_FIELD_LABELS } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';

/** A history value as the mentor reads it: dates in their locale, statuses by name. */
function shown(field: string, value: string): string {
  if (value === '') return '—';
  if ((GOAL_STATUSES as readonly string[]).includes(value) && field === 'status') return GOAL_STATUS_LABELS[value as GoalStatus];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value))) return formatDate(value);
  return value;
}

function subject(entry: HistoryEntry): string {
  const field = HISTORY_FIELD_LABELS[entry.field] ?? entry.field;
  if (entry.entity === 'goal') return field;
  const title = entry.milestoneTitle ?? (entry.field === 'removed' ? entry.from : 'a removed milestone');
  // "done" and "removed" read as a sentence about the milestone itself.
  if (entry.field === 'done' || entry.field === 'removed') return `Milestone “${title}”`;
  return `Milestone “${title}”: ${field.toLowerCase()}`;
}

/** The goal's recalibration trail as a timeline, newest first: what changed, from what to what, why, when. */
export function HistoryTimeline({ goalId }: { goalId: number }) {
  const history = useVaultQuery('goals.history', { goalId, limit: 500 });
  const entries = history.data?.rows ?? [];
  return (
    <Panel title="History" intro="Every recalibration and status change, with its reason. Never edited, never deleted.">
      {history.error && (
        <ErrorBanner error={history.error} />
      )}
      {entries.length === 0 && !history.isLoading && <p className="muted">No changes yet.</p>}
      <ol className="timeline" aria-label="Recalibration history">
        {entries.map((e) => (
          <li key={e.id} className="timeline-item">
            <p className="timeline-when">
              <time dateTime={e.changedAt}>{formatDateTime(e.changedAt)}</time>
            </p>
            <p className="timeline-what">
              {subject(e)}:{' '}
              {e.field === 'removed' ? (
                'removed'
              ) : e.field === 'done' && e.from === '' ? (
                `marked done on ${shown(e.field, e.to)}`
              ) : e.field === 'done' && e.to === '' ? (
                `reopened (was done on ${shown(e.field, e.from)})`
              ) : (
                <>
                  <span className="change-from">
                    <span className="visually-hidden">from </span>
                    {shown(e.field, e.from)}
                  </span>{' '}
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> to </span> {shown(e.field, e.to)}
                </>
              )}
            </p>
            {e.why && <p className="timeline-why">Why: {e.why}</p>}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
