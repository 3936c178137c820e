import { createColumnHelper } from '@tanstack/react-table';
import type { MeetingSummary } from '../../../shared/meetings/schema';
import { formatWhen } from './format';
import type { IntlShape } from 'react-intl';
import { meetingWords, useMeetingWords } from './labels';

const column = createColumnHelper<MeetingSummary>();

export function StatusBadge({ status }: { status: MeetingSummary['status'] }) {
  const words = useMeetingWords();
  return <span className={`meeting-status status-${status}`}>{words.status(status)}</span>;
}

/** Column ids are the sorts the main process offers (MEETING_SORTS). */
export function meetingColumns(intl: IntlShape, showMentee: boolean) {
  const words = meetingWords(intl);
  const say = (id: `meetings.column.${'date' | 'mentee' | 'kind' | 'status' | 'title'}`) => intl.formatMessage({ id });
  return [
    column.accessor('startsAt', {
      id: 'date',
      header: say('meetings.column.date'),
      meta: { width: 'minmax(12rem, 1.2fr)', label: say('meetings.column.date') },
      enableHiding: false,
      cell: (info) => formatWhen(info.row.original),
    }),
    ...(showMentee ? [column.accessor('menteeName', { id: 'mentee', header: say('meetings.column.mentee'), meta: { width: 'minmax(9rem, 1fr)' } })] : []),
    column.accessor('kind', {
      header: say('meetings.column.kind'),
      meta: { width: 'minmax(10rem, 1fr)' },
      cell: (info) => (
        <span>
          {words.kind(info.getValue())}
          {info.row.original.convertedFrom && <span className="muted">{intl.formatMessage({ id: `meetings.was.${info.row.original.convertedFrom}` })}</span>}
        </span>
      ),
    }),
    column.accessor('status', { header: say('meetings.column.status'), meta: { width: 'minmax(8.5rem, 0.6fr)' }, cell: (info) => <StatusBadge status={info.getValue()} /> }),
    column.accessor('title', { header: say('meetings.column.title'), enableSorting: false, meta: { width: 'minmax(10rem, 1.4fr)' } }),
  ];
}
