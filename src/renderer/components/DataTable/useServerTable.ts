import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { MAX_SHORT_TEXT } from '../../../shared/primitives';
import { useDebouncedValue } from '../useDebouncedValue';
import type { ServerPaging } from './types';

/**
 * What every server-paged list keeps beside its DataTable: the sort, the filter box (and
 * its debounced words, cut to what the vault takes), the column filters, and from the
 * paged rows the table's `server` prop.
 */
export function useServerTable(initialSorting: SortingState = [], maxSearch = MAX_SHORT_TEXT) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [filter, setFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const search = useDebouncedValue(filter.trim().slice(0, maxSearch));
  return {
    sorting,
    setSorting,
    columnFilters,
    /** The first sort column, which is all the vault's list methods take. */
    sort: sorting[0],
    /** The filter box's words once typing pauses. */
    search,
    /**
     * DataTable's `server` prop for rows from usePagedRows: `sorting` shown differently when
     * the rows have their own order; `searchable: false` where the list method takes no words.
     */
    server: (paged: Pick<ServerPaging, 'total' | 'offset' | 'onRangeChange'>, shown: { sorting?: SortingState; searchable?: boolean } = {}): ServerPaging => ({
      total: paged.total,
      offset: paged.offset,
      onRangeChange: paged.onRangeChange,
      sorting: shown.sorting ?? sorting,
      onSortingChange: setSorting,
      searchable: shown.searchable !== false,
      globalFilter: shown.searchable === false ? '' : filter,
      onGlobalFilterChange: shown.searchable === false ? () => undefined : setFilter,
      columnFilters,
      onColumnFiltersChange: setColumnFilters,
    }),
  };
}
