import { createColumnHelper } from '@tanstack/react-table';
import type { CharterVersionSummary } from '../../../shared/charter/schema';
import { DataTable } from '../../components/DataTable/DataTable';
import { TableBox } from '../../components/Panel';
import { formatDate } from '../mentees/format';

const column = createColumnHelper<CharterVersionSummary>();
const columns = [
  column.accessor('version', { header: 'Version', meta: { width: 'minmax(7.5rem, 0.6fr)' }, cell: (i) => <strong>Version {i.getValue()}</strong> }),
  column.accessor('status', {
    header: 'Status',
    meta: { width: 'minmax(7rem, 0.6fr)' },
    cell: (i) => <span className={`charter-badge charter-badge-${i.getValue()}`}>{i.getValue() === 'agreed' ? 'Agreed' : 'Draft'}</span>,
  }),
  column.accessor('agreedOn', { header: 'Agreed on', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
  column.accessor((v) => [v.agreedByMentor, v.agreedByMentee].filter(Boolean).join(' and '), {
    id: 'agreedBy',
    header: 'Agreed by',
    meta: { width: 'minmax(10rem, 1.2fr)' },
  }),
  column.accessor('reason', { header: 'Why this version', meta: { width: 'minmax(12rem, 2fr)' }, cell: (i) => i.getValue() || <span className="muted">First version</span> }),
  column.accessor('pilotReviewDate', { header: 'Pilot review', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
];

/** Every version of the charter, newest first; each stays readable. */
export function VersionsTable({ versions, onOpen }: { versions: CharterVersionSummary[]; onOpen(id: number): void }) {
  return (
    <TableBox rows={versions.length} max={6}>
      <DataTable
        label="Charter versions"
        columns={columns}
        rows={versions}
        getRowId={(v) => String(v.id)}
        onRowOpen={(v) => onOpen(v.id)}
        initialSorting={[{ id: 'version', desc: true }]}
        filterLabel="Filter versions"
        countLabel={(n) => `${n} ${n === 1 ? 'version' : 'versions'}`}
      />
    </TableBox>
  );
}
