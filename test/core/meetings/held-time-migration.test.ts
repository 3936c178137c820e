import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyKey, configure } from '../../../src/main/vault/connection';
import { KeyMaterial, newestKdf, newSalt } from '../../../src/main/vault/kdf';
import { migrate } from '../../../src/main/vault/migrate';
import { MIGRATIONS } from '../../../src/main/vault/migrations';
import { createSqlite, type Db } from '../../../src/main/vault/sqlite';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

/**
 * A vault written before held times were kept: its held meetings still carry their
 * planned date. The step keeps the plan and gives them the time they started.
 */
let dir: string;
let db: Db;
const key = new KeyMaterial(randomBytes(32), newSalt(), newestKdf());

beforeAll(() => {
  dir = makeTempDir('held-time-migration');
  db = createSqlite(join(dir, 'old.mentorvault'));
  applyKey(db, key);
  configure(db);
  migrate(db, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version < 6) });
  const now = '2026-11-01T00:00:00.000Z';
  db.prepare("INSERT INTO mentees (id, name, status, created_at, updated_at) VALUES (1, 'Ada Old', 'active', ?, ?)").run(now, now);
  const meeting = db.prepare(
    `INSERT INTO meetings (id, mentee_id, uid, kind, title, local_date, local_time, time_zone, starts_at, planned_minutes, status, origin, started_at, ended_at, created_at, updated_at)
     VALUES (?, 1, ?, 'pilot-review', 'Pilot review', ?, '10:00', 'Europe/Berlin', ?, 45, ?, 'manual', ?, ?, ?, ?)`,
  );
  // Planned for 1 Feb 2027, held on 4 Dec 2026 at 08:15 Berlin time.
  meeting.run(1, randomUUID(), '2027-02-01', '2027-02-01T09:00:00.000Z', 'held', '2026-12-04T07:15:30.000Z', '2026-12-04T08:00:00.000Z', now, now);
  // Still ahead: untouched.
  meeting.run(2, randomUUID(), '2027-03-01', '2027-03-01T09:00:00.000Z', 'planned', null, null, now, now);
  migrate(db, { backupPath: undefined, migrations: MIGRATIONS });
});
afterAll(() => {
  db.close();
  removeTempDir(dir);
});

const row = (id: number) =>
  db.prepare('SELECT local_date, local_time, starts_at, planned_date, planned_time, planned_starts_at, rhythm_moved FROM meetings WHERE id = ?').get(id);

describe('migration 006 on a vault with held meetings', () => {
  it('gives a held meeting the time it started and keeps its plan', () => {
    expect(row(1)).toEqual({
      local_date: '2026-12-04',
      local_time: '08:15',
      starts_at: '2026-12-04T07:15:00.000Z',
      planned_date: '2027-02-01',
      planned_time: '10:00',
      planned_starts_at: '2027-02-01T09:00:00.000Z',
      rhythm_moved: 0,
    });
  });

  it('leaves a meeting still ahead as it was, with no plan of its own beside it', () => {
    expect(row(2)).toEqual({
      local_date: '2027-03-01',
      local_time: '10:00',
      starts_at: '2027-03-01T09:00:00.000Z',
      planned_date: null,
      planned_time: null,
      planned_starts_at: null,
      rhythm_moved: 0,
    });
  });
});
