import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import SearchPage from '../../../src/renderer/features/search/SearchPage';
import { resultItems, SearchResults } from '../../../src/renderer/features/search/SearchResults';
import { MARK_END as E, MARK_START as S } from '../../../src/shared/notes/marks';
import type { SearchGroup, SearchHit, SearchResults as Results } from '../../../src/shared/search/schema';
import { installFakeBridge, refuse } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const unlocked = vaultStatus({ state: 'unlocked' });

function hit(id: number, titleMarked: string, snippet: string, kind: SearchHit['kind'] = 'note'): SearchHit {
  return { kind, id, menteeId: 1, menteeName: 'Ada Lovelace', titleMarked, snippet, date: '2025-03-01', parentId: null, score: 1, confidential: kind === 'note' };
}

const HITS = [
  hit(11, `${S}Promotion${E} plan`, `…wants a staff ${S}promotion${E} <b>soon</b> <img src=x onerror=alert(1)>…`),
  hit(12, 'Retro', `…${S}promotional${E} material…`),
];
const GROUPS: SearchGroup[] = [
  { kind: 'note', total: 2, more: false, hits: HITS },
  { kind: 'goal', total: 7, more: false, hits: [hit(5, `${S}Promot${E}ion case`, '', 'goal')] },
];
const RESULTS: Results = { groups: GROUPS };

describe('search results', () => {
  it('marks the matching words with <mark> elements and shows markup in the text as text', () => {
    renderWithVault(
      <MemoryRouter>
        <SearchResults id="r" groups={GROUPS} items={resultItems(GROUPS, true)} active={0} onChoose={() => undefined} onHover={() => undefined} />
      </MemoryRouter>,
      unlocked,
    );
    const [first, second, goal, showAll] = screen.getAllByRole('option');
    expect([...first!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Promotion', 'promotion']);
    expect([...second!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['promotional']);
    // The note's own "<b>" and "<img>" are characters, never elements.
    expect(first!.querySelector('b, img')).toBeNull();
    expect(first!.textContent).toContain('<b>soon</b> <img src=x onerror=alert(1)>');
    expect(first!.innerHTML.includes(S) || first!.innerHTML.includes(E)).toBe(false);
    // Each result says it is confidential, in words.
    expect(first!.textContent).toContain('Confidential');
    expect(first!.getAttribute('aria-selected')).toBe('true');
    // Grouped by kind with counts; only confidential kinds are marked; a group with more offers them all.
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)!.textContent)).toEqual([
      'Private notes 2',
      'Goals 7',
    ]);
    expect(goal!.textContent).not.toContain('Confidential');
    expect(showAll!.textContent).toBe('Show all 7 goals');
  });

  it('is never built from HTML strings: no dangerouslySetInnerHTML in the confidential screens', () => {
    // Every source file of the confidential screens and the shared components, as text.
    const sources = import.meta.glob(['/src/renderer/features/{notes,search,escalations}/**/*.{ts,tsx}', '/src/renderer/components/**/*.{ts,tsx}'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    const files = Object.keys(sources);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => sources[f]!.includes('dangerouslySetInnerHTML'))).toEqual([]);
  });
});

function OpenedNote() {
  return <p>Opened note {useParams().noteId}</p>;
}
function OpenedGoal() {
  return <p>Opened goals of mentee {useParams().menteeId}</p>;
}

describe('SearchPage', () => {
  it('searches as typing settles, moves through results with the arrows and opens one with Enter', async () => {
    const bridge = installFakeBridge({
      'search.everything': ({ query }) => (query.startsWith('promot') ? RESULTS : { groups: [] }),
      'notes.tags': () => [{ tag: 'career', count: 2 }],
      'mentees.list': () => ({ rows: [], total: 0 }),
    });
    renderWithVault(
      <MemoryRouter initialEntries={['/search']}>
        <Routes>
          <Route path="/search" element={<SearchPage />} />
          <Route path="/notes/:noteId" element={<OpenedNote />} />
          <Route path="/mentees/:menteeId/goals" element={<OpenedGoal />} />
        </Routes>
      </MemoryRouter>,
      unlocked,
    );
    const box = screen.getByRole('combobox', { name: 'Search for' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByText('Type to search everything you wrote')).toBeTruthy();

    fireEvent.change(box, { target: { value: 'promot' } });
    const options = within(await screen.findByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options).toHaveLength(4);
    expect(bridge.callsTo('search.everything')).toEqual([{ query: 'promot', tags: [], offset: 0, limit: 5 }]);
    expect(document.querySelector('.search-status')!.textContent).toMatch(/^9 matches in 2 kinds \(showing 3\), best match first/);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    // Across the groups: the next kind's first result.
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[3]!.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByText('Opened note 12')).toBeTruthy();
  });

  it('"show all" of a group narrows to that kind, paged by 50; a goal opens on its mentee\'s goals', async () => {
    const bridge = installFakeBridge({
      'search.everything': ({ kind }) => (kind === 'goal' ? { groups: [GROUPS[1]!] } : RESULTS),
      'notes.tags': () => [],
      'mentees.list': () => ({ rows: [], total: 0 }),
    });
    renderWithVault(
      <MemoryRouter initialEntries={['/search?q=promot']}>
        <Routes>
          <Route path="/search" element={<SearchPage />} />
          <Route path="/mentees/:menteeId/goals" element={<OpenedGoal />} />
        </Routes>
      </MemoryRouter>,
      unlocked,
    );
    fireEvent.click(await screen.findByRole('option', { name: 'Show all 7 goals' }));
    await waitFor(() => expect(bridge.callsTo('search.everything').at(-1)).toEqual({ query: 'promot', tags: [], kind: 'goal', offset: 0, limit: 50 }));
    const list = () => within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    await waitFor(() => expect(list()).toHaveLength(1));
    expect(list()[0]!.textContent).toMatch(/^Promotion caseAda Lovelace · /);
    fireEvent.click(list()[0]!);
    expect(await screen.findByText('Opened goals of mentee 1')).toBeTruthy();
  });

  it('says when nothing matches', async () => {
    installFakeBridge({
      'search.everything': () => ({ groups: [] }),
      'notes.tags': () => [],
      'mentees.list': () => ({ rows: [], total: 0 }),
    });
    renderWithVault(
      <MemoryRouter initialEntries={['/search']}>
        <SearchPage />
      </MemoryRouter>,
      unlocked,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Search for' }), { target: { value: 'nothing here' } });
    expect(await screen.findByText('Nothing matches')).toBeTruthy();
  });

  it('shows why the vault refused a search', async () => {
    installFakeBridge({
      'search.everything': () => refuse('INVALID_INPUT', 'query: Search is at most 500 characters'),
      'notes.tags': () => [],
      'mentees.list': () => ({ rows: [], total: 0 }),
    });
    renderWithVault(
      <MemoryRouter initialEntries={['/search?q=x']}>
        <SearchPage />
      </MemoryRouter>,
      unlocked,
    );
    expect(await screen.findByText('The search could not run: query: Search is at most 500 characters')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
