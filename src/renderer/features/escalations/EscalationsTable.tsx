import { createColumnHelper, type ColumnFiltersState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useNavigate } from 'react-router';
import type { ESCALATION_SORTS, EscalationCategory, EscalationSeverity, EscalationStatus, EscalationSummary } from '../../../shared/escalations/schema';
import { usePagedRows } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime } from '../mentees/format';
import { EscStatusBadge, IntactBadge, SeverityBadge } from './Badges';
import { ageText, categoryLabel, categoryOptions, severityOptions, statusOptions } from './labels';
import { escalationPath, newEscalationPath } from './paths';
import { ErrorBanner } from '../../components/ErrorBanner';
import './escalations.css';

type EscalationSort = (typeof ESCALATION_SORTS)[number];
const column = createColumnHelper<EscalationSummary>();

/** Column ids are the vault's sorts; "Age" sorts on openedAt, the other way round. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('severity', { header: intl.formatMessage({ id: 'escalations.column.severity' }), meta: { width: 'minmax(10rem, 0.7fr)', filter: { options: severityOptions() } }, cell: (i) => <SeverityBadge severity={i.getValue()} /> }),
  column.accessor('status', { header: intl.formatMessage({ id: 'escalations.column.status' }), meta: { width: 'minmax(9rem, 0.8fr)', filter: { options: statusOptions() } }, cell: (i) => <EscStatusBadge status={i.getValue()} /> }),
  column.accessor('title', { header: intl.formatMessage({ id: 'escalations.column.title' }), enableSorting: false, enableHiding: false, meta: { width: 'minmax(7rem, 2fr)' }, cell: (i) => <span className="esc-title-cell">{i.getValue()}</span> }),
  column.accessor('menteeName', { id: 'mentee', header: intl.formatMessage({ id: 'escalations.column.mentee' }), meta: { width: 'minmax(7rem, 1fr)' } }),
  column.accessor('category', { header: intl.formatMessage({ id: 'escalations.column.category' }), meta: { width: 'minmax(9rem, 0.8fr)', filter: { options: categoryOptions() } }, cell: (i) => categoryLabel(i.getValue()) }),
  column.accessor('ageDays', {
    id: 'openedAt',
    header: intl.formatMessage({ id: 'escalations.column.age' }),
    meta: { width: 'minmax(6rem, 0.6fr)' },
    cell: (i) => <span title={intl.formatMessage({ id: 'escalations.column.opened' }, { when: formatDateTime(i.row.original.openedAt) })}>{ageText(i.getValue())}</span>,
  }),
  column.accessor('lastEntryAt', {
    header: intl.formatMessage({ id: 'escalations.column.lastEntry' }),
    sortDescFirst: true,
    meta: { width: 'minmax(7.5rem, 0.8fr)' },
    cell: (i) => {
      const at = i.getValue();
      return at ? <span title={formatDateTime(at)}>{formatDate(at)}</span> : <span className="muted">{intl.formatMessage({ id: 'escalations.column.noEntry' })}</span>;
    },
  }),
  column.accessor('intact', { header: intl.formatMessage({ id: 'escalations.column.timeline' }), enableSorting: false, meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => <IntactBadge intact={i.getValue()} /> }),
];

const filterValues = <T extends string>(filters: ColumnFiltersState, id: string): T[] => {
  const value = filters.find((f) => f.id === id)?.value;
  return typeof value === 'string' && value ? [value as T] : [];
};

/**
 * Escalation records, most urgent first unless a column is chosen (a third click on a
 * header returns to that order), a page at a time; each row says whether its timeline
 * still verifies. The vault cannot search their text, so filters are per column.
 */
export function EscalationsTable({ menteeId }: { menteeId?: number }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const table = useServerTable();
  const { sorting, setSorting, columnFilters } = table;
  const sort = sorting[0];
  const sortId = (sort?.id ?? 'urgency') as EscalationSort;
  // Age ascending = opened most recently.
  const ascending = sortId === 'openedAt' ? sort?.desc === true : sort?.desc !== true;
  const paged = usePagedRows('escalations.list', {
    ...(menteeId !== undefined ? { menteeId } : {}),
    statuses: filterValues<EscalationStatus>(columnFilters, 'status'),
    severities: filterValues<EscalationSeverity>(columnFilters, 'severity'),
    categories: filterValues<EscalationCategory>(columnFilters, 'category'),
    sort: sortId,
    direction: ascending ? 'asc' : 'desc',
  });
  const shown = useMemo(() => {
    const columns = columnsFor(intl);
    return menteeId === undefined ? columns : columns.filter((c) => c.id !== 'mentee');
  }, [menteeId, intl]);
  const newHref = newEscalationPath(menteeId);

  return (
    <div className="esc-table">
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label={intl.formatMessage({ id: 'escalations.table.label' })}
        columns={shown}
        rows={paged.rows}
        getRowId={(e) => String(e.id)}
        onRowOpen={(e) => void navigate(escalationPath(e.id))}
        loading={paged.isLoading}
        countLabel={(n) => intl.formatMessage({ id: 'escalations.table.count' }, { count: n, urgentFirst: sorting.length === 0 ? 'yes' : 'no' })}
        server={table.server(paged, { searchable: false })}
        toolbar={
          <>
            {sorting.length > 0 && (
              <Button variant="ghost" onClick={() => setSorting([])}>
                <FormattedMessage id="escalations.table.urgentFirst" />
              </Button>
            )}
            <Button variant="primary" onClick={() => void navigate(newHref)}>
              <FormattedMessage id="escalations.table.raise" />
            </Button>
          </>
        }
        empty={
          <EmptyState
            title={intl.formatMessage({ id: 'escalations.table.emptyTitle' })}
            action={
              <Button variant="primary" onClick={() => void navigate(newHref)}>
                <FormattedMessage id="escalations.table.raise" />
              </Button>
            }
          >
            <FormattedMessage id="escalations.table.emptyText" />
          </EmptyState>
        }
      />
    </div>
  );
}
