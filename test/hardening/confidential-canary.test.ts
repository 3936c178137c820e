import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEscalation } from '../../src/main/features/escalations/queries';
import { getNote } from '../../src/main/features/notes/store';
import type { Vault } from '../../src/main/vault/vault';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, openWithKey } from '../helpers/vault';
import { fillCanaries } from '../helpers/canaries';

/** The canary helper really fills every confidential column (so "no canary leaked" means something). */
let dir: string;
let vault: Vault;

beforeAll(async () => {
  dir = makeTempDir('canary');
  const { path, key } = await createTestVault(join(dir, 'v.mentorvault'));
  vault = openWithKey(path, key);
});
afterAll(() => {
  vault?.close();
  removeTempDir(dir);
});

/** Text columns of the confidential tables that hold user-written content. */
const CONFIDENTIAL_COLUMNS: Record<string, string[]> = {
  notes: ['title', 'body'],
  note_tags: ['tag'],
  escalations: ['title', 'summary', 'initial_need_to_know', 'need_to_know'],
  escalation_entries: ['what', 'informed', 'outcome'],
};

describe('canaries', () => {
  it('every confidential column holds a canary, and every canary is stored', () => {
    const canaries = fillCanaries(vault.db);
    expect(new Set(canaries.all).size).toBe(canaries.all.length);
    for (const [table, columns] of Object.entries(CONFIDENTIAL_COLUMNS)) {
      for (const column of columns) {
        const values = vault.db.prepare(`SELECT ${column} FROM ${table}`).pluck().all() as string[];
        expect(values.length, `${table}.${column}`).toBeGreaterThan(0);
        for (const v of values) expect(canaries.all.some((c) => v.includes(c)), `${table}.${column}`).toBe(true);
      }
    }
    const changed = vault.db.prepare('SELECT new_need_to_know FROM escalation_entries WHERE new_need_to_know IS NOT NULL').pluck().all() as string[];
    expect(changed.join()).toContain(canaries.byField['entry.statusChange.needToKnow']);

    const stored = JSON.stringify([getNote(vault.db, canaries.noteId), getEscalation(vault.db, canaries.escalationId)]);
    for (const c of canaries.all) expect(stored, c).toContain(c);
  });

  it('covers every text column the confidential tables have (a new one needs a canary)', () => {
    const known = new Set(['id', 'mentee_id', 'meeting_id', 'created_at', 'updated_at', 'note_id', 'category', 'initial_severity', 'opened_at', 'genesis_hash', 'status', 'severity', 'entry_count', 'head_hash', 'status_rank', 'severity_rank', 'escalation_id', 'sequence', 'kind', 'occurred_at', 'recorded_at', 'corrects_entry_id', 'new_status', 'new_severity', 'new_need_to_know', 'prev_hash', 'hash',
      // The device chain an entry belongs to (a random id, never a name) and its clock reading.
      'device', 'clock']);
    for (const [table, columns] of Object.entries(CONFIDENTIAL_COLUMNS)) {
      const all = (vault.db.prepare(`SELECT name FROM pragma_table_xinfo('${table}')`).pluck().all() as string[]).filter((n) => !known.has(n));
      expect(all.sort(), table).toEqual([...columns].sort());
    }
  });
});
