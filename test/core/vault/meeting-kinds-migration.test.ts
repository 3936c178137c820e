import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyKey, configure } from '../../../src/main/vault/connection';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { KeyMaterial, newestKdf, newSalt } from '../../../src/main/vault/kdf';
import { migrate } from '../../../src/main/vault/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite, type Db } from '../../../src/main/vault/sqlite';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

/** Migration 009: meeting kinds move from CHECK lists into a table, on a vault full of meetings. */
let dir: string;
let db: Db;
let before: { counts: Record<string, number>; meetings: unknown[]; companions: string[] };

const key = new KeyMaterial(randomBytes(32), newSalt(), newestKdf());
const tableNames = (d: Db) => d.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
// The sync migration (a later step) adds its own change-capture triggers: not 009's to put back.
const companions = (d: Db) =>
  d.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name IN ('meetings', 'agenda_template_items') AND type IN ('index', 'trigger') AND sql IS NOT NULL AND name NOT LIKE 'sync_capture_%' ORDER BY name").pluck().all() as string[];

beforeAll(() => {
  dir = makeTempDir('meeting-kinds');
  db = createSqlite(join(dir, 'before-009.mentorvault'));
  applyKey(db, key);
  configure(db);
  // The vault as the app before 009 left it, then filled through the stores.
  migrate(db, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version < 9) });
  // Today's stores fill it, and they write a column a later migration (015) adds: it is there while
  // filling and gone again before migrating, as a vault before 009 never had it.
  // So do escalation entries with the device id (014) and their device and clock (016); their
  // chains are not what this test checks.
  db.exec('ALTER TABLE mentees ADD COLUMN document_locale TEXT');
  db.exec("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO sync_state VALUES ('device_id', 'ABCDEF0123456789')");
  db.exec("ALTER TABLE escalation_entries ADD COLUMN device TEXT NOT NULL DEFAULT 'vault'; ALTER TABLE escalation_entries ADD COLUMN clock TEXT NOT NULL DEFAULT ''");
  fillDemoVault(db, { mentees: 4, seed: 9, practice: false, feedback: false });
  db.exec('ALTER TABLE mentees DROP COLUMN document_locale');
  db.exec('DROP TABLE sync_state; ALTER TABLE escalation_entries DROP COLUMN device; ALTER TABLE escalation_entries DROP COLUMN clock');
  // A column another migration might add: the rebuild must keep it and its values.
  db.exec("ALTER TABLE meetings ADD COLUMN room TEXT NOT NULL DEFAULT ''; UPDATE meetings SET room = 'Room ' || id WHERE id % 2 = 0");
  before = {
    counts: Object.fromEntries(tableNames(db).map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number])),
    meetings: db.prepare('SELECT * FROM meetings ORDER BY id').all(),
    companions: companions(db),
  };
  expect(before.counts.meetings).toBeGreaterThan(10);
  expect(before.counts.meeting_agenda_items).toBeGreaterThan(10);
  migrate(db, { backupPath: undefined });
});

afterAll(() => {
  db?.close();
  removeTempDir(dir);
});

describe('migration 009, meeting kinds as data', () => {
  it('keeps every row of every table, the meetings exactly, and their children (nothing cascaded)', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, count] of Object.entries(before.counts)) expect(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(count);
    expect(db.prepare('SELECT * FROM meetings ORDER BY id').all()).toEqual(before.meetings);
  });

  it('puts back the indexes and triggers of the rebuilt tables, and leaves foreign keys on and satisfied', () => {
    expect(companions(db)).toEqual(before.companions);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('has no list of kinds left in a table definition; the kinds are rows', () => {
    const definitions = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%formal-review%'").pluck().all();
    expect(definitions).toEqual([]);
    expect(db.prepare('SELECT kind FROM meeting_kinds ORDER BY kind').pluck().all()).toEqual([
      'async-exercise',
      'focused-session',
      'formal-review',
      'informal-touchpoint',
      'pilot-review',
    ]);
  });

  it('takes a new kind as an INSERT, and refuses a kind that is not a row', () => {
    const id = db.prepare('SELECT id FROM meetings ORDER BY id LIMIT 1').pluck().get() as number;
    expect(() => db.prepare("UPDATE meetings SET kind = 'walking-one-on-one' WHERE id = ?").run(id)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.prepare("INSERT INTO agenda_template_items (kind, position, title, planned_minutes, context) VALUES ('walking-one-on-one', 0, 'Walk', 30, 'free')").run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    db.prepare("INSERT INTO meeting_kinds (kind) VALUES ('walking-one-on-one')").run();
    db.prepare("UPDATE meetings SET kind = 'walking-one-on-one', converted_from = 'formal-review' WHERE id = ?").run(id);
    expect(db.prepare('SELECT kind, converted_from FROM meetings WHERE id = ?').get(id)).toEqual({ kind: 'walking-one-on-one', converted_from: 'formal-review' });
    // A kind in use cannot be removed from under its meetings.
    expect(() => db.prepare("DELETE FROM meeting_kinds WHERE kind = 'walking-one-on-one'").run()).toThrow(/FOREIGN KEY constraint failed/);
  });
});
