import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
// The escalation hash-chain check registers itself on import, as the app's handlers do.
import '../../../src/main/features/escalations/verify-check';
import { readSchedule, writeSchedule } from '../../../src/main/features/backup/schedule';
import { buildJsonExport } from '../../../src/main/features/data-export/export-json';
import { serializeExport } from '../../../src/main/features/data-export/file';
import { importJsonText } from '../../../src/main/features/data-export/import-json';
import { dataTables } from '../../../src/main/features/data-export/schema-graph';
import type { Db } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import { runDomainChecks, verifyDatabase } from '../../../src/main/vault/verify';
import type { JsonExportDocument } from '../../../src/shared/data-export/document';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';
import { dumpTable } from '../backup/harness';

const NOTE_CANARY = 'CANARY-note-body-5f1c9e';

let dir: string;
let source: Vault;
let made = 0;

beforeAll(async () => {
  dir = makeTempDir('json-roundtrip');
  source = await Vault.create(join(dir, 'source.mentorvault'), PASSPHRASE);
  fillDemoVault(source.db, { mentees: 8, seed: 13 });
  source.db.prepare('UPDATE notes SET body = body || ? WHERE id = (SELECT min(id) FROM notes)').run(` ${NOTE_CANARY}`);
  writeSchedule(source.db, { frequency: 'daily', keep: 4, folder: '/home/mentor/Backups' });
});

afterAll(() => {
  source.close();
  removeTempDir(dir);
});

async function newVault(): Promise<Vault> {
  return Vault.create(join(dir, `target-${++made}.mentorvault`), PASSPHRASE);
}

const isBackupSetting = (row: unknown[]) => !String(row[0]).startsWith('backup.');

/** A table's rows, sorted; machine-local backup settings left out of `settings`. */
function rowsOf(db: Db, table: string): string {
  return dumpTable(db, table, table === 'settings' ? isBackupSetting : undefined);
}

function triggers(db: Db): string {
  return JSON.stringify(db.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all());
}

describe('JSON export and import round trip', () => {
  it('a full export (confidential included) imported into a new vault reproduces every table exactly', async () => {
    const doc = buildJsonExport(source.db, { scope: { kind: 'all' }, includeConfidential: true });
    const tables = dataTables(source.db).map((t) => t.name);
    expect(Object.keys(doc.tables).sort()).toEqual([...tables].sort());
    expect(tables).not.toContain('vault_meta');
    expect(tables.some((t) => t.startsWith('notes_fts'))).toBe(false);
    const text = serializeExport(doc);
    expect(JSON.parse(text)).toEqual(doc);

    const target = await newVault();
    try {
      const triggersBefore = triggers(target.db);
      const result = importJsonText(target.db, text);
      expect(result.rows).toBe(Object.values(doc.tables).reduce((n, rows) => n + rows.length, 0));

      for (const table of tables) expect(rowsOf(target.db, table), `table ${table}`).toBe(rowsOf(source.db, table));
      expect(triggers(target.db)).toBe(triggersBefore);
      // Derived data rebuilt, chains intact, the whole file sound.
      target.db.prepare("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')").run();
      const match = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'CANARY' ORDER BY rowid";
      expect(target.db.prepare(match).pluck().all()).toEqual(source.db.prepare(match).pluck().all());
      expect(target.db.prepare('SELECT count(*) FROM escalation_entries').pluck().get()).toBeGreaterThan(0);
      expect(runDomainChecks(target.db)).toEqual([]);
      expect(verifyDatabase(target.db).problems).toEqual([]);

      // Exporting the imported vault gives the same document.
      const again = buildJsonExport(target.db, { scope: { kind: 'all' }, includeConfidential: true, now: new Date(doc.exportedAt) });
      expect(again).toEqual(doc);
    } finally {
      target.close();
    }
  });

  it('leaves the machine-local backup settings out, and the target keeps its own', async () => {
    const doc = buildJsonExport(source.db, { scope: { kind: 'all' }, includeConfidential: false });
    expect(JSON.stringify(doc.tables.settings ?? [])).not.toContain('backup.');
    const target = await newVault();
    try {
      writeSchedule(target.db, { frequency: 'weekly', keep: 2, folder: '/elsewhere' });
      importJsonText(target.db, serializeExport(doc));
      expect(readSchedule(target.db)).toMatchObject({ frequency: 'weekly', folder: '/elsewhere' });
    } finally {
      target.close();
    }
  });
});

describe('older exports', () => {
  it('an export from an older schema imports; tables it does not list keep what the new vault starts with', async () => {
    const doc = buildJsonExport(source.db, { scope: { kind: 'all' }, includeConfidential: false });
    // As schema 1 wrote it: only the foundation's tables.
    const foundation = ['settings', 'mentees', 'career_aims', 'mentee_traits', 'interests'];
    const older = { ...doc, schemaVersion: 1, tables: Object.fromEntries(foundation.map((t) => [t, doc.tables[t]!])) };
    const target = await newVault();
    try {
      const competencies = rowsOf(target.db, 'competencies');
      importJsonText(target.db, serializeExport(older));
      for (const table of foundation) expect(rowsOf(target.db, table), table).toBe(rowsOf(source.db, table));
      expect(rowsOf(target.db, 'competencies')).toBe(competencies);
    } finally {
      target.close();
    }
  });
});

describe('confidential tables', () => {
  it('are left out unless asked for, and none of their text reaches the file', () => {
    const all = dataTables(source.db);
    const confidential = all.filter((t) => t.confidential).map((t) => t.name);
    expect(confidential).toEqual(expect.arrayContaining(['notes', 'note_tags', 'escalations', 'escalation_entries']));
    expect(all.filter((t) => !t.confidential).map((t) => t.name)).toEqual(expect.arrayContaining(['mentees', 'settings']));

    const plain = serializeExport(buildJsonExport(source.db, { scope: { kind: 'all' }, includeConfidential: false }));
    const doc = JSON.parse(plain) as JsonExportDocument;
    expect(doc.includesConfidential).toBe(false);
    for (const name of confidential) expect(Object.keys(doc.tables)).not.toContain(name);
    expect(plain).not.toContain(NOTE_CANARY);

    // Every text value held only in confidential tables is a canary: it must not appear
    // as a value anywhere in the file (words of it may, in other records' own text).
    const elsewhere = new Set<string>();
    for (const t of all.filter((t) => !t.confidential)) {
      for (const row of source.db.prepare(`SELECT * FROM "${t.name}"`).raw().all() as unknown[][]) for (const v of row) elsewhere.add(String(v));
    }
    const canaries = new Set<string>();
    for (const name of confidential) {
      for (const row of source.db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]) {
        for (const v of row) if (typeof v === 'string' && v.length >= 8 && !elsewhere.has(v)) canaries.add(v);
      }
    }
    expect(canaries.size).toBeGreaterThan(10);
    for (const canary of canaries) expect(plain.includes(JSON.stringify(canary)), 'confidential text in the export').toBe(false);

    const full = serializeExport(buildJsonExport(source.db, { scope: { kind: 'all' }, includeConfidential: true }));
    expect(full).toContain(NOTE_CANARY);
  });
});

describe('one mentee', () => {
  it('holds that mentee’s rows and the shared rows they point at, and imports on its own', async () => {
    const menteeId = source.db
      .prepare('SELECT mentee_id FROM notes GROUP BY mentee_id ORDER BY count(*) DESC, mentee_id LIMIT 1')
      .pluck()
      .get() as number;
    const doc = buildJsonExport(source.db, { scope: { kind: 'mentee', menteeId }, includeConfidential: true });

    expect(doc.scope).toEqual({ kind: 'mentee', menteeId });
    expect(doc.tables.mentees!.map((r) => r.id)).toEqual([menteeId]);
    expect(doc.tables.settings).toBeUndefined();
    for (const [name, rows] of Object.entries(doc.tables)) {
      for (const row of rows) if ('mentee_id' in row) expect(row.mentee_id, name).toBe(menteeId);
    }
    // Reached through a parent: every note tag belongs to one of this mentee's notes.
    const noteIds = new Set(doc.tables.notes!.map((r) => r.id));
    expect(doc.tables.note_tags!.length).toBeGreaterThan(0);
    expect(doc.tables.note_tags!.every((r) => noteIds.has(r.note_id!))).toBe(true);
    const entries = source.db
      .prepare('SELECT count(*) FROM escalation_entries e JOIN escalations x ON x.id = e.escalation_id WHERE x.mentee_id = ?')
      .pluck()
      .get(menteeId);
    expect(doc.tables.escalation_entries ?? []).toHaveLength(entries as number);

    const target = await newVault();
    try {
      importJsonText(target.db, serializeExport(doc));
      const back = buildJsonExport(target.db, { scope: { kind: 'all' }, includeConfidential: true, now: new Date(doc.exportedAt) });
      for (const [name, rows] of Object.entries(doc.tables)) expect(back.tables[name], name).toEqual(rows);
      expect(runDomainChecks(target.db)).toEqual([]);
    } finally {
      target.close();
    }
  });

  it('refuses a mentee that does not exist', () => {
    expect(() => buildJsonExport(source.db, { scope: { kind: 'mentee', menteeId: 987654 }, includeConfidential: false })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
