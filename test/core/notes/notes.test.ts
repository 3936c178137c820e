import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOTE_BODY } from '../../../src/shared/notes/schema';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/** Private notes through the real router: create, edit, delete, list, tags, refusals. */
let h: Harness;
let ada: number;
let ben: number;

beforeAll(async () => {
  h = await openHarness('notes');
  ada = await h.mentee('Ada Lovelace');
  ben = await h.mentee('Ben Okafor');
});
afterAll(() => h.close());

describe('notes: create, edit, delete', () => {
  it('creates a note with normalised tags, marked confidential', async () => {
    const note = await h.ok('notes.create', { menteeId: ada, title: ' First chat ', body: '## Aims\n- **lead** a project', tags: ['#Career Growth', 'career-growth', 'Skills'] });
    expect(note).toMatchObject({ menteeId: ada, menteeName: 'Ada Lovelace', meetingId: null, title: 'First chat', tags: ['career-growth', 'skills'], confidential: true });
    expect(note.body).toBe('## Aims\n- **lead** a project');
    expect(await h.ok('notes.get', { id: note.id })).toEqual(note);
  });

  it('keeps a link to one of the mentee\'s meetings, and refuses another mentee\'s', async () => {
    const meeting = await h.ok('meetings.create', { menteeId: ada, kind: 'informal-touchpoint', date: '2030-01-07', time: '10:00' });
    const note = await h.ok('notes.create', { menteeId: ada, meetingId: meeting.id, body: 'About that meeting' });
    expect(note.meetingId).toBe(meeting.id);
    const listed = await h.ok('notes.list', { meetingId: meeting.id });
    expect(listed.rows.map((r) => r.id)).toEqual([note.id]);
    expect(await h.fail('notes.create', { menteeId: ben, meetingId: meeting.id, body: 'x' })).toMatchObject({ code: 'INVALID_INPUT', message: /^meetingId:/ });
  });

  it('drops control characters, so the highlight markers can never come from note text', async () => {
    const note = await h.ok('notes.create', { menteeId: ada, title: 'a\u0002b', body: 'x\u0003y\u0000z\tw\nv' });
    expect(note.title).toBe('ab');
    expect(note.body).toBe('xyz\tw\nv');
  });

  it('edits a note, replacing its tags, and refuses a stale save', async () => {
    const note = await h.ok('notes.create', { menteeId: ada, title: 'Draft', body: 'one', tags: ['a', 'b'] });
    const edited = await h.ok('notes.update', { id: note.id, note: { menteeId: ben, title: 'Final', body: 'two', tags: ['b', 'c'] }, expectedUpdatedAt: note.updatedAt });
    expect(edited).toMatchObject({ menteeId: ben, menteeName: 'Ben Okafor', title: 'Final', body: 'two', tags: ['b', 'c'], createdAt: note.createdAt, confidential: true });
    expect(edited.updatedAt > note.updatedAt).toBe(true);
    const stale = await h.fail('notes.update', { id: note.id, note: { menteeId: ben, body: 'three' }, expectedUpdatedAt: note.updatedAt });
    expect(stale.code).toBe('CONFLICT');
    expect((await h.ok('notes.get', { id: note.id })).body).toBe('two');
  });

  it('deletes a note and its tags', async () => {
    const note = await h.ok('notes.create', { menteeId: ben, body: 'short-lived', tags: ['ephemeral'] });
    expect(await h.ok('notes.delete', { id: note.id })).toEqual({ deleted: true });
    expect((await h.fail('notes.get', { id: note.id })).code).toBe('NOT_FOUND');
    expect((await h.fail('notes.delete', { id: note.id })).code).toBe('NOT_FOUND');
    expect(h.db.prepare("SELECT count(*) FROM note_tags WHERE tag = 'ephemeral'").pluck().get()).toBe(0);
  });

  it('deleting a mentee deletes their notes and their words in the index', async () => {
    const carl = await h.mentee('Carl Temp');
    await h.ok('notes.create', { menteeId: carl, body: 'quokkasaurus sighting', tags: ['temp'] });
    expect((await h.ok('notes.search', { query: 'quokkasaurus' })).total).toBe(1);
    await h.ok('mentees.delete', { id: carl, confirmName: 'Carl Temp' });
    expect((await h.ok('notes.search', { query: 'quokkasaurus' })).total).toBe(0);
    h.db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
  });
});

describe('notes: refusals name the field', () => {
  const cases: [string, unknown, string][] = [
    ['no mentee', { body: 'x' }, 'menteeId'],
    ['mentee id not a number', { menteeId: 'one', body: 'x' }, 'menteeId'],
    ['empty note', { menteeId: 1, title: '', body: '   ' }, 'body'],
    ['body too long', { menteeId: 1, body: 'x'.repeat(MAX_NOTE_BODY + 1) }, 'body'],
    ['title too long', { menteeId: 1, title: 't'.repeat(201), body: 'x' }, 'title'],
    ['bad tag', { menteeId: 1, body: 'x', tags: ['ok', 'no way!'] }, 'tags.1'],
    ['empty tag', { menteeId: 1, body: 'x', tags: ['#'] }, 'tags.0'],
    ['too many tags', { menteeId: 1, body: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
    ['unknown key', { menteeId: 1, body: 'x', secret: true }, ''],
  ];
  it.each(cases)('%s', async (_label, input, field) => {
    const error = await h.fail('notes.create', input);
    expect(error.code).toBe('INVALID_INPUT');
    if (field) expect(error.issues?.map((i) => i.path.join('.'))).toContain(field);
  });

  it('a missing mentee is NOT_FOUND, naming menteeId', async () => {
    const error = await h.fail('notes.create', { menteeId: 9999, body: 'x' });
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    expect(error.issues?.[0]?.path).toEqual(['menteeId']);
  });

  it('a date range the wrong way round is refused on dateTo', async () => {
    const error = await h.fail('notes.list', { dateFrom: '2025-02-01', dateTo: '2025-01-01' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['dateTo']);
  });

  it('error messages never quote the note text', async () => {
    const error = await h.fail('notes.create', { menteeId: 1, title: 'SECRET-TITLE-'.repeat(20), body: 'SECRET-BODY' });
    expect(JSON.stringify(error)).not.toMatch(/SECRET/);
  });
});

describe('notes: list, filters and tags', () => {
  let dana: number;
  beforeAll(async () => {
    dana = await h.mentee('Dana List');
    const at = (id: number, iso: string) => h.db.prepare('UPDATE notes SET created_at = ?, updated_at = ? WHERE id = ?').run(iso, iso, id);
    const n1 = await h.ok('notes.create', { menteeId: dana, title: 'Alpha', body: 'first', tags: ['career', 'feedback'] });
    const n2 = await h.ok('notes.create', { menteeId: dana, title: 'beta', body: 'second', tags: ['career'] });
    const n3 = await h.ok('notes.create', { menteeId: dana, title: 'Gamma', body: '**third** [link](https://example.org)', tags: ['feedback'] });
    at(n1.id, '2025-01-10T09:00:00.000Z');
    at(n2.id, '2025-02-10T23:59:59.999Z');
    at(n3.id, '2025-03-10T00:00:00.000Z');
  });

  const titles = async (input: Parameters<Harness['ok']>[1]) => (await h.ok('notes.list', input as never)).rows.map((r) => r.title);

  it('filters by mentee, sorted newest first by default, with plain excerpts', async () => {
    const page = await h.ok('notes.list', { menteeId: dana });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.title)).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(page.rows[0]).toMatchObject({ excerpt: 'third link', confidential: true, menteeName: 'Dana List' });
  });

  it('filters by every given tag', async () => {
    expect(await titles({ menteeId: dana, tags: ['career'] })).toEqual(['beta', 'Alpha']);
    expect(await titles({ menteeId: dana, tags: ['career', 'Feedback'] })).toEqual(['Alpha']);
    expect(await titles({ menteeId: dana, tags: ['nothing'] })).toEqual([]);
  });

  it('filters by creation date, both ends inclusive', async () => {
    expect(await titles({ menteeId: dana, dateFrom: '2025-02-10', dateTo: '2025-03-10' })).toEqual(['Gamma', 'beta']);
    expect(await titles({ menteeId: dana, dateTo: '2025-02-09' })).toEqual(['Alpha']);
  });

  it('sorts by title and pages', async () => {
    expect(await titles({ menteeId: dana, sort: 'title', direction: 'asc' })).toEqual(['Alpha', 'beta', 'Gamma']);
    const page = await h.ok('notes.list', { menteeId: dana, sort: 'title', direction: 'asc', offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, rows: [{ title: 'beta' }] });
  });

  it('counts tags, overall and per mentee', async () => {
    expect(await h.ok('notes.tags', { menteeId: dana })).toEqual([
      { tag: 'career', count: 2 },
      { tag: 'feedback', count: 2 },
    ]);
    const all = await h.ok('notes.tags', {});
    expect(all.find((t) => t.tag === 'career')?.count).toBeGreaterThanOrEqual(2);
  });

  it('the tag filter is served by the note_tags primary key', () => {
    const plan = h.db
      .prepare("EXPLAIN QUERY PLAN SELECT n.id FROM notes n WHERE n.id IN (SELECT note_id FROM note_tags WHERE tag = 'career')")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/note_tags USING (COVERING INDEX|PRIMARY KEY)/);
  });
});
