import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalCursors, SyncRoundSummary } from '../../../src/shared/sync/journal';
import type { JournalKeys } from '../../../src/main/features/sync/journal/keys';
import { readNew } from '../../../src/main/features/sync/journal/read';
import { runSyncRound } from '../../../src/main/features/sync/journal/round';
import { writeSnapshot } from '../../../src/main/features/sync/journal/snapshot';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { MemoryReplica } from './memory-replica';

/**
 * Rounds between two or three replicas around one folder. The replicas are in memory and
 * merge by last writer wins (the vault's own merge has its tests); what is tested here is
 * that the transport delivers every change exactly as written, once, in any order of rounds.
 */
let folder: string;
const keys: JournalKeys = { vaultId: randomBytes(16).toString('hex'), dataKey: randomBytes(32) };

beforeEach(() => {
  folder = makeTempDir('sync-round');
});
afterEach(() => removeTempDir(folder));

/** A device: its replica and the cursors it keeps between rounds. */
class Device {
  cursors: JournalCursors = {};
  constructor(readonly replica: MemoryReplica) {}
  round(now?: Date): SyncRoundSummary {
    const summary = runSyncRound({ replica: this.replica, folder, keys, cursors: this.cursors, now });
    this.cursors = summary.cursors;
    return summary;
  }
}

let tick = Date.parse('2026-12-04T09:00:00.000Z');
const clock = () => (tick += 7);
const device = () => new Device(new MemoryReplica(clock));
const segmentCount = (d: Device) => readdirSync(join(folder, d.replica.deviceId)).filter((n) => /^\d{12}-/.test(n)).length;

describe('a sync round', () => {
  it('sends pending changes as one segment, marks them sent, and the other device applies them', () => {
    const laptop = device();
    const desktop = device();
    laptop.replica.set('mentees', 'm1', 'name', 'Priya');
    laptop.replica.set('mentees', 'm1', 'aims', 'Lead the platform team');
    const sent = laptop.round();
    expect(sent).toMatchObject({ sent: 2, received: 0, skipped: 0, forks: [], warnings: [], fromSnapshot: false });
    expect(laptop.replica.pending()).toEqual([]);
    expect(segmentCount(laptop)).toBe(1);
    expect(laptop.round().sent).toBe(0);
    expect(segmentCount(laptop)).toBe(1);

    const got = desktop.round();
    expect(got).toMatchObject({ sent: 0, received: 2, applied: 2 });
    expect(desktop.replica.get('mentees', 'm1', 'name')).toBe('Priya');

    desktop.replica.set('mentees', 'm1', 'name', 'Priya S.');
    desktop.round();
    expect(laptop.round()).toMatchObject({ received: 1, applied: 1 });
    expect(laptop.replica.state()).toBe(desktop.replica.state());
  });

  it('a round larger than a segment holds is cut into several, each marked sent once written, and read whole', () => {
    const laptop = device();
    const desktop = device();
    for (let i = 0; i < 60; i++) laptop.replica.set('notes', `n${i}`, 'body', `A note of some length, number ${i}. `.repeat(4));
    const sent = runSyncRound({ replica: laptop.replica, folder, keys, cursors: {}, segmentBytes: 2_000 });
    expect(sent.sent).toBe(60);
    expect(segmentCount(laptop)).toBeGreaterThan(5);
    expect(laptop.replica.pending()).toEqual([]);
    expect(desktop.round()).toMatchObject({ received: 60, applied: 60 });
    expect(desktop.replica.state()).toBe(laptop.replica.state());
  });

  it('a round cut short between two segments sends only what the first did not hold at the next', () => {
    const laptop = device();
    for (let i = 0; i < 20; i++) laptop.replica.set('notes', `n${i}`, 'body', `Note ${i} `.repeat(20));
    // The second segment's write fails: the first stays written and marked sent.
    let writes = 0;
    expect(() =>
      runSyncRound({
        replica: laptop.replica,
        folder,
        keys,
        cursors: {},
        segmentBytes: 2_000,
        writing: () => {
          if (++writes === 2) throw new Error('killed');
        },
      }),
    ).toThrow('killed');
    const left = laptop.replica.pending().length;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(20);
    expect(laptop.round().sent).toBe(left);
    const desktop = device();
    expect(desktop.round()).toMatchObject({ received: 20, applied: 20 });
  });

  it('concurrent edits of one field converge on the later one; the earlier is counted as a revision', () => {
    const a = device();
    const b = device();
    a.replica.set('notes', 'n1', 'body', 'first draft');
    b.replica.set('notes', 'n1', 'body', 'second draft');
    a.round();
    expect(b.round()).toMatchObject({ received: 1, applied: 0, revisions: 1 });
    expect(a.round()).toMatchObject({ received: 1, applied: 1 });
    expect(a.replica.get('notes', 'n1', 'body')).toBe('second draft');
    expect(a.replica.state()).toBe(b.replica.state());
  });

  it('a round killed after writing its segment but before the send was recorded does not send the changes twice', () => {
    const a = device();
    const b = device();
    a.replica.set('goals', 'g1', 'title', 'Run a design review');
    a.replica.failNextMarkSent = true;
    expect(() => a.round()).toThrow('killed');
    expect(segmentCount(a)).toBe(1);
    a.replica.set('goals', 'g1', 'status', 'active');
    expect(a.round().sent).toBe(1);
    expect(segmentCount(a)).toBe(2);
    const read = readNew(folder, keys, {}, { self: b.replica.deviceId, now: new Date(tick + 1000) });
    expect(read.messages.map((m) => m.value)).toEqual(['Run a design review', 'active']);
  });

  it('three devices, random edits, round orders and files half-arrived, placeholders or copied: all converge, every write there or lost to a later one', () => {
    const ROWS = ['r1', 'r2', 'r3'];
    const COLUMNS = ['title', 'status'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), who: fc.nat(2), row: fc.constantFrom(...ROWS), column: fc.constantFrom(...COLUMNS), value: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)) }),
      fc.record({ kind: fc.constant('round' as const), who: fc.nat(2) }),
      // What a sync service shows mid-transfer: a segment cut short, a zero-byte placeholder,
      // or a second copy under a conflicted name; the whole file is back before the end.
      fc.record({ kind: fc.constantFrom('truncate' as const, 'placeholder' as const, 'copy' as const), who: fc.nat(2), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        removeTempDir(folder);
        folder = makeTempDir('sync-round');
        const devices = [device(), device(), device()];
        const damaged = new Map<string, Buffer>();
        for (const o of ops) {
          if (o.kind === 'edit') devices[o.who]!.replica.set('goals', o.row, o.column, o.value);
          else if (o.kind === 'round') devices[o.who]!.round();
          else {
            const dir = join(folder, devices[o.who]!.replica.deviceId);
            const names = existsSync(dir) ? readdirSync(dir).filter((n) => /^\d{12}-/.test(n)).sort() : [];
            if (names.length === 0) continue;
            const path = join(dir, names[o.pick % names.length]!);
            const bytes = damaged.get(path) ?? readFileSync(path);
            if (o.kind === 'copy') writeFileSync(`${path}.sync-conflict-20261204-100000-ABCDEFG`, bytes);
            else {
              damaged.set(path, bytes);
              writeFileSync(path, o.kind === 'truncate' ? bytes.subarray(0, o.pick % bytes.length) : Buffer.alloc(0));
            }
          }
        }
        for (const [path, bytes] of damaged) writeFileSync(path, bytes);
        // Everyone sends, then everyone reads.
        for (const d of devices) d.round();
        for (const d of devices) d.round();
        const state = devices[0]!.replica.state();
        for (const d of devices) expect(d.replica.state()).toBe(state);
        const all = devices.flatMap((d) => d.replica.written);
        for (const w of all) {
          const winner = all.filter((x) => x.row === w.row && x.column === w.column).sort((x, y) => (x.timestamp < y.timestamp ? 1 : -1))[0]!;
          expect(devices[0]!.replica.get('goals', w.row, w.column)).toEqual(winner.value);
        }
        // Each change travelled exactly once.
        const reader = readNew(folder, keys, {}, { self: 'f'.repeat(32), now: new Date(tick + 1000) });
        expect(reader.messages).toHaveLength(all.length);
      }),
      { numRuns: 40 },
    );
  });

  it('a new computer starts from the newest snapshot and reads only the segments after it', () => {
    const a = device();
    const b = device();
    for (let i = 0; i < 30; i++) {
      a.replica.set('notes', `n${i % 5}`, 'body', `version ${i}`);
      a.round();
    }
    b.replica.set('mentees', 'm1', 'name', 'Sam');
    b.round();
    a.round();
    const snap = writeSnapshot(folder, keys, a.replica.deviceId, a.replica.current(), a.cursors);
    expect(snap.name).toMatch(/^s000000000030-[0-9a-f]{16}$/);
    a.replica.set('notes', 'n0', 'body', 'after the snapshot');
    a.round();

    const joining = device();
    const summary = joining.round();
    expect(summary.fromSnapshot).toBe(true);
    // One segment after the snapshot, nothing of the 31 before.
    expect(summary.received).toBe(1);
    expect(joining.replica.state()).toBe(a.replica.state());
    b.round();
    expect(b.replica.state()).toBe(a.replica.state());
    expect(joining.cursors[a.replica.deviceId]!.upTo).toBe(31);
  });

  it('a snapshot still arriving is passed over: the new computer reads the segments instead, and arrives at the same state', () => {
    const a = device();
    for (let i = 0; i < 5; i++) {
      a.replica.set('notes', `n${i}`, 'body', `text ${i}`);
      a.round();
    }
    const snap = writeSnapshot(folder, keys, a.replica.deviceId, a.replica.current(), a.cursors);
    const path = join(folder, a.replica.deviceId, snap.name);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 1));
    const joining = device();
    const summary = joining.round();
    expect(summary).toMatchObject({ fromSnapshot: false, received: 5, skipped: 0 });
    expect(joining.replica.state()).toBe(a.replica.state());
    // A computer that has synced before never restarts from a snapshot.
    writeFileSync(path, bytes);
    expect(joining.round()).toMatchObject({ fromSnapshot: false, received: 0 });
    // Nor does the writer, alone in the folder, from its own.
    expect(a.round()).toMatchObject({ fromSnapshot: false, applied: 0 });
  });

  it('reports a clock ahead in its summary and applies nothing from that segment', () => {
    const a = new Device(new MemoryReplica(() => Date.parse('2026-12-04T12:00:00.000Z')));
    const b = device();
    a.replica.set('notes', 'n1', 'body', 'from the future');
    a.round(new Date('2026-12-04T12:00:00.000Z'));
    const summary = b.round(new Date('2026-12-04T11:00:00.000Z'));
    expect(summary).toMatchObject({ received: 0, applied: 0, skipped: 1 });
    expect(summary.warnings.map((w) => w.code)).toEqual(['CLOCK_AHEAD']);
    expect(summary.warnings[0]!.message).toContain('60 minutes ahead');
    expect(b.replica.get('notes', 'n1', 'body')).toBeUndefined();
  });
});
