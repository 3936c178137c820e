import { createColumnHelper } from '@tanstack/react-table';
import type { MeetingSummary } from '../../../shared/meetings/schema';
import { formatWhen } from './format';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from './labels';

const column = createColumnHelper<MeetingSummary>();

export function StatusBadge({ status }: { status: MeetingSummary['status'] }) {
  return <span className={`meeting-status status-${status}`}>{MEETING_STATUS_LABELS[status]}</span>;
}

/** Column ids are the sorts the main process offers (MEETING_SORTS). */
export function meetingColumns(showMentee: boolean) {
  return [
    column.accessor('startsAt', {
      id: 'date',
      header: 'Date',
      meta: { width: 'minmax(12rem, 1.2fr)', label: 'Date' },
      enableHiding: false,
      cell: (info) => formatWhen(info.row.original),
    }),
    ...(showMentee ? [column.accessor('menteeName', { id: 'mentee', header: 'Mentee', meta: { width: 'minmax(9rem, 1fr)' } })] : []),
    column.accessor('kind', {
      header: 'Kind',
      meta: { width: 'minmax(10rem, 1fr)' },
      cell: (info) => (
        <span>
          {MEETING_KIND_LABELS[info.getValue()]}
          {info.row.original.convertedFrom && <span className="muted"> (was {MEETING_KIND_LABELS[info.row.original.convertedFrom].toLowerCase()})</span>}
        </span>
      ),
    }),
    column.accessor('status', { header: 'Status', meta: { width: 'minmax(7rem, 0.6fr)' }, cell: (info) => <StatusBadge status={info.getValue()} /> }),
    column.accessor('title', { header: 'Title', enableSorting: false, meta: { width: 'minmax(10rem, 1.4fr)' } }),
  ];
}
