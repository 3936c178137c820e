import type { IntlShape } from 'react-intl';
import type { SyncStatusView } from '../../../shared/sync/contract';
import { dateFormat } from '../../i18n/active-locale';
import { formatDateTime } from '../mentees/format';

/**
 * The sidebar's words for the sync status, or none while sync is not set up. The time of
 * the last round is a clock time, not "2 min ago": a live region whose words changed every
 * minute would interrupt a screen reader for nothing; these change only after a round.
 */
export function syncLineParts(status: SyncStatusView | undefined, intl: IntlShape, now = new Date()): string[] {
  if (!status?.folder) return [];
  if (!status.unlocked) return [intl.formatMessage({ id: 'sync.line.paused' })];
  const parts: string[] = [];
  const last = status.lastSync ? new Date(status.lastSync.at) : null;
  if (!last) parts.push(intl.formatMessage({ id: 'sync.line.notYet' }));
  else if (last.toDateString() === now.toDateString()) parts.push(intl.formatMessage({ id: 'sync.line.today' }, { time: dateFormat({ timeStyle: 'short' }).format(last) }));
  else parts.push(intl.formatMessage({ id: 'sync.line.date' }, { when: formatDateTime(status.lastSync!.at) }));
  if (status.heldDeletions > 0) parts.push(intl.formatMessage({ id: 'sync.line.held' }, { count: status.heldDeletions }));
  if (status.pendingChanges > 0) parts.push(intl.formatMessage({ id: 'sync.line.waiting' }, { count: status.pendingChanges }));
  return parts;
}
