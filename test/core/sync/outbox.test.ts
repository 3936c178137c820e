import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { createMentee, deleteMentee } from '../../../src/main/features/mentees/store';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { syncStatus } from '../../../src/main/features/sync/service';
import { DELETED_COLUMN } from '../../../src/main/vault/sync-capture/capture-sql';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { openDevices, vaultTemplate } from './replicas';

/**
 * The outbox as a first sync fills it: the rows enabling sync queued, then what the mentor
 * did since, stamped in that order and made the cells' values in one pass each, and marked
 * sent segment by segment.
 */
let dir: string;
let template: { path: string; key: KeyMaterial };
let open: Vault[] = [];
let run = 0;

beforeAll(async () => {
  dir = makeTempDir('sync-outbox');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));
afterEach(() => {
  for (const v of open) v.close();
  open = [];
});

function device(): Vault {
  open = openDevices(dir, template, [`outbox${++run}`]);
  return open[0]!;
}

const profile = (name: string) => menteeProfile.parse({ name, status: 'active' });
const outboxRows = (v: Vault) => v.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number;

describe('the outbox of a first sync', () => {
  it('stamps the queued rows and the later edits in the order they were made, and every cell takes its newest value', () => {
    const v = device();
    const { id } = createMentee(v.db, profile('Ada Quill'));
    v.db.prepare("UPDATE mentees SET team = 'Platform' WHERE id = ?").run(id);
    const messages = createReplica(v.db).pending();

    // The seeded catalogue enabling sync queued goes first; the mentee made afterwards last.
    expect(messages.length).toBeGreaterThan(20);
    for (let i = 1; i < messages.length; i++) expect(messages[i]!.timestamp > messages[i - 1]!.timestamp).toBe(true);
    expect(messages[messages.length - 1]!.dataset).toBe('mentees');
    expect(messages.slice(0, -20).some((m) => m.dataset === 'mentees')).toBe(false);

    const cell = v.db.prepare('SELECT value, timestamp FROM sync_cells WHERE dataset = ? AND row_uid = ? AND "column" = ?');
    for (const m of messages) {
      expect(cell.get(m.dataset, m.row, m.column), `${m.dataset}.${m.column}`).toEqual({ value: m.value, timestamp: m.timestamp });
    }
    expect(messages.find((m) => m.dataset === 'mentees' && m.column === 'team')!.value).toBe('Platform');
  });

  it('a round marked sent part by part keeps only the rest pending, and empties the outbox once all is written', () => {
    const v = device();
    createMentee(v.db, profile('Bea Lantern'));
    const replica = createReplica(v.db);
    const all = replica.pending();
    const half = Math.floor(all.length / 2);
    replica.markSent(all[half - 1]!.timestamp);

    const rest = replica.pending();
    expect(rest).toEqual(all.slice(half));
    expect(syncStatus(v.db).pendingChanges).toBe(new Set(rest.map((m) => `${m.dataset}\u0000${m.row}`)).size);

    replica.markSent(rest[rest.length - 1]!.timestamp);
    expect(replica.pending()).toEqual([]);
    expect(outboxRows(v)).toBe(0);
    expect(syncStatus(v.db).pendingChanges).toBe(0);
  });

  it('a delete made after the first part was sent goes out as a tombstone with what is left', () => {
    const v = device();
    const { id } = createMentee(v.db, profile('Cas Orchard'));
    const replica = createReplica(v.db);
    const all = replica.pending();
    replica.markSent(all[0]!.timestamp);
    deleteMentee(v.db, id, 'Cas Orchard');

    const rest = replica.pending();
    const tombstone = rest.find((m) => m.column === DELETED_COLUMN);
    expect(tombstone).toMatchObject({ dataset: 'mentees' });
    expect(rest.slice(0, -1)).toEqual(all.slice(1));
    expect(v.db.prepare('SELECT timestamp FROM sync_tombstones WHERE dataset = ? AND row_uid = ?').pluck().get('mentees', tombstone!.row)).toBe(tombstone!.timestamp);
  });
});
