import { createColumnHelper, type ColumnFiltersState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ESCALATION_SORTS, EscalationCategory, EscalationSeverity, EscalationStatus, EscalationSummary } from '../../../shared/escalations/schema';
import { usePagedRows } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatDateTime } from '../mentees/format';
import { EscStatusBadge, IntactBadge, SeverityBadge } from './Badges';
import { ageText, CATEGORY_LABELS, CATEGORY_OPTIONS, SEVERITY_OPTIONS, STATUS_OPTIONS } from './labels';
import { escalationPath, newEscalationPath } from './paths';
import { ErrorBanner } from '../../components/ErrorBanner';
import './escalations.css';

type EscalationSort = (typeof ESCALATION_SORTS)[number];
const column = createColumnHelper<EscalationSummary>();

/** Column ids are the vault's sorts; "Age" sorts on openedAt, the other way round. */
const columns = [
  column.accessor('severity', { header: 'Severity', meta: { width: 'minmax(6.5rem, 0.7fr)', filter: { options: SEVERITY_OPTIONS } }, cell: (i) => <SeverityBadge severity={i.getValue()} /> }),
  column.accessor('status', { header: 'Status', meta: { width: 'minmax(8rem, 0.8fr)', filter: { options: STATUS_OPTIONS } }, cell: (i) => <EscStatusBadge status={i.getValue()} /> }),
  column.accessor('title', { header: 'Concern', enableSorting: false, enableHiding: false, meta: { width: 'minmax(10rem, 2fr)' }, cell: (i) => <span className="esc-title-cell">{i.getValue()}</span> }),
  column.accessor('menteeName', { id: 'mentee', header: 'Mentee', meta: { width: 'minmax(7.5rem, 1fr)' } }),
  column.accessor('category', { header: 'Category', meta: { width: 'minmax(7rem, 0.8fr)', filter: { options: CATEGORY_OPTIONS } }, cell: (i) => CATEGORY_LABELS[i.getValue()] }),
  column.accessor('ageDays', {
    id: 'openedAt',
    header: 'Age',
    meta: { width: 'minmax(5rem, 0.6fr)' },
    cell: (i) => <span title={`Opened ${formatDateTime(i.row.original.openedAt)}`}>{ageText(i.getValue())}</span>,
  }),
  column.accessor('lastEntryAt', {
    header: 'Last entry',
    sortDescFirst: true,
    meta: { width: 'minmax(8rem, 0.8fr)' },
    cell: (i) => {
      const at = i.getValue();
      return at ? <span title={formatDateTime(at)}>{formatDate(at)}</span> : <span className="muted">None yet</span>;
    },
  }),
  column.accessor('intact', { header: 'Timeline', enableSorting: false, meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => <IntactBadge intact={i.getValue()} /> }),
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
  const shown = useMemo(() => (menteeId === undefined ? columns : columns.filter((c) => c.id !== 'mentee')), [menteeId]);
  const newHref = newEscalationPath(menteeId);

  return (
    <div className="esc-table">
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label="Escalation records"
        columns={shown}
        rows={paged.rows}
        getRowId={(e) => String(e.id)}
        onRowOpen={(e) => void navigate(escalationPath(e.id))}
        loading={paged.isLoading}
        countLabel={(n) => `${n} ${n === 1 ? 'record' : 'records'}${sorting.length === 0 ? ', most urgent first' : ''}`}
        server={table.server(paged, { searchable: false })}
        toolbar={
          <>
            {sorting.length > 0 && (
              <Button variant="ghost" onClick={() => setSorting([])}>
                Most urgent first
              </Button>
            )}
            <Button variant="primary" onClick={() => void navigate(newHref)}>
              Raise a concern
            </Button>
          </>
        }
        empty={
          <EmptyState
            title="No escalation records"
            action={
              <Button variant="primary" onClick={() => void navigate(newHref)}>
                Raise a concern
              </Button>
            }
          >
            When a concern about a mentee needs a record (wellbeing, conduct, conflict, boundaries, performance), keep it here: its timeline
            cannot be rewritten.
          </EmptyState>
        }
      />
    </div>
  );
}
