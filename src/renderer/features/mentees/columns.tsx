import { createColumnHelper } from '@tanstack/react-table';
import type { IntlShape } from 'react-intl';
import type { MenteeSummary } from '../../../shared/mentees/schema';
import { formatDate, formatDateTime } from './format';
import { ArchivedBadge, StatusBadge } from './StatusBadge';

const column = createColumnHelper<MenteeSummary>();

/** Column ids match the sorts the main process offers (MENTEE_SORTS); role cannot be sorted there. Headers in the language of the screens. */
export const menteeColumns = (intl: IntlShape) => [
  column.accessor('name', {
    header: intl.formatMessage({ id: 'mentees.column.name' }),
    meta: { width: 'minmax(11rem, 1.6fr)' },
    enableHiding: false,
    cell: (info) => (
      <span className="mentee-name-cell">
        <span className="mentee-name truncate">{info.getValue()}</span>
        {info.row.original.archived && <ArchivedBadge />}
      </span>
    ),
  }),
  column.accessor('role', { header: intl.formatMessage({ id: 'mentees.column.role' }), enableSorting: false, meta: { width: 'minmax(9rem, 1.3fr)' } }),
  column.accessor('team', { header: intl.formatMessage({ id: 'mentees.column.team' }), meta: { width: 'minmax(8rem, 1.2fr)' } }),
  column.accessor('status', { header: intl.formatMessage({ id: 'mentees.column.status' }), meta: { width: 'minmax(8.5rem, 0.8fr)' }, cell: (info) => <StatusBadge status={info.getValue()} /> }),
  column.accessor('startDate', { header: intl.formatMessage({ id: 'mentees.column.startDate' }), meta: { width: 'minmax(8rem, 0.9fr)' }, cell: (info) => formatDate(info.getValue()) }),
  column.accessor('updatedAt', {
    header: intl.formatMessage({ id: 'mentees.column.updated' }),
    sortDescFirst: true,
    meta: { width: 'minmax(8rem, 0.9fr)' },
    // The day is what matters in a list; the exact time is in the tooltip.
    cell: (info) => <span title={formatDateTime(info.getValue())}>{formatDate(info.getValue())}</span>,
  }),
];
