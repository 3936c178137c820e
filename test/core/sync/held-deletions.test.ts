import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteMentee } from '../../../src/main/features/mentees/store';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { computer, type Computer } from './computer';
import { PASSPHRASE } from '../../helpers/vault';

/**
 * The deletion fail-safe through the bridge, on two real vaults and a real folder: the
 * desktop deletes most mentees at once (a slip, or a stale copy); the laptop holds the batch
 * and the mentor decides there. Kept, the records come back on the desktop too; confirmed,
 * they go on the laptop too.
 */

let dir: string;
let laptop: Computer;
let desktop: Computer;
const NAMES = Array.from({ length: 30 }, (_v, i) => `Mentee ${String(i + 1).padStart(2, '0')}`);

const names = (c: Computer) => c.session.db.prepare('SELECT name FROM mentees ORDER BY name').pluck().all() as string[];

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
  for (const name of NAMES) await laptop.calls.call('mentees.create', { name, status: 'active' });
  await laptop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
  await desktop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
  expect(names(desktop)).toEqual(NAMES);
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
    expect((await laptop.calls.call('sync.status', {})).heldDeletions).toBe(25);
    const held = await laptop.calls.call('sync.held', {});
    expect(held).toMatchObject({ deletions: 25, kinds: [{ record: 'mentee', count: 25 }], mentees: NAMES.slice(0, 25) });
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
    // And reading the same segments again holds nothing anew.
    await laptop.calls.call('sync.now', {});
    expect((await laptop.calls.call('sync.status', {})).heldDeletions).toBe(0);
  });

  it('confirmed: the deletions apply here too, and both computers agree', async () => {
    await desktopDeletesMost();
    expect((await laptop.calls.call('sync.held', {}))?.deletions).toBe(25);
    const status = await laptop.calls.call('sync.confirmHeld', {});
    expect(status.heldDeletions).toBe(0);
    expect(names(laptop)).toEqual(NAMES.slice(25));
    await desktop.calls.call('sync.now', {});
    expect(names(desktop)).toEqual(NAMES.slice(25));
  });
});
