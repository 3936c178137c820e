import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteMentee } from '../../../src/main/features/mentees/store';
import { localToday, plusDays } from '../../../src/shared/dates';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { computer, type Computer } from './computer';
import { PASSPHRASE } from '../../helpers/vault';

/**
 * The deletion fail-safe through the bridge, on two real vaults and a real folder: the
 * desktop deletes most mentees at once (a slip, or a stale copy); the laptop holds the batch
 * and the mentor decides there. Kept, the records come back on the desktop too; confirmed,
 * they go on the laptop too. Three of them have a career aim, a goal with its written-once
 * trail and a reading, and a tagged note: what comes back is every row, not only the mentees.
 */

let dir: string;
let laptop: Computer;
let desktop: Computer;
const NAMES = Array.from({ length: 30 }, (_v, i) => `Mentee ${String(i + 1).padStart(2, '0')}`);

const names = (c: Computer) => c.session.db.prepare('SELECT name FROM mentees ORDER BY name').pluck().all() as string[];
const TABLES = ['mentees', 'career_aims', 'goals', 'goal_history', 'goal_readings', 'notes', 'note_tags'];
const rows = (c: Computer) => Object.fromEntries(TABLES.map((t) => [t, c.session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));
const ALL_ROWS = { mentees: 30, career_aims: 3, goals: 3, goal_history: 3, goal_readings: 3, notes: 3, note_tags: 3 };
const FIVE_LEFT = { mentees: 5, career_aims: 0, goals: 0, goal_history: 0, goal_readings: 0, notes: 0, note_tags: 0 };

/** A career aim, a goal moved once (its trail is written once) with a reading, and a note. */
async function plannedMentee(name: string): Promise<void> {
  const { id: menteeId, careerAims } = await laptop.calls.call('mentees.create', { name, status: 'active', careerAims: [{ title: 'Become a staff engineer' }] });
  const goal = await laptop.calls.call('goals.create', {
    menteeId,
    title: 'Speak at two meetups',
    area: 'visibility',
    specific: { statement: 'Give talks outside the team' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 3 },
    attainable: { whyRealistic: 'Has material worth showing' },
    relevant: { careerAimId: careerAims[0]!.id },
    timeBound: { targetDate: plusDays(localToday(), 100) },
  });
  await laptop.calls.call('goals.setStatus', { id: goal.id, status: 'at-risk', why: 'A busy quarter' });
  await laptop.calls.call('goals.addReading', { goalId: goal.id, date: localToday(), value: 1 });
  await laptop.calls.call('notes.create', { menteeId, title: 'First session', body: 'Talked about talks.', tags: ['career'] });
}

/** The desktop deletes all but the last five mentees and syncs; the laptop's round holds them. */
async function desktopDeletesMost(): Promise<void> {
  const rows = desktop.session.db.prepare('SELECT id, name FROM mentees ORDER BY name').all() as { id: number; name: string }[];
  for (const row of rows.slice(0, -5)) deleteMentee(desktop.session.db, row.id, row.name);
  await desktop.calls.call('sync.now', {});
  const round = await laptop.calls.call('sync.now', {});
  expect(round.received).toBeGreaterThan(0);
}

beforeAll(async () => {
  dir = makeTempDir('sync-held');
  const folder = join(dir, 'Syncthing');
  mkdirSync(folder);
  [laptop, desktop] = [await computer(dir, 'laptop'), await computer(dir, 'desktop')];
  for (const name of NAMES.slice(0, 3)) await plannedMentee(name);
  for (const name of NAMES.slice(3)) await laptop.calls.call('mentees.create', { name, status: 'active' });
  await laptop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
  await desktop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
  expect(names(desktop)).toEqual(NAMES);
  expect(rows(desktop)).toEqual(ALL_ROWS);
});
afterAll(() => {
  laptop.session.lock('quit');
  desktop.session.lock('quit');
  removeTempDir(dir);
});

describe('deletions held for the mentor', () => {
  it('nothing held: the status says none and both choices are refused with a code', async () => {
    expect((await laptop.calls.call('sync.status', {})).heldDeletions).toBe(0);
    expect(await laptop.calls.call('sync.held', {})).toBeNull();
    expect((await laptop.calls.fail('sync.confirmHeld', {})).code).toBe('NOT_FOUND');
    expect((await laptop.calls.fail('sync.refuseHeld', {})).message).toMatch(/No deletions from another computer are waiting/);
  });

  it('a batch deleting most records is held, and says what it would delete', async () => {
    await desktopDeletesMost();
    expect(names(laptop)).toEqual(NAMES);
    expect(rows(laptop)).toEqual(ALL_ROWS);
    // Records as the mentor counts them: a goal's trail and readings are part of the goal.
    expect((await laptop.calls.call('sync.status', {})).heldDeletions).toBe(34);
    expect((await laptop.calls.call('sync.status', {})).lastSync?.heldDeletions).toBe(34);
    const held = await laptop.calls.call('sync.held', {});
    expect(held).toMatchObject({ deletions: 34, mentees: NAMES.slice(0, 25) });
    expect(held!.kinds).toEqual([
      { record: 'mentee', count: 25 },
      expect.objectContaining({ count: 3 }),
      expect.objectContaining({ count: 3 }),
      expect.objectContaining({ count: 3 }),
    ]);
    expect(held!.kinds.map((k) => k.record).sort()).toEqual(['careerAim', 'goal', 'mentee', 'note']);
    // From the desktop, named by its folder id only.
    expect(held!.from).toEqual([desktop.session.db.prepare("SELECT value FROM sync_state WHERE key = 'folder_device_id'").pluck().get()]);
    expect(Date.now() - Date.parse(held!.at)).toBeLessThan(120_000);
  });

  it('kept: the records stay here and come back on the computer that deleted them', async () => {
    const status = await laptop.calls.call('sync.refuseHeld', {});
    expect(status.heldDeletions).toBe(0);
    expect(await laptop.calls.call('sync.held', {})).toBeNull();
    expect(names(laptop)).toEqual(NAMES);
    // The decision's round sent the rows again; the desktop's next round brings them back.
    await desktop.calls.call('sync.now', {});
    expect(names(desktop)).toEqual(NAMES);
    expect(rows(laptop)).toEqual(ALL_ROWS);
    expect(rows(desktop)).toEqual(ALL_ROWS);
    // And reading the same segments again holds nothing anew.
    await laptop.calls.call('sync.now', {});
    expect((await laptop.calls.call('sync.status', {})).heldDeletions).toBe(0);
  });

  it('confirmed: the deletions apply here too, and both computers agree', async () => {
    await desktopDeletesMost();
    expect((await laptop.calls.call('sync.held', {}))?.deletions).toBe(34);
    const status = await laptop.calls.call('sync.confirmHeld', {});
    expect(status.heldDeletions).toBe(0);
    expect(names(laptop)).toEqual(NAMES.slice(25));
    await desktop.calls.call('sync.now', {});
    expect(names(desktop)).toEqual(NAMES.slice(25));
    expect(rows(laptop)).toEqual(FIVE_LEFT);
    expect(rows(desktop)).toEqual(FIVE_LEFT);
  });
});
