import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { getEscalation, verifyAllEscalations } from '../../../src/main/features/escalations/queries';
import { searchNotes } from '../../../src/main/features/notes/search';
import type { Vault } from '../../../src/main/vault/vault';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey } from '../../helpers/vault';

/** The demo filler: realistic, varied notes and escalation timelines that verify. */
let dir: string;
let vault: Vault;
let bench: Vault;

beforeAll(async () => {
  dir = makeTempDir('confidential-demo');
  const demo = await createTestVault(join(dir, 'demo.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 6, seed: 5 }) });
  vault = openWithKey(demo.path, demo.key);
  const big = await createTestVault(join(dir, 'bench.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 4, seed: 2, notes: 2_000 }) });
  bench = openWithKey(big.path, big.key);
});
afterAll(() => {
  vault?.close();
  bench?.close();
  removeTempDir(dir);
});

const count = (v: Vault, sql: string) => v.db.prepare(sql).pluck().get() as number;

describe('demo confidential data', () => {
  it('several notes per mentee, with varied tags and Markdown (lists, bold, links)', () => {
    const perMentee = vault.db.prepare('SELECT count(*) FROM notes GROUP BY mentee_id').pluck().all() as number[];
    expect(perMentee).toHaveLength(6);
    for (const n of perMentee) expect(n).toBeGreaterThanOrEqual(3);
    expect(count(vault, 'SELECT count(DISTINCT tag) FROM note_tags')).toBeGreaterThanOrEqual(8);
    const bodies = (vault.db.prepare('SELECT body FROM notes').pluck().all() as string[]).join('\n');
    expect(bodies).toMatch(/^- /m);
    expect(bodies).toMatch(/\*\*[^*]+\*\*/);
    expect(bodies).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    expect(searchNotes(vault.db, { query: 'promotion', tags: [], offset: 0, limit: 5 }).total).toBeGreaterThan(0);
  });

  it('escalation records with 2-5 entries, a correction and a closure, all intact', () => {
    expect(verifyAllEscalations(vault.db)).toMatchObject({ records: 3, broken: [] });
    const counts = vault.db.prepare('SELECT entry_count FROM escalations').pluck().all() as number[];
    for (const n of counts) expect(n >= 2 && n <= 5, String(n)).toBe(true);
    const kinds = new Set(vault.db.prepare('SELECT kind FROM escalation_entries').pluck().all() as string[]);
    expect(kinds).toEqual(new Set(['note', 'action', 'correction', 'status-change', 'closure']));
    const closed = vault.db.prepare("SELECT escalation_id FROM escalation_entries WHERE kind = 'closure'").pluck().get() as number;
    expect(getEscalation(vault.db, closed).status).toBe('resolved');
    const statuses = new Set(vault.db.prepare('SELECT status FROM escalations').pluck().all() as string[]);
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('fills an exact number of notes when asked (the benchmark uses 100,000)', () => {
    expect(count(bench, 'SELECT count(*) FROM notes')).toBe(2_000);
    expect(count(bench, 'SELECT count(*) FROM notes_fts WHERE notes_fts MATCH \'"feedback"\'')).toBeGreaterThan(0);
    bench.db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
  });
});
