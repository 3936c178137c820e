import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useNavigate } from 'react-router';
import { MENTEE_STATUSES, type MenteeStatus } from '../../../shared/mentees/schema';
import type { OverviewRow, OverviewSort } from '../../../shared/dashboard/schema';
import { usePagedRows } from '../../bridge/hooks';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { TRUNCATE } from '../../components/truncation';
import { formatDate } from '../mentees/format';
import { StatusBadge } from '../mentees/StatusBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import './dashboard.css';
import { PageHeader } from '../../components/PageHeader';

/** Everyone not completed (the vault's default for "active"). */
const ACTIVE_STATUSES: MenteeStatus[] = MENTEE_STATUSES.filter((s) => s !== 'completed');

function Count({ n }: { n: number }) {
  return n > 0 ? <span className="count-alert">{n}</span> : <span className="count-zero">{n}</span>;
}

const column = createColumnHelper<OverviewRow>();
/** Column ids that the vault sorts by are the OVERVIEW_SORTS; the others are not sortable. Words in the screens' language. */
// Minimums that hold an English date and the German heads whole and fit a 1280 px window together.
const overviewColumns = ({ formatMessage: t }: IntlShape) => [
  column.accessor('name', {
    header: t({ id: 'dashboard.overview.column.mentee' }),
    enableHiding: false,
    meta: { width: 'minmax(8.5rem, 1.5fr)' },
    cell: (i) => (
      <span className="pilot-cell">
        <strong className={TRUNCATE}>{i.getValue()}</strong>
        <small className={TRUNCATE}>{[i.row.original.role, i.row.original.team].filter(Boolean).join(' · ')}</small>
      </span>
    ),
  }),
  column.accessor('status', {
    header: t({ id: 'dashboard.overview.column.status' }),
    meta: { width: 'minmax(8.25rem, 0.8fr)', filter: { options: MENTEE_STATUSES.map((value) => ({ value, label: t({ id: `mentees.status.${value}` }) })) } },
    cell: (i) => <StatusBadge status={i.getValue()} />,
  }),
  column.accessor('nextMeetingDate', { id: 'nextMeeting', header: t({ id: 'dashboard.overview.column.nextMeeting' }), meta: { width: 'minmax(8.25rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
  column.accessor('goalsOpen', { header: t({ id: 'dashboard.overview.column.goalsOpen' }), enableSorting: false, meta: { width: 'minmax(5.25rem, 0.5fr)' } }),
  column.accessor('goalsAtRisk', { header: t({ id: 'dashboard.overview.column.atRisk' }), sortDescFirst: true, meta: { label: t({ id: 'dashboard.overview.column.atRiskLabel' }), width: 'minmax(7.75rem, 0.5fr)' }, cell: (i) => <Count n={i.getValue()} /> }),
  column.accessor('overdueMilestones', {
    header: t({ id: 'dashboard.overview.column.overdue' }),
    sortDescFirst: true,
    meta: { label: t({ id: 'dashboard.overview.column.overdueLabel' }), width: 'minmax(7.75rem, 0.5fr)' },
    cell: (i) => <Count n={i.getValue()} />,
  }),
  column.accessor('nextMilestoneDue', { header: t({ id: 'dashboard.overview.column.nextMilestone' }), enableSorting: false, meta: { width: 'minmax(8.25rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
  column.accessor((r) => r.pilot.reviewDate, {
    id: 'pilotReview',
    header: t({ id: 'dashboard.overview.column.pilot' }),
    meta: { width: 'minmax(7.5rem, 1fr)' },
    cell: (i) => {
      const p = i.row.original.pilot;
      return (
        <span className="pilot-cell">
          <span className={TRUNCATE}>
            <FormattedMessage id={`dashboard.pilot.state.${p.state}`} />
          </span>
          {p.reviewDate && (
            <small className={TRUNCATE}>
              <FormattedMessage id="dashboard.overview.pilotReview" values={{ date: formatDate(p.reviewDate) }} />
            </small>
          )}
        </span>
      );
    },
  }),
];

/** Across mentees: who needs attention (next meeting, goals at risk, overdue milestones, pilot), sorted and filtered by the vault. */
export default function OverviewPage() {
  const navigate = useNavigate();
  const intl = useIntl();
  const t = intl.formatMessage;
  const columns = useMemo(() => overviewColumns(intl), [intl]);
  const table = useServerTable([{ id: 'goalsAtRisk', desc: true }]);
  const { search, sort } = table;
  const status = table.columnFilters.find((f) => f.id === 'status')?.value as MenteeStatus | undefined;
  const paged = usePagedRows('dashboard.overview', {
    statuses: status ? [status] : ACTIVE_STATUSES,
    search,
    sort: (sort?.id ?? 'name') as OverviewSort,
    direction: sort?.desc ? 'desc' : 'asc',
  });

  return (
    <div className="page page-fill">
      <PageHeader title={t({ id: 'dashboard.overview.title' })} intro={t({ id: 'dashboard.overview.intro' })} />
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label={t({ id: 'dashboard.overview.table' })}
        columns={columns}
        rows={paged.rows}
        getRowId={(r) => String(r.menteeId)}
        onRowOpen={(r) => void navigate(`/mentees/${r.menteeId}/dashboard`)}
        loading={paged.isLoading}
        rowHeight={52}
        filterLabel={t({ id: 'dashboard.overview.filter' })}
        countLabel={(count) => t({ id: 'dashboard.overview.count' }, { count })}
        server={table.server(paged)}
        empty={
          <EmptyState title={t({ id: 'dashboard.overview.emptyTitle' })}>
            <FormattedMessage id="dashboard.overview.emptyText" />
          </EmptyState>
        }
      />
    </div>
  );
}
