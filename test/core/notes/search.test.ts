import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, splitMarked } from '../../../src/shared/notes/marks';
import { toFtsQuery } from '../../../src/main/features/notes/fts-query';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/** Full-text search over notes: ranking, prefixes, phrases, filters, highlights, index in step, hostile input. */
let h: Harness;
let ada: number;
let ben: number;
const filler = 'We talked about the week, the team and plans for the quarter. ';

beforeAll(async () => {
  h = await openHarness('search');
  ada = await h.mentee('Ada Search');
  ben = await h.mentee('Ben Search');
});
afterAll(() => h.close());

const search = (query: string, extra: Record<string, unknown> = {}) => h.ok('notes.search', { query, ...extra });
const ids = async (query: string, extra: Record<string, unknown> = {}) => (await search(query, extra)).rows.map((r) => r.id);
const note = async (menteeId: number, title: string, body: string, tags: string[] = []) =>
  (await h.ok('notes.create', { menteeId, title, body, tags })).id;

describe('ranking', () => {
  it('ranks the more relevant note first', async () => {
    const weak = await note(ada, 'Weekly sync', `${filler.repeat(6)}One mention of zephyrine.`);
    const strong = await note(ada, 'Weekly sync', `Zephyrine again: zephyrine rollout, zephyrine risks. ${filler}`);
    expect(await ids('zephyrine')).toEqual([strong, weak]);
    const rows = (await search('zephyrine')).rows;
    expect(rows[0]!.score).toBeGreaterThan(rows[1]!.score);
  });

  it('weighs a match in the title above the same match in the body', async () => {
    const inBody = await note(ada, 'Catch-up', `${filler}quillwort came up.`);
    const inTitle = await note(ada, 'Quillwort', `${filler}nothing else.`);
    expect(await ids('quillwort')).toEqual([inTitle, inBody]);
  });
});

describe('words, prefixes, phrases, OR, exclusions', () => {
  let delegation: number;
  let delegate: number;
  let phrase: number;
  let reversed: number;
  beforeAll(async () => {
    delegation = await note(ada, '', 'Delegation is hard for them.');
    delegate = await note(ben, '', 'They should delegate the release notes.');
    phrase = await note(ada, '', 'The design review went well.');
    reversed = await note(ben, '', 'We should review the design first.');
  });

  it('matches whole words only, unless a prefix is asked for', async () => {
    expect(await ids('deleg')).toEqual([]);
    expect((await ids('deleg*')).sort()).toEqual([delegation, delegate].sort());
    expect(await ids('delegation')).toEqual([delegation]);
  });

  it('matches accents and case loosely', async () => {
    const cafe = await note(ada, '', 'Coffee at the Café Über.');
    expect(await ids('cafe uber')).toEqual([cafe]);
  });

  it('requires every word, and matches phrases in order', async () => {
    expect((await ids('design review')).sort()).toEqual([phrase, reversed].sort());
    expect(await ids('"design review"')).toEqual([phrase]);
    expect(await ids('"review the design"')).toEqual([reversed]);
  });

  it('OR widens, -word excludes', async () => {
    expect((await ids('delegation OR release')).sort()).toEqual([delegation, delegate].sort());
    expect(await ids('design -first')).toEqual([phrase]);
    expect(await ids('design -"design review"')).toEqual([reversed]);
  });
});

describe('highlights', () => {
  it('marks the matching words with control characters, never HTML', async () => {
    const id = await note(ada, 'Talk on <b>xylograph</b>', 'Before. The xylographs <script>alert(1)</script> and a xylograph print.');
    const hit = (await search('xylograph*')).rows.find((r) => r.id === id)!;
    expect(hit.titleMarked).toBe(`Talk on <b>${MARK_START}xylograph${MARK_END}</b>`);
    expect(hit.snippet).toContain(`${MARK_START}xylographs${MARK_END}`);
    expect(splitMarked(hit.titleMarked)).toEqual([
      { text: 'Talk on <b>', marked: false },
      { text: 'xylograph', marked: true },
      { text: '</b>', marked: false },
    ]);
    expect(hit).toMatchObject({ menteeName: 'Ada Search', confidential: true, title: 'Talk on <b>xylograph</b>' });
  });

  it('snippets show plain words around the match, not Markdown syntax', async () => {
    await note(ben, '', '## Plan\n- **Own** the [vortexine](https://example.org) launch');
    const hit = (await search('vortexine')).rows[0]!;
    expect(hit.snippet).toBe(`Plan Own the ${MARK_START}vortexine${MARK_END} launch`);
  });
});

describe('filters and paging', () => {
  let a1: number;
  let a2: number;
  let b1: number;
  beforeAll(async () => {
    a1 = await note(ada, '', 'marmalade plans', ['career']);
    a2 = await note(ada, '', 'marmalade review', ['career', 'feedback']);
    b1 = await note(ben, '', 'marmalade notes', ['feedback']);
    const at = (id: number, iso: string) => h.db.prepare('UPDATE notes SET created_at = ? WHERE id = ?').run(iso, id);
    at(a1, '2024-05-01T10:00:00.000Z');
    at(a2, '2024-06-15T10:00:00.000Z');
    at(b1, '2024-07-30T23:30:00.000Z');
  });

  it('filters by mentee, by tags (all of them) and by date', async () => {
    expect((await ids('marmalade', { menteeId: ada })).sort()).toEqual([a1, a2].sort());
    expect((await ids('marmalade', { tags: ['feedback'] })).sort()).toEqual([a2, b1].sort());
    expect(await ids('marmalade', { tags: ['career', 'feedback'] })).toEqual([a2]);
    expect((await ids('marmalade', { dateFrom: '2024-06-01', dateTo: '2024-07-30' })).sort()).toEqual([a2, b1].sort());
    expect(await ids('marmalade', { dateTo: '2024-05-01' })).toEqual([a1]);
  });

  it('pages with a stable order and a total', async () => {
    const all = await search('marmalade');
    expect(all.total).toBe(3);
    const pages = [await search('marmalade', { limit: 2 }), await search('marmalade', { limit: 2, offset: 2 })];
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.rows.map((r) => r.id));
    expect(pages.map((p) => p.total)).toEqual([3, 3]);
  });

  it('returns tags and dates with each hit', async () => {
    const hit = (await search('marmalade', { tags: ['career', 'feedback'] })).rows[0]!;
    expect(hit).toMatchObject({ tags: ['career', 'feedback'], createdAt: '2024-06-15T10:00:00.000Z', menteeId: ada });
  });
});

describe('the index stays in step', () => {
  it('after an edit the old words are gone and the new ones found', async () => {
    const id = await note(ada, 'Obsidian', 'before the edit: capybara');
    await h.ok('notes.update', { id, note: { menteeId: ada, title: 'Basalt', body: 'after the edit: wombat' } });
    expect(await ids('capybara')).toEqual([]);
    expect(await ids('obsidian')).toEqual([]);
    expect(await ids('wombat')).toEqual([id]);
    expect(await ids('basalt')).toEqual([id]);
  });

  it('after a delete the words are gone', async () => {
    const id = await note(ben, 'Narwhal', 'tapir tapir');
    expect(await ids('tapir')).toEqual([id]);
    await h.ok('notes.delete', { id });
    expect(await ids('tapir')).toEqual([]);
    expect(await ids('narwhal')).toEqual([]);
  });

  it('changing only tags or the mentee keeps the words indexed; FTS5 integrity check passes', async () => {
    const id = await note(ada, '', 'pangolin', ['a']);
    await h.ok('notes.update', { id, note: { menteeId: ben, body: 'pangolin', tags: ['b'] } });
    expect(await ids('pangolin', { menteeId: ben, tags: ['b'] })).toEqual([id]);
    expect(() => h.db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });
});

describe('hostile and odd queries', () => {
  const hostile = [
    '"unbalanced',
    'AND OR NEAR(',
    'NEAR(a b, 3)',
    'NOT',
    'OR',
    'a OR',
    '*',
    '"*"',
    'title:secret',
    '{title body}: x',
    '^start',
    '(((',
    ')',
    '"" "" ""',
    'a"b"c',
    "'; DROP TABLE notes; --",
    '-',
    '--x',
    '\u0000\u0002\u0003',
    '💥 emoji',
    'col:',
    'x'.repeat(500),
    'a* b* c* d*',
    'NEAR',
    '+ - * /',
  ];
  it.each(hostile)('%j answers with results or INVALID_INPUT, never INTERNAL', async (query) => {
    const result = await h.call('notes.search', { query });
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues?.[0]?.path).toEqual(['query']);
    }
    expect(h.unexpected).toEqual([]);
  });

  it('queries of nothing but operators or punctuation are a clear INVALID_INPUT', async () => {
    for (const query of ['*', 'OR', '-', '"" ""', '-excluded']) {
      const error = await h.fail('notes.search', { query });
      expect(error.code, query).toBe('INVALID_INPUT');
      expect(error.message, query).toMatch(/word/);
    }
    expect((await h.fail('notes.search', { query: '   ' })).code).toBe('INVALID_INPUT');
    expect((await h.fail('notes.search', { query: 'x'.repeat(501) })).code).toBe('INVALID_INPUT');
  });

  it('any string at all: results or INVALID_INPUT (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom(...'ab"*-() ORNEA:^{}+\'\\é€💥\u0002'.split(''), 'OR', 'AND', 'NOT', 'NEAR') }), async (query) => {
        const result = await h.call('notes.search', { query });
        return result.ok || result.error.code === 'INVALID_INPUT';
      }),
      { numRuns: 300 },
    );
    expect(h.unexpected).toEqual([]);
  });

  it('the query builder quotes every term, so FTS5 never sees an operator the user typed', () => {
    expect(toFtsQuery('NEAR(a b')).toBe('("NEAR(a" AND "b")');
    expect(toFtsQuery('deleg* "design review" OR x -y')).toBe('(("deleg"* AND "design review") OR ("x")) NOT "y"');
    expect(toFtsQuery('say "hi')).toBe('("say" AND "hi")');
    expect(toFtsQuery('a"b')).toBe('("a" AND "b")');
  });
});
