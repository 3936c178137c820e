import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import SearchPage from '../../../src/renderer/features/search/SearchPage';
import { SearchResults } from '../../../src/renderer/features/search/SearchResults';
import { MARK_END as E, MARK_START as S } from '../../../src/shared/notes/marks';
import type { NoteSearchHit } from '../../../src/shared/notes/schema';
import { installFakeBridge, refuse } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const unlocked = vaultStatus({ state: 'unlocked' });

function hit(id: number, title: string, titleMarked: string, snippet: string): NoteSearchHit {
  return {
    id,
    menteeId: 1,
    menteeName: 'Ada Lovelace',
    meetingId: null,
    title,
    titleMarked,
    snippet,
    tags: ['career'],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    score: 1,
    confidential: true,
  };
}

const HITS = [
  hit(11, 'Promotion plan', `${S}Promotion${E} plan`, `…wants a staff ${S}promotion${E} <b>soon</b> <img src=x onerror=alert(1)>…`),
  hit(12, 'Retro', 'Retro', `…${S}promotional${E} material…`),
];

describe('search results', () => {
  it('marks the matching words with <mark> elements and shows markup in the text as text', () => {
    renderWithVault(
      <MemoryRouter>
        <SearchResults id="r" hits={HITS} active={0} onOpen={() => undefined} onHover={() => undefined} />
      </MemoryRouter>,
      unlocked,
    );
    const [first, second] = screen.getAllByRole('option');
    expect([...first!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Promotion', 'promotion']);
    expect([...second!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['promotional']);
    // The note's own "<b>" and "<img>" are characters, never elements.
    expect(first!.querySelector('b, img')).toBeNull();
    expect(first!.textContent).toContain('<b>soon</b> <img src=x onerror=alert(1)>');
    expect(first!.innerHTML.includes(S) || first!.innerHTML.includes(E)).toBe(false);
    // Each result says it is confidential, in words.
    expect(first!.textContent).toContain('Confidential');
    expect(first!.getAttribute('aria-selected')).toBe('true');
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

describe('SearchPage', () => {
  it('searches as typing settles, moves through results with the arrows and opens one with Enter', async () => {
    const bridge = installFakeBridge({
      'notes.search': ({ query }) => (query.startsWith('promot') ? { rows: HITS, total: 2 } : { rows: [], total: 0 }),
      'notes.tags': () => [{ tag: 'career', count: 2 }],
      'mentees.list': () => ({ rows: [], total: 0 }),
    });
    renderWithVault(
      <MemoryRouter initialEntries={['/search']}>
        <Routes>
          <Route path="/search" element={<SearchPage />} />
          <Route path="/notes/:noteId" element={<OpenedNote />} />
        </Routes>
      </MemoryRouter>,
      unlocked,
    );
    const box = screen.getByRole('combobox', { name: 'Search for' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByText('Type to search your notes')).toBeTruthy();

    fireEvent.change(box, { target: { value: 'promot*' } });
    const options = within(await screen.findByRole('listbox', { name: 'Matching notes' })).getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(bridge.callsTo('notes.search')).toEqual([{ query: 'promot*', tags: [], offset: 0, limit: 50 }]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByText('Opened note 12')).toBeTruthy();
  });

  it('says when nothing matches', async () => {
    installFakeBridge({
      'notes.search': () => ({ rows: [], total: 0 }),
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
    expect(await screen.findByText('No notes match')).toBeTruthy();
  });

  it('shows why the vault refused a search', async () => {
    installFakeBridge({
      'notes.search': () => refuse('INVALID_INPUT', 'query: Search is at most 500 characters'),
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
