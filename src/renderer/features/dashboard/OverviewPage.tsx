import { createColumnHelper } from '@tanstack/react-table';
import { useNavigate } from 'react-router';
import { MENTEE_STATUSES, type MenteeStatus } from '../../../shared/mentees/schema';
import type { OverviewRow, OverviewSort } from '../../../shared/dashboard/schema';
import { usePagedRows } from '../../bridge/hooks';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { TRUNCATE } from '../../components/truncation';
import { PILOT_STATE_LABELS } from '../charter/labels';
import { formatDate } from '../mentees/format';
import { STATUS_OPTIONS } from '../mentees/format';
import { StatusBadge } from '../mentees/StatusBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import './dashboard.css';
import { PageHeader } from '../../components/PageHeader';

/** Everyone not completed (the vault's default for "active"). */
const ACTIVE_STATUSES: MenteeStatus[] = MENTEE_STATUSES.filter((s) => s !== 'completed');

function Count({ n }: { n: number }) {
  return n > 0 ? <span className="count-alert">{n}</span> : <span className="count-zero">0</span>;
}

const column = createColumnHelper<OverviewRow>();
/** Column ids that the vault sorts by are the OVERVIEW_SORTS; the others are not sortable. */
const columns = [
  column.accessor('name', {
    header: 'Mentee',
    enableHiding: false,
    meta: { width: 'minmax(11rem, 1.5fr)' },
    cell: (i) => (
      <span className="pilot-cell">
        <strong className={TRUNCATE}>{i.getValue()}</strong>
        <small className={TRUNCATE}>{[i.row.original.role, i.row.original.team].filter(Boolean).join(' · ')}</small>
      </span>
    ),
  }),
  column.accessor('status', {
    header: 'Status',
    meta: { width: 'minmax(8.5rem, 0.8fr)', filter: { options: STATUS_OPTIONS } },
    cell: (i) => <StatusBadge status={i.getValue()} />,
  }),
  column.accessor('nextMeetingDate', { id: 'nextMeeting', header: 'Next meeting', meta: { width: 'minmax(8.5rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
  column.accessor('goalsOpen', { header: 'Open goals', enableSorting: false, meta: { width: 'minmax(6.5rem, 0.5fr)' } }),
  column.accessor('goalsAtRisk', { header: 'At risk', sortDescFirst: true, meta: { label: 'Goals at risk', width: 'minmax(5.5rem, 0.5fr)' }, cell: (i) => <Count n={i.getValue()} /> }),
  column.accessor('overdueMilestones', {
    header: 'Overdue',
    sortDescFirst: true,
    meta: { label: 'Overdue milestones', width: 'minmax(6rem, 0.5fr)' },
    cell: (i) => <Count n={i.getValue()} />,
  }),
  column.accessor('nextMilestoneDue', { header: 'Next milestone', enableSorting: false, meta: { width: 'minmax(8.5rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
  column.accessor((r) => r.pilot.reviewDate, {
    id: 'pilotReview',
    header: 'Pilot',
    meta: { width: 'minmax(10rem, 1fr)' },
    cell: (i) => {
      const p = i.row.original.pilot;
      return (
        <span className="pilot-cell">
          <span className={TRUNCATE}>{PILOT_STATE_LABELS[p.state]}</span>
          {p.reviewDate && <small className={TRUNCATE}>review {formatDate(p.reviewDate)}</small>}
        </span>
      );
    },
  }),
];

/** Across mentees: who needs attention (next meeting, goals at risk, overdue milestones, pilot), sorted and filtered by the vault. */
export default function OverviewPage() {
  const navigate = useNavigate();
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
      <PageHeader title="Overview" intro="Every mentee still in a mentorship, with what needs attention. Open one for their dashboard." />
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label="Mentees overview"
        columns={columns}
        rows={paged.rows}
        getRowId={(r) => String(r.menteeId)}
        onRowOpen={(r) => void navigate(`/mentees/${r.menteeId}/dashboard`)}
        loading={paged.isLoading}
        rowHeight={52}
        filterLabel="Filter by name, role or team"
        countLabel={(n) => `${n} ${n === 1 ? 'mentee' : 'mentees'}`}
        server={table.server(paged)}
        empty={<EmptyState title="No mentees in a mentorship">Add mentees on the Mentees page; completed ones are left out here.</EmptyState>}
      />
    </div>
  );
}
