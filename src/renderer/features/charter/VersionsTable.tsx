import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { CharterVersionSummary } from '../../../shared/charter/schema';
import { DataTable } from '../../components/DataTable/DataTable';
import { TableBox } from '../../components/Panel';
import { formatDate } from '../mentees/format';

const column = createColumnHelper<CharterVersionSummary>();

/** Widths hold the longest German header word ("Überprüfung") whole, next to its sort mark. */
function versionColumns(intl: IntlShape) {
  const say = (id: `charter.versions.column.${'version' | 'status' | 'agreedOn' | 'agreedBy' | 'reason' | 'pilotReview'}`) => intl.formatMessage({ id });
  const dash = intl.formatMessage({ id: 'charter.compare.dash' });
  return [
    column.accessor('version', {
      header: say('charter.versions.column.version'),
      meta: { width: 'minmax(7.5rem, 0.6fr)' },
      cell: (i) => <strong>{intl.formatMessage({ id: 'charter.tab.version' }, { version: i.getValue() })}</strong>,
    }),
    column.accessor('status', {
      header: say('charter.versions.column.status'),
      meta: { width: 'minmax(8.5rem, 0.6fr)' },
      cell: (i) => <span className={`charter-badge charter-badge-${i.getValue()}`}>{intl.formatMessage({ id: i.getValue() === 'agreed' ? 'charter.status.agreed' : 'charter.status.draft' })}</span>,
    }),
    column.accessor('agreedOn', { header: say('charter.versions.column.agreedOn'), meta: { width: 'minmax(10rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) || dash }),
    column.accessor((v) => (v.agreedByMentor && v.agreedByMentee ? intl.formatMessage({ id: 'charter.versions.both' }, { mentor: v.agreedByMentor, mentee: v.agreedByMentee }) : v.agreedByMentor || v.agreedByMentee || ''), {
      id: 'agreedBy',
      header: say('charter.versions.column.agreedBy'),
      meta: { width: 'minmax(10rem, 1.2fr)' },
    }),
    column.accessor('reason', {
      header: say('charter.versions.column.reason'),
      meta: { width: 'minmax(12rem, 2fr)' },
      cell: (i) => i.getValue() || <span className="muted">{intl.formatMessage({ id: 'charter.versions.first' })}</span>,
    }),
    column.accessor('pilotReviewDate', { header: say('charter.versions.column.pilotReview'), meta: { width: 'minmax(10.5rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || dash }),
  ];
}

/** Every version of the charter, newest first; each stays readable. */
export function VersionsTable({ versions, onOpen }: { versions: CharterVersionSummary[]; onOpen(id: number): void }) {
  const intl = useIntl();
  const columns = useMemo(() => versionColumns(intl), [intl]);
  return (
    <TableBox rows={versions.length} max={6}>
      <DataTable
        label={intl.formatMessage({ id: 'charter.versions.label' })}
        columns={columns}
        rows={versions}
        getRowId={(v) => String(v.id)}
        onRowOpen={(v) => onOpen(v.id)}
        initialSorting={[{ id: 'version', desc: true }]}
        filterLabel={intl.formatMessage({ id: 'charter.versions.filter' })}
        countLabel={(n) => intl.formatMessage({ id: 'charter.versions.count' }, { count: n })}
      />
    </TableBox>
  );
}
