import { SORT_MARKS } from '../../i18n/symbols';
import { useSharedIntl } from '../../i18n/shared-intl';
import { flexRender, type Header, type Table } from '@tanstack/react-table';
import { columnLabel } from './labels';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The header row (sort buttons, aria-sort) and, when any column offers one, the filter row. */
export function TableHead<T>({ table }: { table: Table<T> }) {
  const headers = table.getHeaderGroups().at(-1)?.headers ?? [];
  const filterable = headers.some((h) => h.column.columnDef.meta?.filter);
  return (
    <thead className="dt-head">
      <tr className="dt-row dt-header-row" aria-rowindex={1}>
        {headers.map((header) => (
          <HeaderCell key={header.id} header={header} />
        ))}
      </tr>
      {filterable && (
        <tr className="dt-row dt-filter-row">
          {headers.map((header) => (
            <td key={header.id} className="dt-cell">
              <ColumnFilter header={header} />
            </td>
          ))}
        </tr>
      )}
    </thead>
  );
}

function HeaderCell<T>({ header }: { header: Header<T, unknown> }) {
  const column = header.column;
  const content = header.isPlaceholder ? null : flexRender(column.columnDef.header, header.getContext());
  if (!column.getCanSort()) {
    return (
      <th scope="col" className="dt-cell dt-th">
        {content}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  return (
    <th scope="col" className="dt-cell dt-th" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
      <button type="button" className="dt-sort" onClick={column.getToggleSortingHandler()}>
        {content}
        <span className="dt-sort-icon" aria-hidden="true">
          {SORT_MARKS[sorted || 'none']}
        </span>
      </button>
    </th>
  );
}

function ColumnFilter<T>({ header }: { header: Header<T, unknown> }) {
  const column = header.column;
  const intl = useSharedIntl();
  const filter = column.columnDef.meta?.filter;
  if (!filter || !column.getCanFilter()) return null;
  const label = intl.formatMessage({ id: 'components.table.filterColumn' }, { column: columnLabel(column) });
  const value = (column.getFilterValue() as string | undefined) ?? '';
  if (filter === 'text') {
    return (
      <input
        className="input dt-filter"
        type="search"
        aria-label={label}
        placeholder={intl.formatMessage({ id: 'components.table.filterShort' })}
        value={value}
        onChange={(e) => column.setFilterValue(e.target.value || undefined)}
      />
    );
  }
  return (
    <select className="input dt-filter" aria-label={label} value={value} onChange={(e) => column.setFilterValue(e.target.value || undefined)}>
      <option value="">{intl.formatMessage({ id: 'components.table.all' })}</option>
      {filter.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
