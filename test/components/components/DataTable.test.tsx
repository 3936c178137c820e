import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createColumnHelper } from '@tanstack/react-table';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../src/renderer/components/DataTable/DataTable';

interface Person {
  id: number;
  name: string;
  team: string;
  status: 'active' | 'paused';
}

const col = createColumnHelper<Person>();
const columns = [
  col.accessor('name', { header: 'Name', enableHiding: false }),
  col.accessor('team', { header: 'Team', meta: { filter: 'text' } }),
  col.accessor('status', {
    header: 'Status',
    meta: {
      filter: {
        options: [
          { value: 'active', label: 'Active' },
          { value: 'paused', label: 'Paused' },
        ],
      },
    },
  }),
];

const PEOPLE: Person[] = [
  { id: 1, name: 'Cara', team: 'Payments', status: 'active' },
  { id: 2, name: 'Ada', team: 'Platform', status: 'paused' },
  { id: 3, name: 'Bo', team: 'Growth', status: 'active' },
];

function renderTable(rows: Person[] = PEOPLE, extra: Partial<Parameters<typeof DataTable<Person>>[0]> = {}) {
  return render(<DataTable label="People" columns={columns} rows={rows} getRowId={(p) => String(p.id)} {...extra} />);
}

/** The names in the body rows, in DOM order (rows are positioned, but rendered in index order). */
function bodyNames(): string[] {
  const table = screen.getByRole('table', { name: 'People' });
  return [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')?.textContent ?? '');
}

describe('DataTable', () => {
  it('sorts by a clicked header and says so with aria-sort', () => {
    renderTable();
    expect(bodyNames()).toEqual(['Cara', 'Ada', 'Bo']);
    const header = screen.getByRole('columnheader', { name: /Name/ });
    expect(header.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyNames()).toEqual(['Ada', 'Bo', 'Cara']);

    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(bodyNames()).toEqual(['Cara', 'Bo', 'Ada']);
  });

  it('filters with the global box and with per-column filters', () => {
    renderTable();
    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: 'plat' } });
    expect(bodyNames()).toEqual(['Ada']);
    expect(screen.getByText('1 row')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Filter Status'), { target: { value: 'active' } });
    expect(bodyNames()).toEqual(['Cara', 'Bo']);

    fireEvent.change(screen.getByLabelText('Filter Team'), { target: { value: 'grow' } });
    expect(bodyNames()).toEqual(['Bo']);

    fireEvent.change(screen.getByLabelText('Filter Team'), { target: { value: 'nobody' } });
    expect(bodyNames()).toEqual([]);
    expect(screen.getByText('Nothing matches the filter')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyNames()).toHaveLength(3);
  });

  it('renders only the rows in view out of 10,000', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: i + 1, name: `Person ${i + 1}`, team: 'T', status: 'active' as const }));
    renderTable(many);
    const table = screen.getByRole('table', { name: 'People' });
    const rendered = table.querySelectorAll('tbody tr').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(screen.getByText('10,000 rows')).toBeTruthy();
    // The body is as tall as all rows, so the scrollbar is honest.
    expect((table.querySelector('tbody') as HTMLElement).style.height).toBe(`${10_000 * 44}px`);
  });

  it('hides and shows columns from the column menu', () => {
    renderTable();
    const button = screen.getByRole('button', { name: 'Columns' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Name cannot be hidden, so it is not offered.
    expect(screen.queryByRole('checkbox', { name: 'Name' })).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Team' }));
    expect(screen.queryByRole('columnheader', { name: /Team/ })).toBeNull();
    expect(screen.getByRole('table', { name: 'People' }).querySelector('tbody tr')?.children).toHaveLength(2);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Team' }));
    expect(screen.getByRole('columnheader', { name: /Team/ })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('checkbox', { name: 'Team' }), { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a row on click and on Enter; arrows move the single tab stop', () => {
    const onRowOpen = vi.fn();
    renderTable(PEOPLE, { onRowOpen });
    const rows = () => [...screen.getByRole('table', { name: 'People' }).querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows().map((r) => r.tabIndex)).toEqual([0, -1, -1]);

    fireEvent.click(rows()[1]!);
    expect(onRowOpen).toHaveBeenLastCalledWith(PEOPLE[1]);

    rows()[0]!.focus();
    fireEvent.keyDown(rows()[0]!, { key: 'ArrowDown' });
    expect(rows().map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    expect(document.activeElement).toBe(rows()[1]);
    fireEvent.keyDown(rows()[1]!, { key: 'Enter' });
    expect(onRowOpen).toHaveBeenLastCalledWith(PEOPLE[1]);
    fireEvent.keyDown(rows()[1]!, { key: 'End' });
    expect(document.activeElement).toBe(rows()[2]);
  });

  it('shows the empty state, and a loading line while loading', () => {
    const { rerender } = renderTable([], { loading: true, empty: <p>No people yet</p> });
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByText('No people yet')).toBeNull();
    rerender(<DataTable label="People" columns={columns} rows={[]} getRowId={(p) => String(p.id)} empty={<p>No people yet</p>} />);
    expect(screen.getByText('No people yet')).toBeTruthy();
  });

  it('in server mode, shows the window it holds at its offset and reports the visible range', () => {
    const onRangeChange = vi.fn();
    const onSortingChange = vi.fn();
    const onGlobalFilterChange = vi.fn();
    const window = Array.from({ length: 100 }, (_, i) => ({ id: 201 + i, name: `Server ${201 + i}`, team: 'T', status: 'active' as const }));
    const server = { total: 5000, offset: 200, onRangeChange, sorting: [], onSortingChange, globalFilter: '', onGlobalFilterChange };
    renderTable(window, { server });
    const table = screen.getByRole('table', { name: 'People' });
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    expect(onRangeChange).toHaveBeenCalled();
    const range = onRangeChange.mock.calls.at(-1)![0] as { start: number; end: number };
    expect(range.start).toBe(0);
    expect(range.end).toBeLessThan(60);
    // Rows 0..199 are not held: placeholders, not invented data.
    expect(table.querySelector('tbody tr')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('Server 201')).toBeNull();

    // Sorting and filtering go to the owner instead of being done here.
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    expect(onSortingChange).toHaveBeenCalledWith([{ id: 'name', desc: false }]);
    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: 'abc' } });
    expect(onGlobalFilterChange).toHaveBeenCalledWith('abc');
  });

  it('in server mode, shows held rows when scrolled to them', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ id: 1 + i, name: `Held ${1 + i}`, team: 'T', status: 'active' as const }));
    const server = { total: 100, offset: 0, onRangeChange: vi.fn(), sorting: [], onSortingChange: vi.fn(), globalFilter: '', onGlobalFilterChange: vi.fn() };
    renderTable(rows, { server });
    expect(screen.getByText('Held 1')).toBeTruthy();
    expect(screen.queryByText('Held 100')).toBeNull();
    const scroller = screen.getByRole('table', { name: 'People' }).parentElement!;
    act(() => {
      scroller.scrollTop = 100 * 44 - 600;
      fireEvent.scroll(scroller);
    });
    expect(screen.getByText('Held 100')).toBeTruthy();
  });

  it('in server mode, shows no filter box where the list takes no words, so nothing typed is ignored', () => {
    const rows = [{ id: 1, name: 'Only', team: 'T', status: 'active' as const }];
    const base = { total: 1, offset: 0, onRangeChange: vi.fn(), sorting: [], onSortingChange: vi.fn(), globalFilter: '', onGlobalFilterChange: vi.fn() };
    const { unmount } = renderTable(rows, { server: { ...base, searchable: false } });
    expect(screen.queryByLabelText('Filter')).toBeNull();
    expect(screen.getByText('Only')).toBeTruthy();
    unmount();
    renderTable(rows, { server: base });
    expect(screen.getByLabelText('Filter')).toBeTruthy();
  });
});
