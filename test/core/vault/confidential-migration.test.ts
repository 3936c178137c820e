import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/vault/migrations';
import { confidential } from '../../../src/main/vault/migrations/003-confidential';
import type { Vault } from '../../../src/main/vault/vault';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey } from '../../helpers/vault';

/** Migration 003: the tables, the triggers that keep the promises, and the indexes the queries use. */
let dir: string;
let vault: Vault;

beforeAll(async () => {
  dir = makeTempDir('confidential-migration');
  const { path, key } = await createTestVault(join(dir, 'v.mentorvault'));
  vault = openWithKey(path, key);
});
afterAll(() => {
  vault?.close();
  removeTempDir(dir);
});

const names = (type: string) =>
  vault.db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all(type) as string[];
const plan = (query: string) =>
  (vault.db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 003 (confidential)', () => {
  it('is listed as version 3 and has run', () => {
    expect(MIGRATIONS).toContain(confidential);
    expect(confidential.version).toBe(3);
    expect(vault.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
  });

  it('creates the tables, STRICT, and the FTS5 table with secure-delete and title-weighted rank', () => {
    expect(names('table')).toEqual(expect.arrayContaining(['notes', 'note_tags', 'notes_fts', 'escalations', 'escalation_entries']));
    for (const table of ['notes', 'note_tags', 'escalations', 'escalation_entries']) {
      const sql = vault.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
      expect(sql, table).toMatch(/\)\s*STRICT/);
    }
    const config = Object.fromEntries(
      (vault.db.prepare('SELECT k, v FROM notes_fts_config').all() as { k: string; v: unknown }[]).map((r) => [r.k, r.v]),
    );
    expect(config['secure-delete']).toBe(1);
    expect(config.rank).toBe('bm25(10.0, 1.0)');
  });

  it('creates the append-only, state and index-sync triggers', () => {
    expect(names('trigger')).toEqual(
      expect.arrayContaining([
        'notes_fts_after_insert',
        'notes_fts_after_update',
        'notes_fts_after_delete',
        'escalation_entries_no_update',
        'escalation_entries_no_delete',
        'escalation_entries_append_in_order',
        'escalation_entries_move_state',
        'escalations_start_clean',
        'escalations_no_delete',
        'escalations_details_fixed',
        'escalations_state_follows_entries',
      ]),
    );
  });

  it('escalations keep their mentee: ON DELETE RESTRICT; notes go with theirs: CASCADE', () => {
    const fk = (table: string) => vault.db.prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list('${table}')`).all();
    expect(fk('escalations')).toContainEqual({ table: 'mentees', on_delete: 'RESTRICT' });
    expect(fk('notes')).toContainEqual({ table: 'mentees', on_delete: 'CASCADE' });
    expect(fk('notes')).not.toContainEqual(expect.objectContaining({ table: 'meetings' }));
  });

  it('the queries use their indexes', () => {
    expect(plan('SELECT id FROM escalations e ORDER BY e.status_rank, e.severity_rank, e.opened_at, e.id LIMIT 50')).toMatch(/escalations_by_urgency/);
    expect(plan('SELECT id FROM escalations e WHERE e.mentee_id = 1 ORDER BY e.status_rank, e.severity_rank, e.opened_at')).toMatch(/escalations_by_mentee/);
    expect(plan('SELECT id FROM notes n WHERE n.mentee_id = 1 ORDER BY n.updated_at DESC LIMIT 50')).toMatch(/notes_by_mentee/);
    expect(plan('SELECT id FROM notes n ORDER BY n.updated_at DESC LIMIT 50')).toMatch(/notes_by_updated/);
    expect(plan("SELECT id FROM notes n WHERE n.created_at >= '2025-01-01'")).toMatch(/notes_by_created/);
    expect(plan('SELECT * FROM escalation_entries WHERE escalation_id = 1 ORDER BY sequence')).toMatch(/sqlite_autoindex_escalation_entries/);
  });
});
