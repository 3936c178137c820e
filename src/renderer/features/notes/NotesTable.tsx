import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useNavigate } from 'react-router';
import { MAX_SEARCH_QUERY, type NOTE_SORTS } from '../../../shared/notes/schema';
import { usePagedRows, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { TextField } from '../../components/Field';
import { Highlighted } from '../../components/Highlighted';
import { formatDate, formatDateTime } from '../mentees/format';
import { newNotePath, notePath } from './paths';
import { ErrorBanner } from '../../components/ErrorBanner';
import { NOTES_PAGE_SIZE } from './prefetch';
import './notes.css';

type NoteSort = (typeof NOTE_SORTS)[number];

/** One row of the list, from notes.list or (while the filter box has words) notes.search. */
interface NoteRow {
  id: number;
  menteeId: number;
  menteeName: string;
  title: string;
  /** Plain excerpt, or a search snippet with marked words. */
  excerpt: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

const column = createColumnHelper<NoteRow>();

function columnsFor(intl: IntlShape, showMentee: boolean, searching: boolean, tags: readonly string[]) {
  const all = [
    column.accessor('title', {
      header: intl.formatMessage({ id: 'notes.column.note' }),
      enableHiding: false,
      enableSorting: !searching,
      meta: { width: 'minmax(16rem, 3fr)' },
      cell: (info) => (
        <span className="note-cell">
          <ConfidentialBadge />
          <span className="note-cell-title">{info.getValue() || intl.formatMessage({ id: 'notes.table.untitled' })}</span>
          <Highlighted className="note-cell-excerpt" text={info.row.original.excerpt} />
        </span>
      ),
    }),
    column.accessor('menteeName', { id: 'mentee', header: intl.formatMessage({ id: 'notes.column.mentee' }), enableSorting: false, meta: { width: 'minmax(9rem, 1fr)' } }),
    column.accessor((n) => n.tags.join(' '), {
      id: 'tags',
      header: intl.formatMessage({ id: 'notes.column.tags' }),
      enableSorting: false,
      meta: { width: 'minmax(9rem, 1.2fr)', filter: { options: tags.map((t) => ({ value: t, label: t })) } },
      cell: (info) => <span className="note-tags">{info.row.original.tags.map((t) => `#${t}`).join(' ')}</span>,
    }),
    column.accessor('createdAt', {
      header: intl.formatMessage({ id: 'notes.column.created' }),
      enableSorting: !searching,
      sortDescFirst: true,
      meta: { width: 'minmax(8.5rem, 0.8fr)' },
      cell: (info) => <span title={formatDateTime(info.getValue())}>{formatDate(info.getValue())}</span>,
    }),
    column.accessor('updatedAt', {
      header: intl.formatMessage({ id: 'notes.column.updated' }),
      enableSorting: !searching,
      sortDescFirst: true,
      meta: { width: 'minmax(8.5rem, 0.8fr)' },
      cell: (info) => <span title={formatDateTime(info.getValue())}>{formatDate(info.getValue())}</span>,
    }),
  ];
  return showMentee ? all : all.filter((c) => c.id !== 'mentee');
}

export interface NotesTableProps {
  /** One mentee's notes (the mentee tab), or everyone's. */
  menteeId?: number;
  /** One meeting's notes: the seam for the meetings screens. */
  meetingId?: number;
}

/**
 * Private notes, newest first, a page at a time from the vault. Words in the filter box
 * switch to the full-text index (ranked, matching words marked); the tag column and the
 * date range filter either way.
 */
export function NotesTable({ menteeId, meetingId }: NotesTableProps) {
  const intl = useIntl();
  const navigate = useNavigate();
  const table = useServerTable([{ id: 'updatedAt', desc: true }], MAX_SEARCH_QUERY);
  const { columnFilters, sort, search: query } = table;
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const searching = query !== '' && meetingId === undefined;
  const tag = columnFilters.find((f) => f.id === 'tags')?.value as string | undefined;
  const rangeWrong = dateFrom !== '' && dateTo !== '' && dateFrom > dateTo;
  const filters = {
    ...(menteeId !== undefined ? { menteeId } : {}),
    tags: tag ? [tag] : [],
    ...(dateFrom && !rangeWrong ? { dateFrom } : {}),
    ...(dateTo && !rangeWrong ? { dateTo } : {}),
  };
  // One hook, two methods: the same paging serves the list and the ranked search.
  const paged = usePagedRows(
    (searching ? 'notes.search' : 'notes.list') as 'notes.list',
    (searching
      ? { ...filters, query }
      : {
          ...filters,
          ...(meetingId !== undefined ? { meetingId } : {}),
          sort: (sort?.id ?? 'updatedAt') as NoteSort,
          direction: sort?.desc === false ? 'asc' : 'desc',
        }) as never,
    NOTES_PAGE_SIZE,
  );
  const tagCounts = useVaultQuery('notes.tags', menteeId !== undefined ? { menteeId } : {});
  const tagNames = useMemo(() => (tagCounts.data ?? []).map((t) => t.tag), [tagCounts.data]);
  const columns = useMemo(() => columnsFor(intl, menteeId === undefined, searching, tagNames), [intl, menteeId, searching, tagNames]);
  const rows = useMemo<NoteRow[]>(
    () => paged.rows.map((r) => ('snippet' in r ? { ...(r as NoteRow), excerpt: String((r as { snippet: string }).snippet) } : r)),
    [paged.rows],
  );
  const newHref = newNotePath(menteeId, meetingId);

  return (
    <>
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label={intl.formatMessage({ id: menteeId === undefined ? 'notes.table.label' : 'notes.table.labelMentee' })}
        columns={columns}
        rows={rows}
        getRowId={(n) => String(n.id)}
        onRowOpen={(n) => void navigate(notePath(n.id))}
        loading={paged.isLoading}
        filterLabel={intl.formatMessage({ id: 'notes.table.search' })}
        countLabel={(n) => intl.formatMessage({ id: 'notes.table.count' }, { count: n, searching: searching ? 'yes' : 'no' })}
        // Ranked search results come in their own order: no column shows as sorted.
        server={table.server(paged, searching ? { sorting: [] } : {})}
        toolbar={
          <>
            <TextField label={intl.formatMessage({ id: 'notes.table.from' })} type="date" className="note-date" value={dateFrom} max={dateTo || undefined} onChange={(e) => setDateFrom(e.target.value)} />
            <TextField
              label={intl.formatMessage({ id: 'notes.table.to' })}
              type="date"
              className="note-date"
              value={dateTo}
              min={dateFrom || undefined}
              error={rangeWrong ? intl.formatMessage({ id: 'notes.table.rangeWrong' }) : undefined}
              onChange={(e) => setDateTo(e.target.value)}
            />
            <Button variant="primary" onClick={() => void navigate(newHref)}>
              <FormattedMessage id="notes.table.new" />
            </Button>
          </>
        }
        empty={
          <EmptyState
            title={intl.formatMessage({ id: 'notes.table.emptyTitle' })}
            action={
              <Button variant="primary" onClick={() => void navigate(newHref)}>
                <FormattedMessage id="notes.table.emptyAction" />
              </Button>
            }
          >
            <FormattedMessage id="notes.table.emptyText" />
          </EmptyState>
        }
      />
    </>
  );
}
