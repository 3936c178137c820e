import type { ColumnFiltersState, RowData, SortingState } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Extra facts the one DataTable reads from each column definition.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The column's name in the column menu and filter labels (defaults to a string header). */
    label?: string;
    /** Offer a per-column filter: free text, or a choice among options (exact match). */
    filter?: 'text' | { options: readonly { value: string; label: string }[] };
    /** CSS grid track of the column, e.g. 'minmax(12rem, 2fr)'. */
    width?: string;
  }
}

/**
 * Server-paged mode: the table shows `total` rows but holds only a window of them
 * (`rows` start at index `offset`); it reports the visible range so the owner fetches
 * just those pages. Sorting and filtering are then done by the owner (the main process).
 */
export interface ServerPaging {
  total: number;
  offset: number;
  onRangeChange(range: { start: number; end: number }): void;
  sorting: SortingState;
  onSortingChange(next: SortingState): void;
  globalFilter: string;
  onGlobalFilterChange(next: string): void;
  /** False where the list method takes no words: the table then shows no filter box, rather than one that ignores typing. */
  searchable?: boolean;
  columnFilters?: ColumnFiltersState;
  onColumnFiltersChange?(next: ColumnFiltersState): void;
}
