import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import { VaultError } from '../../../src/main/vault/vault-error';
import {
  archiveMentee,
  createMentee,
  deleteMentee,
  getMentee,
  listMentees,
  updateMentee,
} from '../../../src/main/features/mentees/store';
import { listMenteesInput, menteeProfile, type MenteeProfileInput } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { dumpHash, PASSPHRASE } from '../../helpers/vault';

/** The mentees store on a real vault: what the handlers call after the bridge's parse. */
let dir: string;
let vault: Vault;
let db: Db;

beforeAll(async () => {
  dir = makeTempDir('mentees');
  vault = await Vault.create(join(dir, 'mentees.mentorvault'), PASSPHRASE);
  db = vault.db;
});

afterAll(() => {
  vault.close();
  removeTempDir(dir);
});

const create = (input: MenteeProfileInput) => createMentee(db, menteeProfile.parse(input));
const list = (input: Record<string, unknown> = {}) => listMentees(db, listMenteesInput.parse(input));

function expectCode(fn: () => unknown, code: string): VaultError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VaultError);
    expect((err as VaultError).code).toBe(code);
    return err as VaultError;
  }
  throw new Error(`expected ${code}`);
}

/** Rows in every table that points at mentees (today's and later migrations' alike). */
function childRows(menteeId: number): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const fks = db.prepare(`SELECT "from", "table" FROM pragma_foreign_key_list(?)`).all(table) as { from: string; table: string }[];
    for (const fk of fks.filter((f) => f.table === 'mentees')) {
      counts[`${table}.${fk.from}`] = db.prepare(`SELECT count(*) FROM "${table}" WHERE "${fk.from}" = ?`).pluck().get(menteeId) as number;
    }
  }
  return counts;
}

describe('create and get', () => {
  it('stores the whole profile and returns it with ids, defaults applied', () => {
    const m = create({
      name: '  Amara Okafor  ',
      role: 'Backend engineer',
      team: 'Payments',
      startDate: '2025-03-01',
      status: 'active',
      aspirations: 'Lead a platform team within three years.',
      careerAims: [{ title: 'Tech lead', horizon: '2 years' }, { title: 'Engineering manager' }],
      strengths: ['Debugging', 'Mentoring juniors'],
      gaps: ['Public speaking'],
      interests: [{ area: 'Distributed systems', wantsExposure: true }, { area: 'Hiring', longTermAspiration: true, notes: 'Join panels' }],
    });
    expect(m).toMatchObject({
      name: 'Amara Okafor', // trimmed by the schema
      role: 'Backend engineer',
      team: 'Payments',
      startDate: '2025-03-01',
      status: 'active',
      archived: false,
      aspirations: 'Lead a platform team within three years.',
      strengths: ['Debugging', 'Mentoring juniors'],
      gaps: ['Public speaking'],
    });
    expect(m.careerAims.map((a) => [a.title, a.horizon])).toEqual([
      ['Tech lead', '2 years'],
      ['Engineering manager', ''],
    ]);
    expect(m.careerAims.every((a) => Number.isInteger(a.id) && a.id > 0)).toBe(true);
    expect(m.interests).toEqual([
      { id: expect.any(Number), area: 'Distributed systems', wantsExposure: true, longTermAspiration: false, notes: '' },
      { id: expect.any(Number), area: 'Hiring', wantsExposure: false, longTermAspiration: true, notes: 'Join panels' },
    ]);
    expect(getMentee(db, m.id)).toEqual(m);
  });

  it('a minimal profile gets the defaults', () => {
    const m = create({ name: 'Minimal Person' });
    expect(m).toMatchObject({ role: '', team: '', startDate: null, status: 'prospective', careerAims: [], strengths: [], gaps: [], interests: [] });
  });

  it('NOT_FOUND for an unknown id', () => {
    expectCode(() => getMentee(db, 999_999), 'NOT_FOUND');
  });
});

describe('update', () => {
  it('keeps the ids of career aims sent back, adds new ones, removes the missing ones', () => {
    const m = create({ name: 'Bo Lindqvist', careerAims: [{ title: 'Architect' }, { title: 'Speaker' }, { title: 'Author' }] });
    const [architect, , author] = m.careerAims;
    const updated = updateMentee(
      db,
      m.id,
      menteeProfile.parse({
        name: 'Bo Lindqvist',
        status: 'pilot',
        careerAims: [
          { id: author!.id, title: 'Author of a book', horizon: '5 years' },
          { title: 'Open-source maintainer' },
          { id: architect!.id, title: 'Architect' },
        ],
        strengths: ['Systems thinking'],
      }),
    );
    expect(updated.status).toBe('pilot');
    expect(updated.careerAims.map((a) => a.title)).toEqual(['Author of a book', 'Open-source maintainer', 'Architect']);
    expect(updated.careerAims[0]!.id).toBe(author!.id);
    expect(updated.careerAims[2]!.id).toBe(architect!.id);
    expect(updated.careerAims.map((a) => a.id)).not.toContain(m.careerAims[1]!.id);
    expect(updated.strengths).toEqual(['Systems thinking']);
    expect(updated.updatedAt >= m.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(m.createdAt);
  });

  it("refuses a career aim id of another mentee and changes nothing (one transaction)", () => {
    const a = create({ name: 'Owner Of Aim', careerAims: [{ title: 'Mine' }] });
    const b = create({ name: 'Other Mentee', role: 'Analyst', careerAims: [{ title: 'Theirs' }] });
    const before = dumpHash(db);
    expectCode(
      () => updateMentee(db, b.id, menteeProfile.parse({ name: 'Renamed', careerAims: [{ id: a.careerAims[0]!.id, title: 'Stolen' }] })),
      'NOT_FOUND',
    );
    expect(dumpHash(db)).toBe(before);
    expect(getMentee(db, b.id).name).toBe('Other Mentee');
  });

  it('NOT_FOUND for an unknown id, nothing written', () => {
    const before = dumpHash(db);
    expectCode(() => updateMentee(db, 999_999, menteeProfile.parse({ name: 'Ghost' })), 'NOT_FOUND');
    expect(dumpHash(db)).toBe(before);
  });
});

describe('archive', () => {
  it('archives and unarchives; archived mentees leave the default list', () => {
    const m = create({ name: 'Archie Vale' });
    expect(archiveMentee(db, m.id, true).archived).toBe(true);
    expect(list({ search: 'Archie' }).rows).toEqual([]);
    expect(list({ search: 'Archie', includeArchived: true }).rows.map((r) => [r.name, r.archived])).toEqual([['Archie Vale', true]]);
    expect(archiveMentee(db, m.id, false).archived).toBe(false);
    expect(list({ search: 'Archie' }).rows.map((r) => r.name)).toEqual(['Archie Vale']);
    expectCode(() => archiveMentee(db, 999_999, true), 'NOT_FOUND');
  });
});

describe('list', () => {
  let group: string[];
  beforeAll(() => {
    // A group of its own, found by its team, so the other tests' rows do not matter.
    const rows: MenteeProfileInput[] = [
      { name: 'delta Quinn', team: 'ListTeam', role: 'Designer', status: 'paused', startDate: '2024-05-01' },
      { name: 'Alpha Quinn', team: 'ListTeam', role: 'Engineer', status: 'active', startDate: '2023-01-01' },
      { name: 'charlie Quinn', team: 'ListTeam', role: 'Engineer', status: 'completed', startDate: null },
      { name: 'Bravo Quinn', team: 'ListTeam', role: 'Manager', status: 'pilot', startDate: '2025-09-09' },
      { name: 'Echo 100%_Quinn', team: 'ListTeam', role: 'Writer', status: 'prospective', startDate: '2022-02-02' },
    ];
    group = rows.map((r) => create(r).name);
  });

  it('sorts by name case-insensitively by default, both directions', () => {
    expect(list({ search: 'ListTeam' }).rows.map((r) => r.name)).toEqual([
      'Alpha Quinn',
      'Bravo Quinn',
      'charlie Quinn',
      'delta Quinn',
      'Echo 100%_Quinn',
    ]);
    expect(list({ search: 'ListTeam', direction: 'desc' }).rows.map((r) => r.name)[0]).toBe('Echo 100%_Quinn');
  });

  it('sorts by status, start date and team', () => {
    expect(list({ search: 'ListTeam', sort: 'status' }).rows.map((r) => r.status)).toEqual(['active', 'completed', 'paused', 'pilot', 'prospective']);
    const byDate = list({ search: 'ListTeam', sort: 'startDate' }).rows.map((r) => r.startDate);
    expect(byDate).toEqual([null, '2022-02-02', '2023-01-01', '2024-05-01', '2025-09-09']);
    expect(list({ search: 'ListTeam', sort: 'team' }).total).toBe(5);
  });

  it('searches name, role and team, treating % and _ literally', () => {
    expect(list({ search: 'quinn' }).total).toBe(5);
    expect(list({ search: 'Engineer' }).rows.filter((r) => r.team === 'ListTeam').map((r) => r.name)).toEqual(['Alpha Quinn', 'charlie Quinn']);
    expect(list({ search: '100%_' }).rows.map((r) => r.name)).toEqual(['Echo 100%_Quinn']);
    expect(list({ search: '%' }).rows.map((r) => r.name)).toEqual(['Echo 100%_Quinn']);
    expect(list({ search: '_' }).rows.map((r) => r.name)).toEqual(['Echo 100%_Quinn']);
    expect(list({ search: 'no such person anywhere' })).toEqual({ rows: [], total: 0 });
  });

  it('pages with limit and offset, total counting every match', () => {
    const page1 = list({ search: 'ListTeam', limit: 2, offset: 0 });
    const page2 = list({ search: 'ListTeam', limit: 2, offset: 2 });
    const page3 = list({ search: 'ListTeam', limit: 2, offset: 4 });
    expect([page1.total, page2.total, page3.total]).toEqual([5, 5, 5]);
    expect([...page1.rows, ...page2.rows, ...page3.rows].map((r) => r.name)).toEqual([...group].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(list({ search: 'ListTeam', offset: 50 }).rows).toEqual([]);
  });

  it('returns summaries only', () => {
    const row = list({ search: 'Alpha Quinn' }).rows[0]!;
    expect(Object.keys(row).sort()).toEqual(['archived', 'id', 'name', 'role', 'startDate', 'status', 'team', 'updatedAt']);
  });
});

describe('delete', () => {
  it('requires the exact name, then removes the mentee and every row that belongs to it', () => {
    const m = create({
      name: 'Dana Delete',
      careerAims: [{ title: 'One' }, { title: 'Two' }],
      strengths: ['A'],
      gaps: ['B'],
      interests: [{ area: 'C' }],
    });
    const before = dumpHash(db);
    for (const wrong of ['dana delete', 'Dana Delete ', 'Dana', '']) {
      const error = expectCode(() => deleteMentee(db, m.id, wrong), 'INVALID_INPUT');
      expect(error.issues?.[0]?.path).toEqual(['confirmName']);
    }
    expect(dumpHash(db)).toBe(before);

    const children = childRows(m.id);
    expect(children).toMatchObject({ 'career_aims.mentee_id': 2, 'mentee_traits.mentee_id': 2, 'interests.mentee_id': 1 });
    deleteMentee(db, m.id, 'Dana Delete');
    expectCode(() => getMentee(db, m.id), 'NOT_FOUND');
    expect(Object.values(childRows(m.id)).every((n) => n === 0)).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('NOT_FOUND for an unknown id', () => {
    expectCode(() => deleteMentee(db, 999_999, 'Nobody'), 'NOT_FOUND');
  });
});
