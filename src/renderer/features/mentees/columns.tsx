import { createColumnHelper } from '@tanstack/react-table';
import type { MenteeSummary } from '../../../shared/mentees/schema';
import { formatDate, formatDateTime } from './format';
import { ArchivedBadge, StatusBadge } from './StatusBadge';

const column = createColumnHelper<MenteeSummary>();

/** Column ids match the sorts the main process offers (MENTEE_SORTS); role cannot be sorted there. */
export const menteeColumns = [
  column.accessor('name', {
    header: 'Name',
    meta: { width: 'minmax(11rem, 1.6fr)' },
    enableHiding: false,
    cell: (info) => (
      <span className="mentee-name-cell">
        <span className="mentee-name truncate">{info.getValue()}</span>
        {info.row.original.archived && <ArchivedBadge />}
      </span>
    ),
  }),
  column.accessor('role', { header: 'Role', enableSorting: false, meta: { width: 'minmax(9rem, 1.3fr)' } }),
  column.accessor('team', { header: 'Team', meta: { width: 'minmax(8rem, 1.2fr)' } }),
  column.accessor('status', { header: 'Status', meta: { width: 'minmax(8.5rem, 0.8fr)' }, cell: (info) => <StatusBadge status={info.getValue()} /> }),
  column.accessor('startDate', { header: 'Start date', meta: { width: 'minmax(8rem, 0.9fr)' }, cell: (info) => formatDate(info.getValue()) }),
  column.accessor('updatedAt', {
    header: 'Updated',
    sortDescFirst: true,
    meta: { width: 'minmax(8rem, 0.9fr)' },
    // The day is what matters in a list; the exact time is in the tooltip.
    cell: (info) => <span title={formatDateTime(info.getValue())}>{formatDate(info.getValue())}</span>,
  }),
];
