import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { createMentee, deleteMentee } from '../../../src/main/features/mentees/store';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import type { SyncMessage } from '../../../src/shared/sync/message';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { comparableExport, openDevices, vaultTemplate } from './replicas';

/**
 * Capture notes only which row changed, which columns and when; the messages are built
 * from the rows when pending changes are collected. What each kind of change sends.
 */
let dir: string;
let template: { path: string; key: KeyMaterial };
let open: Vault[] = [];

beforeAll(async () => {
  dir = makeTempDir('sync-capture-rows');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));
afterEach(() => {
  for (const v of open) v.close();
  open = [];
});

let run = 0;
/** Devices that have sent each other what their copies held, with nothing pending. */
function devices(n = 2): Vault[] {
  run++;
  open = openDevices(dir, template, Array.from({ length: n }, (_, i) => `capture${run}-${i}`));
  for (const from of open) for (const to of open) if (from !== to) createReplica(to.db).apply(createReplica(from.db).pending());
  for (const v of open) sendAll(v);
  return open;
}

function sendAll(v: Vault): SyncMessage[] {
  const replica = createReplica(v.db);
  const messages = replica.pending();
  if (messages.length > 0) replica.markSent(messages[messages.length - 1]!.timestamp);
  return messages;
}

const cells = (messages: SyncMessage[]) => messages.map((m) => `${m.dataset}.${m.column}=${String(m.value)}`);
const profile = (name: string) => menteeProfile.parse({ name, status: 'active' });

describe('change capture, one note per changed row', () => {
  it('an update touching one column sends only that column', () => {
    const [a] = devices(1);
    const { id } = createMentee(a!.db, profile('Ada Quill'));
    sendAll(a!);
    a!.db.prepare("UPDATE mentees SET team = 'Platform' WHERE id = ?").run(id);
    expect(cells(createReplica(a!.db).pending())).toEqual(['mentees.team=Platform']);
  });

  it('ten updates of one row before a sync send one message per changed column, with the last value', () => {
    const [a, b] = devices();
    const { id } = createMentee(a!.db, profile('Bea Lantern'));
    createReplica(b!.db).apply(sendAll(a!));
    for (let i = 1; i <= 10; i++) a!.db.prepare('UPDATE mentees SET team = ?, role = ? WHERE id = ?').run(`Team ${i}`, i % 2 ? 'Engineer' : 'Lead', id);
    const messages = createReplica(a!.db).pending();
    expect(cells(messages).sort()).toEqual(['mentees.role=Lead', 'mentees.team=Team 10']);
    createReplica(b!.db).apply(messages);
    expect(b!.db.prepare('SELECT team, role FROM mentees').get()).toEqual({ team: 'Team 10', role: 'Lead' });
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
  });

  it('a column set back to the value last sent sends nothing', () => {
    const [a] = devices(1);
    const { id } = createMentee(a!.db, profile('Cas Orchard'));
    sendAll(a!);
    a!.db.prepare("UPDATE mentees SET team = 'Elsewhere' WHERE id = ?").run(id);
    a!.db.prepare("UPDATE mentees SET team = '' WHERE id = ?").run(id);
    expect(createReplica(a!.db).pending()).toEqual([]);
  });

  it('a delete after edits sends the tombstone alone, and the other computer removes the row', () => {
    const [a, b] = devices();
    const { id } = createMentee(a!.db, profile('Dee Harbour'));
    createReplica(b!.db).apply(sendAll(a!));
    const uid = a!.db.prepare("SELECT uid FROM sync_rows WHERE dataset = 'mentees' AND local_id = ?").pluck().get(id) as string;
    a!.db.prepare("UPDATE mentees SET team = 'Secret team' WHERE id = ?").run(id);
    deleteMentee(a!.db, id, 'Dee Harbour');
    const messages = createReplica(a!.db).pending();
    expect(messages.filter((m) => m.dataset === 'mentees')).toEqual([expect.objectContaining({ row: uid, column: '_deleted', value: 1 })]);
    expect(JSON.stringify(messages)).not.toContain('Secret team');
    createReplica(b!.db).apply(messages);
    expect(b!.db.prepare('SELECT count(*) FROM mentees').pluck().get()).toBe(0);
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
  });

  it('a row inserted and deleted before a sync sends nothing and leaves no uid', () => {
    const [a, b] = devices();
    const { id } = createMentee(a!.db, profile('Eli Passing'));
    a!.db.prepare("UPDATE mentees SET team = 'Brief' WHERE id = ?").run(id);
    deleteMentee(a!.db, id, 'Eli Passing');
    expect(createReplica(a!.db).pending()).toEqual([]);
    expect(a!.db.prepare('SELECT count(*) FROM sync_rows WHERE dataset = ? AND local_id = ?').pluck().get('mentees', id)).toBe(0);
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
  });

  it('a local id given again after a delete is a new row with a new uid, and the old one’s tombstone still travels', () => {
    const [a, b] = devices();
    const first = createMentee(a!.db, profile('Fay Reuse'));
    createReplica(b!.db).apply(sendAll(a!));
    const oldUid = a!.db.prepare("SELECT uid FROM sync_rows WHERE dataset = 'mentees' AND local_id = ?").pluck().get(first.id) as string;
    deleteMentee(a!.db, first.id, 'Fay Reuse');
    const second = createMentee(a!.db, profile('Gil Reuse'));
    expect(second.id).toBe(first.id); // SQLite hands out the highest rowid again
    const messages = createReplica(a!.db).pending();
    expect(messages.some((m) => m.row === oldUid && m.column === '_deleted')).toBe(true);
    expect(messages.find((m) => m.dataset === 'mentees' && m.column === 'name')).toMatchObject({ value: 'Gil Reuse' });
    expect(messages.find((m) => m.dataset === 'mentees' && m.column === 'name')!.row).not.toBe(oldUid);
    createReplica(b!.db).apply(messages);
    expect(b!.db.prepare('SELECT name FROM mentees').pluck().all()).toEqual(['Gil Reuse']);
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
  });

  it('changes collected but not yet marked sent (a crash before the segment was recorded) are collected again, with what came after', () => {
    const [a, b] = devices();
    const { id } = createMentee(a!.db, profile('Hal Crash'));
    const first = createReplica(a!.db).pending();
    // The process ends here: no markSent. A new session opens its own replica.
    a!.db.prepare("UPDATE mentees SET team = 'After the crash' WHERE id = ?").run(id);
    const again = createReplica(a!.db).pending();
    expect(again.slice(0, first.length)).toEqual(first);
    expect(cells(again.slice(first.length))).toEqual(['mentees.team=After the crash']);
    createReplica(b!.db).apply(again);
    expect(b!.db.prepare('SELECT name, team FROM mentees').get()).toEqual({ name: 'Hal Crash', team: 'After the crash' });
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
  });

  it('a change is stamped with the time it was written: an offline edit loses to a later one made elsewhere, though it is sent after', () => {
    const [a, b] = devices();
    const { id } = createMentee(a!.db, profile('Ivy Offline'));
    createReplica(b!.db).apply(sendAll(a!));
    a!.db.prepare("UPDATE mentees SET team = 'Written offline' WHERE id = ?").run(id);
    // Written an hour ago, while this computer was offline.
    a!.db.prepare('UPDATE sync_changes SET written_ms = written_ms - 3600000').run();
    const menteeOnB = b!.db.prepare('SELECT id FROM mentees').pluck().get() as number;
    b!.db.prepare("UPDATE mentees SET team = 'Written later' WHERE id = ?").run(menteeOnB);
    createReplica(a!.db).apply(sendAll(b!));
    createReplica(b!.db).apply(sendAll(a!));
    for (const v of [a!, b!]) expect(v.db.prepare('SELECT team FROM mentees').pluck().get()).toBe('Written later');
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
  });
});
