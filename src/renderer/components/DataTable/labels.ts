import type { Column } from '@tanstack/react-table';

/** A column's plain-text name, for menus and filter labels. */
export function columnLabel<T>(column: Column<T, unknown>): string {
  const header = column.columnDef.header;
  return column.columnDef.meta?.label ?? (typeof header === 'string' ? header : column.id);
}
