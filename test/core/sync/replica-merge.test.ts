import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import type { Vault } from '../../../src/main/vault/vault';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { createMentee, deleteMentee, getMentee, updateMentee } from '../../../src/main/features/mentees/store';
import { createNote, deleteNote, getNote, updateNote } from '../../../src/main/features/notes/store';
import { addEntry, createEscalation } from '../../../src/main/features/escalations/store';
import { getEscalation } from '../../../src/main/features/escalations/queries';
import '../../../src/main/features/escalations/verify-check';
import { addEntryInput, createEscalationInput } from '../../../src/shared/escalations/schema';
import { createReplica } from '../../../src/main/features/sync/replica/replica';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { noteFields } from '../../../src/shared/notes/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { dumpDatabase } from '../../helpers/vault';
import { comparableExport, openDevices, vaultTemplate } from './replicas';

let dir: string;
let template: { path: string; key: KeyMaterial };
let open: Vault[] = [];

beforeAll(async () => {
  dir = makeTempDir('sync-merge');
  template = await vaultTemplate(dir);
});
afterAll(() => removeTempDir(dir));
afterEach(() => {
  for (const v of open) v.close();
  open = [];
});

let run = 0;
function devices(n = 2): Vault[] {
  run++;
  open = openDevices(dir, template, Array.from({ length: n }, (_, i) => `run${run}-${i}`));
  firstRound(open);
  return open;
}

const profile = (name: string, extra: Partial<Record<string, unknown>> = {}) =>
  menteeProfile.parse({ name, status: 'active', strengths: ['listens'], careerAims: [{ title: 'Lead a team', horizon: '2 years' }], ...extra });

/** Sends everything `from` has not sent yet to `to`. */
function send(from: Vault, to: Vault) {
  const sender = createReplica(from.db);
  const messages = sender.pending();
  const result = createReplica(to.db).apply(messages);
  if (messages.length > 0) sender.markSent(messages[messages.length - 1]!.timestamp);
  return result;
}

/** Each device's first round: what its copy of the vault already held. */
function firstRound(vaults: Vault[]): void {
  for (const from of vaults) for (const to of vaults) if (from !== to) createReplica(to.db).apply(createReplica(from.db).pending());
  for (const v of vaults) {
    const r = createReplica(v.db);
    const all = r.pending();
    if (all.length > 0) r.markSent(all[all.length - 1]!.timestamp);
  }
}

describe('change capture and apply between two real vaults', () => {
  it('a mentee made on one computer arrives whole on the other, and applying is not captured again', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Ada Lovelace'));
    const pending = createReplica(a!.db).pending();
    expect(pending.some((m) => m.dataset === 'mentees' && m.column === 'name' && m.value === 'Ada Lovelace')).toBe(true);
    // The trait's mentee travels as the mentee's uid, not as a local id.
    const trait = pending.find((m) => m.dataset === 'mentee_traits' && m.column === 'mentee_id')!;
    expect(trait.value).toBe(pending.find((m) => m.dataset === 'mentees')!.row);

    const result = createReplica(b!.db).apply(pending);
    expect(result.applied).toBe(pending.length);
    expect(pending.every((m) => m.timestamp.endsWith(createReplica(a!.db).deviceId))).toBe(true);
    const onB = b!.db.prepare('SELECT id FROM mentees').pluck().all() as number[];
    expect(onB).toHaveLength(1);
    expect(getMentee(b!.db, onB[0]!)).toMatchObject({ name: 'Ada Lovelace', strengths: ['listens'] });
    expect(createReplica(b!.db).pending()).toEqual([]);
    expect(comparableExport(b!.db)).toEqual(comparableExport(a!.db));
    expect(mentee.name).toBe('Ada Lovelace');
    for (const v of [a!, b!]) expect(verifyDatabase(v.db).problems).toEqual([]);
  });

  it('is idempotent: the same batch twice changes nothing the second time', () => {
    const [a, b] = devices();
    createMentee(a!.db, profile('Grace Hopper'));
    const messages = createReplica(a!.db).pending();
    createReplica(b!.db).apply(messages);
    const before = dumpDatabase(b!.db);
    expect(createReplica(b!.db).apply([...messages, ...messages])).toEqual({ applied: 0, revisions: 0 });
    expect(dumpDatabase(b!.db)).toBe(before);
  });

  it('markSent drops what is safely sent, and only that', () => {
    const [a] = devices(1);
    createMentee(a!.db, profile('Alan Turing'));
    const replica = createReplica(a!.db);
    const first = replica.pending();
    createMentee(a!.db, profile('Katherine Johnson'));
    replica.markSent(first[first.length - 1]!.timestamp);
    const rest = replica.pending();
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((m) => m.timestamp > first[first.length - 1]!.timestamp)).toBe(true);
  });

  it('concurrent edits of a note: the later one wins everywhere, the other is kept as a revision on both', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Mary Jackson'));
    const noteId = createNote(a!.db, noteFields.parse({ menteeId: mentee.id, title: 'First talk', body: 'Started.' }));
    send(a!, b!);
    const noteOnB = b!.db.prepare('SELECT id FROM notes').pluck().get() as number;
    const menteeOnB = b!.db.prepare('SELECT id FROM mentees').pluck().get() as number;

    updateNote(a!.db, noteId, noteFields.parse({ menteeId: mentee.id, title: 'First talk', body: 'Typed on the laptop.' }));
    updateNote(b!.db, noteOnB, noteFields.parse({ menteeId: menteeOnB, title: 'First talk', body: 'Typed on the desktop.' }));
    // A's replica stamps its edit first, so B's (stamped later) is the later writer.
    const fromA = createReplica(a!.db).pending();
    const fromB = createReplica(b!.db).pending();
    expect(createReplica(b!.db).apply(fromA).revisions).toBe(1);
    expect(createReplica(a!.db).apply(fromB).revisions).toBe(1);

    expect(getNote(a!.db, noteId).body).toBe(getNote(b!.db, noteOnB).body);
    const winner = getNote(a!.db, noteId).body;
    const loser = winner === 'Typed on the laptop.' ? 'Typed on the desktop.' : 'Typed on the laptop.';
    for (const v of [a!, b!]) {
      expect(v.db.prepare("SELECT value FROM sync_revisions WHERE dataset = 'notes' AND \"column\" = 'body'").pluck().all()).toEqual([loser]);
    }
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));
  });

  it('a delete is a tombstone; an edit made after the delete brings the row back', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Dorothy Vaughan'));
    const noteId = createNote(a!.db, noteFields.parse({ menteeId: mentee.id, title: 'Plan', body: 'v1' }));
    send(a!, b!);
    deleteNote(a!.db, noteId);
    const fromA = createReplica(a!.db).pending();
    // B edits after A deleted (its stamp is later): the note comes back on both.
    const noteOnB = b!.db.prepare('SELECT id FROM notes').pluck().get() as number;
    const menteeOnB = b!.db.prepare('SELECT id FROM mentees').pluck().get() as number;
    updateNote(b!.db, noteOnB, noteFields.parse({ menteeId: menteeOnB, title: 'Plan', body: 'v2 after the delete' }));
    const fromB = createReplica(b!.db).pending();
    createReplica(b!.db).apply(fromA);
    createReplica(a!.db).apply(fromB);
    for (const v of [a!, b!]) expect(v.db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['v2 after the delete']);
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));

    // A delete stamped after every edit wins.
    const again = a!.db.prepare('SELECT id FROM notes').pluck().get() as number;
    deleteNote(a!.db, again);
    send(a!, b!);
    expect(b!.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
  });

  // Found by the convergence property: a child made on one computer while the other deleted
  // its parent waited for ever on the deleting computer, and went by the cascade on the other.
  it('a note added on one computer while the other deletes its mentee goes on both, and nothing waits for the gone mentee', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Annie Easley'));
    send(a!, b!);
    const menteeOnB = b!.db.prepare('SELECT id FROM mentees').pluck().get() as number;
    createNote(b!.db, noteFields.parse({ menteeId: menteeOnB, title: 'Note', body: 'Written on the desktop' }));
    const fromB = createReplica(b!.db).pending();
    deleteMentee(a!.db, mentee.id, 'Annie Easley');
    createReplica(b!.db).apply(createReplica(a!.db).pending());
    createReplica(a!.db).apply(fromB);
    for (const v of [a!, b!]) {
      expect(v.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
      expect(createReplica(v.db).waitingRows()).toBe(0);
    }
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));
  });

  it('a mentee brought back by an edit after its delete brings back the note that went with it, on both', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Evelyn Boyd'));
    send(a!, b!);
    const menteeOnB = b!.db.prepare('SELECT id FROM mentees').pluck().get() as number;
    createNote(b!.db, noteFields.parse({ menteeId: menteeOnB, title: 'Note', body: 'Kept' }));
    const noteFromB = createReplica(b!.db).pending();
    deleteMentee(a!.db, mentee.id, 'Evelyn Boyd');
    createReplica(b!.db).apply(createReplica(a!.db).pending());
    createReplica(a!.db).apply(noteFromB);
    expect(b!.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    // A third computer edits the mentee, stamped after the delete: the row comes back.
    const uid = a!.db.prepare("SELECT row_uid FROM sync_tombstones WHERE dataset = 'mentees'").pluck().get() as string;
    const after = new Date(Date.now() + 1000).toISOString();
    const edit = { timestamp: `${after}-0000-000000000000000C`, dataset: 'mentees', row: uid, column: 'team', value: 'Back' };
    for (const v of [a!, b!]) createReplica(v.db).apply([edit]);
    for (const v of [a!, b!]) {
      expect(v.db.prepare('SELECT team FROM mentees').pluck().all()).toEqual(['Back']);
      expect(v.db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['Kept']);
    }
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));
  });

  it('a child that arrives before its parent waits, then lands when the parent comes', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Hedy Lamarr'));
    createNote(a!.db, noteFields.parse({ menteeId: mentee.id, title: 'Early', body: 'x' }));
    const all = createReplica(a!.db).pending();
    const replicaB = createReplica(b!.db);
    replicaB.apply(all.filter((m) => m.dataset === 'notes'));
    expect(b!.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    expect(replicaB.waitingRows()).toBe(1);
    replicaB.apply(all.filter((m) => m.dataset !== 'notes'));
    expect(replicaB.waitingRows()).toBe(0);
    expect(b!.db.prepare('SELECT title FROM notes').pluck().all()).toEqual(['Early']);
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));
  });

  it('holds a batch that deletes more than the set share of the records, until the mentor releases it', () => {
    const [a, b] = devices();
    for (let i = 0; i < 6; i++) createMentee(a!.db, profile(`Mentee ${i}`));
    send(a!, b!);
    for (const id of a!.db.prepare('SELECT id, name FROM mentees').all() as { id: number; name: string }[]) deleteMentee(a!.db, id.id, id.name);
    const replicaB = createReplica(b!.db);
    expect(replicaB.apply(createReplica(a!.db).pending())).toEqual({ applied: 0, revisions: 0 });
    expect(b!.db.prepare('SELECT count(*) FROM mentees').pluck().get()).toBe(6);
    expect(replicaB.held()).toMatchObject({ deletions: expect.any(Number) });
    expect(replicaB.held()!.deletions).toBeGreaterThanOrEqual(6);
    replicaB.releaseHeld();
    expect(replicaB.held()).toBeNull();
    expect(b!.db.prepare('SELECT count(*) FROM mentees').pluck().get()).toBe(0);
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));
  });

  it('refuses a batch stamped more than 5 minutes ahead, in words, and applies nothing', () => {
    const [a, b] = devices();
    createMentee(a!.db, profile('Future Person'));
    const ahead = new Date(Date.now() + 10 * 60 * 1000).toISOString();
    const messages = createReplica(a!.db)
      .pending()
      .map((m) => ({ ...m, timestamp: ahead + m.timestamp.slice(24) }));
    const before = dumpDatabase(b!.db);
    expect(() => createReplica(b!.db).apply(messages)).toThrow(/more than 5 minutes ahead/);
    expect(dumpDatabase(b!.db)).toBe(before);
  });

  it('updates travel as changed columns only, and a profile edit converges', () => {
    const [a, b] = devices();
    const m = createMentee(a!.db, profile('Radia Perlman'));
    send(a!, b!);
    updateMentee(a!.db, m.id, profile('Radia Perlman', { team: 'Networks' }));
    const changes = createReplica(a!.db).pending().filter((x) => x.dataset === 'mentees');
    expect(changes.map((x) => x.column).sort()).toEqual(['team', 'updated_at']);
    createReplica(b!.db).apply(createReplica(a!.db).pending());
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));
  });

  it('an escalation record and its entries arrive on the other computer in order, each linked in its record chain', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Frances Allen'));
    const id = createEscalation(a!.db, createEscalationInput.parse({ menteeId: mentee.id, category: 'other', severity: 'low', title: 'Workload' }));
    addEntry(a!.db, addEntryInput.parse({ kind: 'note', escalationId: id, what: 'Talked it through' }));
    addEntry(a!.db, addEntryInput.parse({ kind: 'action', escalationId: id, what: 'Agreed a plan' }));
    send(a!, b!);
    expect(b!.db.prepare('SELECT what FROM escalation_entries ORDER BY sequence').pluck().all()).toEqual(['Talked it through', 'Agreed a plan']);
    expect(b!.db.prepare('SELECT entry_count FROM escalations').pluck().get()).toBe(2);
    expect(verifyDatabase(b!.db).problems).toEqual([]);
  });

  // Each computer appends to its own chain in the record (its first entry follows the
  // record's start), so neither entry is refused on the other computer; both show the
  // timeline in (clock, device) order, and the record's state follows that order.
  it('two computers appending to one timeline at once converge, and verify passes on both', () => {
    const [a, b] = devices();
    const mentee = createMentee(a!.db, profile('Katherine Johnson'));
    const id = createEscalation(a!.db, createEscalationInput.parse({ menteeId: mentee.id, category: 'other', severity: 'low', title: 'Shared' }));
    addEntry(a!.db, addEntryInput.parse({ kind: 'note', escalationId: id, what: 'Before the split' }));
    send(a!, b!);
    const idOnB = b!.db.prepare('SELECT id FROM escalations').pluck().get() as number;
    addEntry(a!.db, addEntryInput.parse({ kind: 'note', escalationId: id, what: 'On the laptop' }));
    addEntry(a!.db, addEntryInput.parse({ kind: 'status-change', escalationId: id, what: 'Watching', status: 'monitoring', severity: 'high' }));
    addEntry(b!.db, addEntryInput.parse({ kind: 'note', escalationId: idOnB, what: 'On the desktop' }));
    addEntry(b!.db, addEntryInput.parse({ kind: 'closure', escalationId: idOnB, what: 'Closed on the desktop' }));
    const fromA = createReplica(a!.db).pending();
    const fromB = createReplica(b!.db).pending();
    createReplica(b!.db).apply(fromA);
    createReplica(a!.db).apply(fromB);
    const timeline = (v: Vault, record: number) => getEscalation(v.db, record);
    for (const v of [a!, b!]) {
      expect(v.db.prepare('SELECT count(*) FROM escalation_entries').pluck().get()).toBe(5);
      expect(createReplica(v.db).waitingRows()).toBe(0);
      expect(verifyDatabase(v.db).problems).toEqual([]);
    }
    const [onA, onB] = [timeline(a!, id), timeline(b!, idOnB)];
    expect(onA.entries.map((e) => [e.sequence, e.what])).toEqual(onB.entries.map((e) => [e.sequence, e.what]));
    expect(onA.entries[0]!.what).toBe('Before the split');
    expect(onA.entries.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5]);
    // The state is the last value the timeline sets, the same on both.
    const last = onA.entries.filter((e) => e.newStatus !== null).at(-1)!;
    expect(onA.status).toBe(last.newStatus);
    expect([onB.status, onB.severity, onB.verification]).toEqual([onA.status, onA.severity, onA.verification]);
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));

    // Each computer's entries stay in their own chain: a forged entry in either is still found.
    const laptop = a!.db.prepare("SELECT device FROM escalation_entries WHERE what = 'On the laptop'").pluck().get() as string;
    for (const t of b!.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'escalation_entries' AND sql LIKE '%BEFORE UPDATE%'").pluck().all() as string[]) {
      b!.db.exec(`DROP TRIGGER "${t}"`);
    }
    b!.db.prepare("UPDATE escalation_entries SET what = 'Never said' WHERE what = 'On the laptop' AND device = ?").run(laptop);
    const chainProblems = verifyDatabase(b!.db).problems.filter((p) => p.check === 'escalation-chain');
    expect(chainProblems.map((p) => p.message)).toEqual([expect.stringMatching(/^record \d+: entry \d+ \(number 2\): entry-changed/)]);
  });

  // The chain hashes the local ids of the computer that wrote it; those ids travel with the
  // rows, so the chain checks on a computer where every id differs.
  it('an escalation record synced to another computer passes its chain check there, and a forged entry does not', () => {
    const [a, b] = devices();
    createMentee(b!.db, profile('Local first'));
    createEscalation(b!.db, createEscalationInput.parse({ menteeId: 1, category: 'other', severity: 'low', title: 'Held here' }));
    createMentee(a!.db, profile('Barbara Liskov'));
    const onA = a!.db.prepare('SELECT id FROM mentees ORDER BY id DESC LIMIT 1').pluck().get() as number;
    const id = createEscalation(a!.db, createEscalationInput.parse({ menteeId: onA, category: 'other', severity: 'low', title: 'Conflict' }));
    const first = addEntry(a!.db, addEntryInput.parse({ kind: 'note', escalationId: id, what: 'Talked' }));
    addEntry(a!.db, addEntryInput.parse({ kind: 'correction', escalationId: id, correctsEntryId: first, what: 'Talked at length' }));
    send(a!, b!);
    send(b!, a!);
    // Ids differ: the record and its entries have other local ids on each computer.
    expect(b!.db.prepare("SELECT id FROM escalations WHERE title = 'Conflict'").pluck().get()).not.toBe(id);
    for (const v of [a!, b!]) {
      expect(v.db.prepare('SELECT count(*) FROM escalations').pluck().get()).toBe(2);
      expect(verifyDatabase(v.db).problems).toEqual([]);
    }
    expect(comparableExport(a!.db)).toEqual(comparableExport(b!.db));

    // Changing a received entry's text (its append-only trigger set aside) still breaks its chain there.
    const triggers = b!.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'escalation_entries' AND sql LIKE '%BEFORE UPDATE%'").pluck().all() as string[];
    for (const t of triggers) b!.db.exec(`DROP TRIGGER "${t}"`);
    b!.db.prepare("UPDATE escalation_entries SET what = 'Never said' WHERE what = 'Talked'").run();
    expect(verifyDatabase(b!.db).problems.map((p) => p.check)).toContain('escalation-chain');
  });
});
