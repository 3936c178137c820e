import { useSharedIntl } from '../../i18n/shared-intl';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { EmptyState } from '../EmptyState';
import { ColumnMenu } from './ColumnMenu';
import { TableHead } from './TableHead';
import type { ServerPaging } from './types';
import { revealCutText } from '../truncation';
import './DataTable.css';

export type { ServerPaging } from './types';

export interface DataTableProps<T> {
  /** The table's accessible name, e.g. "Mentees". */
  label: string;
  // Columns hold cells of different value types; TanStack's own examples type them this way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  /** All rows (client mode), or the loaded window of rows (server mode). */
  rows: T[];
  getRowId(row: T): string;
  /** Click or Enter on a row. */
  onRowOpen?(row: T): void;
  loading?: boolean;
  /** Shown when there are no rows and no filter is set. */
  empty?: ReactNode;
  filterLabel?: string;
  /** Extra controls beside the filter box (toggles, "New" buttons). */
  toolbar?: ReactNode;
  countLabel?(count: number): string;
  initialSorting?: SortingState;
  initialColumnVisibility?: VisibilityState;
  /** Present = server-paged mode (see ServerPaging). */
  server?: ServerPaging;
  rowHeight?: number;
}

const resolve = <S,>(updater: Updater<S>, current: S): S => (typeof updater === 'function' ? (updater as (s: S) => S)(current) : updater);

/**
 * The one table of the app: sorting, a filter box, per-column filters, a column menu,
 * and virtualised rows (only those on screen are in the DOM), for client-side rows or
 * server-paged data. Rows are reached with the keyboard (one tab stop, arrows move,
 * Enter opens).
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, rows, getRowId, onRowOpen, loading = false, server, rowHeight = 44 } = props;
  const intl = useSharedIntl();
  const filterId = useId();
  const [localSorting, setLocalSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [localFilter, setLocalFilter] = useState('');
  const [localColumnFilters, setLocalColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(props.initialColumnVisibility ?? {});

  const sorting = server ? server.sorting : localSorting;
  const globalFilter = server ? server.globalFilter : localFilter;
  const columnFilters = server ? (server.columnFilters ?? []) : localColumnFilters;

  // A column with a list of options filters by exact value, not by substring.
  const columns = useMemo(
    () =>
      props.columns.map((c) => (typeof c.meta?.filter === 'object' && !c.filterFn ? { ...c, filterFn: 'equalsString' as const } : c)),
    [props.columns],
  );

  // TanStack Table hands back functions that must not be memoised by the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<T>({
    data: rows,
    columns,
    getRowId,
    state: { sorting, globalFilter, columnFilters, columnVisibility },
    enableMultiSort: false,
    manualSorting: Boolean(server),
    manualFiltering: Boolean(server),
    onSortingChange: (u) => (server ? server.onSortingChange(resolve(u, sorting)) : setLocalSorting(u)),
    onGlobalFilterChange: (u) => (server ? server.onGlobalFilterChange(resolve(u, globalFilter) ?? '') : setLocalFilter(u ?? '')),
    onColumnFiltersChange: (u) => (server ? server.onColumnFiltersChange?.(resolve(u, columnFilters)) : setLocalColumnFilters(u)),
    onColumnVisibilityChange: setColumnVisibility,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: server ? undefined : getSortedRowModel(),
    getFilteredRowModel: server ? undefined : getFilteredRowModel(),
    globalFilterFn: 'includesString',
  });

  const modelRows = table.getRowModel().rows;
  const count = server ? server.total : modelRows.length;
  const offset = server?.offset ?? 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const rangeStart = items[0]?.index ?? 0;
  const rangeEnd = (items.at(-1)?.index ?? -1) + 1;

  const onRangeChange = server?.onRangeChange;
  useEffect(() => {
    onRangeChange?.({ start: rangeStart, end: rangeEnd });
  }, [onRangeChange, rangeStart, rangeEnd]);

  // A new order or filter starts from the top.
  const viewKey = JSON.stringify([sorting, globalFilter, columnFilters]);
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [viewKey]);

  // Roving focus: one row is the tab stop; arrows move it and scroll it into view.
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  const rowElement = (index: number) => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
  // A row scrolled to from far away is rendered only after the scroll: focus it then.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = rowElement(pendingFocus.current);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const rowAt = (index: number) => (server ? modelRows[index - offset] : modelRows[index]);

  function move(to: number) {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const row = rowElement(next);
    if (row) row.focus();
    else pendingFocus.current = next;
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      PageDown: () => move(index + page),
      PageUp: () => move(index - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const row = rowAt(index);
        if (row && onRowOpen) onRowOpen(row.original);
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  const visibleColumns = table.getVisibleLeafColumns();
  const template = visibleColumns.map((c) => c.columnDef.meta?.width ?? 'minmax(8rem, 1fr)').join(' ');
  const filtered = globalFilter !== '' || columnFilters.length > 0;
  const countText = (props.countLabel ?? ((n: number) => intl.formatMessage({ id: 'components.table.rows' }, { count: n })))(count);

  return (
    <div className="dt">
      <div className="dt-toolbar">
        {server?.searchable !== false && (
          <div className="dt-filter-box">
            <label htmlFor={filterId} className="dt-filter-label">
              {props.filterLabel ?? intl.formatMessage({ id: 'components.table.filter' })}
            </label>
            <input
              id={filterId}
              className="input"
              type="search"
              value={globalFilter}
              placeholder={intl.formatMessage({ id: 'components.table.typeToFilter' })}
              onChange={(e) => table.setGlobalFilter(e.target.value)}
            />
          </div>
        )}
        <div className="dt-toolbar-extra">
          {props.toolbar}
          <ColumnMenu table={table} />
        </div>
      </div>
      <p className="dt-count" aria-live="polite">
        {loading && count === 0 ? intl.formatMessage({ id: 'components.loading' }) : countText}
      </p>
      <div className="dt-scroll" ref={scrollRef} onPointerOver={revealCutText} onFocus={revealCutText}>
        <table className="dt-table" aria-label={label} aria-rowcount={count + 1} style={{ '--dt-columns': template } as CSSProperties}>
          <TableHead table={table} />
          <tbody className="dt-body" style={{ height: `${virtualizer.getTotalSize()}px` }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              const style = { transform: `translateY(${item.start}px)`, height: `${item.size}px` };
              if (!row) {
                return (
                  <tr key={`placeholder-${item.index}`} className="dt-row dt-data-row dt-placeholder" aria-rowindex={item.index + 2} aria-busy="true" style={style}>
                    <td className="dt-cell">{intl.formatMessage({ id: 'components.loading' })}</td>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  className={['dt-row', 'dt-data-row', onRowOpen ? 'dt-clickable' : ''].join(' ')}
                  aria-rowindex={item.index + 2}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  style={style}
                  onClick={() => {
                    setActive(item.index);
                    onRowOpen?.(row.original);
                  }}
                  onFocus={() => setActive(item.index)}
                  onKeyDown={(e) => onRowKeyDown(e, item.index)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="dt-cell">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {count === 0 && !loading && (
          <div className="dt-empty">
            {filtered ? (
              <EmptyState title={intl.formatMessage({ id: 'components.table.noMatch' })}>
                <button type="button" className="btn btn-secondary" onClick={() => {
                    table.setGlobalFilter('');
                    table.setColumnFilters([]);
                  }}
                >
                  {intl.formatMessage({ id: 'components.table.clearFilters' })}
                </button>
              </EmptyState>
            ) : (
              (props.empty ?? <EmptyState title={intl.formatMessage({ id: 'components.table.empty' })} />)
            )}
          </div>
        )}
      </div>
    </div>
  );
}
