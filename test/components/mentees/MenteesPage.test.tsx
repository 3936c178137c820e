import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import MenteesPage from '../../../src/renderer/features/mentees/MenteesPage';
import type { MenteeSummary } from '../../../src/shared/mentees/schema';
import { installFakeBridge } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const ALL: MenteeSummary[] = Array.from({ length: 5000 }, (_, i) => ({
  id: i + 1,
  name: `Mentee ${String(i + 1).padStart(4, '0')}`,
  role: 'Engineer',
  team: i % 2 ? 'Payments' : 'Platform',
  startDate: null,
  status: 'active',
  archived: false,
  updatedAt: '2025-01-01T00:00:00.000Z',
}));

function setup() {
  const bridge = installFakeBridge({
    'mentees.list': ({ offset = 0, limit = 100, search = '' }) => {
      const rows = ALL.filter((m) => m.name.includes(search) || m.team.includes(search));
      return { rows: rows.slice(offset, offset + limit), total: rows.length };
    },
  });
  renderWithVault(
    <MemoryRouter>
      <MenteesPage />
    </MemoryRouter>,
    vaultStatus({ state: 'unlocked' }),
  );
  const pages = () => bridge.callsTo('mentees.list') as { offset: number; limit: number; search: string }[];
  return { pages };
}

describe('MenteesPage', () => {
  it('asks the vault only for the page it shows, and for the next page when scrolled there', async () => {
    const { pages } = setup();
    expect(await screen.findByText('Mentee 0001')).toBeTruthy();
    expect(screen.getByText('5,000 mentees')).toBeTruthy();
    expect(pages().map((p) => [p.offset, p.limit])).toEqual([[0, 100]]);

    const scroller = screen.getByRole('table', { name: 'Mentees' }).parentElement!;
    act(() => {
      scroller.scrollTop = 2500 * 44;
      fireEvent.scroll(scroller);
    });
    expect(await screen.findByText('Mentee 2501')).toBeTruthy();
    expect(pages().every((p) => p.limit <= 500)).toBe(true);
    expect(pages().map((p) => p.offset)).toContain(2500);
    // Never the pages in between.
    expect(pages().map((p) => p.offset)).not.toContain(1200);
  });

  it('filters through the vault once typing settles', async () => {
    const { pages } = setup();
    await screen.findByText('Mentee 0001');
    fireEvent.change(screen.getByLabelText('Filter by name, role or team'), { target: { value: 'Mentee 004' } });
    expect(await screen.findByText('10 mentees')).toBeTruthy();
    await waitFor(() => expect(pages().at(-1)).toMatchObject({ search: 'Mentee 004', offset: 0 }));
    // Typed in one go, asked once.
    expect(pages().filter((p) => p.search !== '')).toHaveLength(1);
  });
});
