import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncMessage } from '../../../src/shared/sync/message';
import type { JournalKeys } from '../../../src/main/features/sync/journal/keys';
import { readNew } from '../../../src/main/features/sync/journal/read';
import { sealFile } from '../../../src/main/features/sync/journal/segment-file';
import { writeSegment } from '../../../src/main/features/sync/journal/write';
import { makeTempDir, removeTempDir, sha256 } from '../../helpers/temp';

/**
 * Segments as another computer meets them in the folder: encrypted, named by device,
 * sequence and hash, and read past a cursor, whatever state the sync tool left them in.
 * The keys are made directly here (the keys file has its own test) so no test pays the KDF.
 */
let folder: string;
const keys: JournalKeys = { vaultId: randomBytes(16).toString('hex'), dataKey: randomBytes(32) };
const ALICE = randomBytes(16).toString('hex');
const BOB = randomBytes(16).toString('hex');
const NOW = new Date('2026-12-04T10:00:00.000Z');

beforeEach(() => {
  folder = makeTempDir('sync-segments');
});
afterEach(() => removeTempDir(folder));

let n = 0;
function change(value: SyncMessage['value'], at = NOW.getTime() - 60_000): SyncMessage {
  n++;
  return { timestamp: `${new Date(at).toISOString()}-${n.toString(16).padStart(4, '0')}-${ALICE.slice(0, 16)}`, dataset: 'private_notes', row: `row-${n}`, column: 'body', value };
}

const bobReads = (cursors = {}, now = NOW) => readNew(folder, keys, cursors, { self: BOB, now });
const aliceFiles = () => readdirSync(join(folder, ALICE)).sort();

describe('writing a segment', () => {
  it('names it <device>/<12-digit seq>-<16 hex of its hash>, leaves no temporary file, and nothing in it is plaintext', () => {
    const secret = 'Mentee worries about the reorganisation';
    writeSegment(folder, keys, ALICE, [change(secret), change(42), change(null)]);
    writeSegment(folder, keys, ALICE, [change('second')]);
    expect(readdirSync(folder)).toEqual([ALICE]);
    const names = aliceFiles();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^000000000001-[0-9a-f]{16}$/);
    expect(names[1]).toMatch(/^000000000002-[0-9a-f]{16}$/);
    for (const name of names) {
      const bytes = readFileSync(join(folder, ALICE, name));
      for (const word of [secret, 'private_notes', 'body', 'row-', 'second', keys.vaultId, ALICE]) expect(bytes.includes(word), word).toBe(false);
    }
  });
});

describe('reading other devices', () => {
  it('returns new messages once and moves the cursor; its own folder is never read as another', () => {
    writeSegment(folder, keys, ALICE, [change('one'), change(2)]);
    writeSegment(folder, keys, BOB, [change('bob writes')]);
    const first = bobReads();
    expect(first.messages.map((m) => m.value)).toEqual(['one', 2]);
    expect(first.cursors).toEqual({ [ALICE]: { upTo: 1, read: [aliceFiles()[0]] } });
    expect(bobReads(first.cursors).messages).toEqual([]);
    writeSegment(folder, keys, ALICE, [change('three')]);
    const second = bobReads(first.cursors);
    expect(second.messages.map((m) => m.value)).toEqual(['three']);
    expect(second.cursors[ALICE]!.upTo).toBe(2);
    expect(second.warnings).toEqual([]);
  });

  it('reads a segment as large as a first round of a whole vault (more changes than a call can take as arguments)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => change(i));
    writeSegment(folder, keys, ALICE, many);
    const read = bobReads();
    expect(read.messages).toHaveLength(200_000);
    expect(read.messages.at(-1)!.value).toBe(199_999);
  });

  it('skips a segment still arriving (truncated, failing its tag) without deleting it, and reads it once whole', () => {
    const whole = writeSegment(folder, keys, ALICE, [change('arrives late')]);
    const path = join(folder, ALICE, whole.name);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 7));
    const early = bobReads();
    expect(early.messages).toEqual([]);
    expect(early.skipped).toBe(1);
    expect(early.warnings.map((w) => w.code)).toEqual(['SEGMENT_UNREADABLE']);
    expect(early.cursors[ALICE]).toEqual({ upTo: 0, read: [] });
    expect(existsSync(path)).toBe(true);

    writeFileSync(path, bytes);
    const later = bobReads(early.cursors);
    expect(later.messages.map((m) => m.value)).toEqual(['arrives late']);
    expect(later.skipped).toBe(0);
  });

  it('a flipped byte, a file moved to another sequence number or device, and another vault’s segment all fail their check', () => {
    const a = writeSegment(folder, keys, ALICE, [change('genuine')]);
    const bytes = readFileSync(join(folder, ALICE, a.name));
    rmSync(join(folder, ALICE, a.name));
    // Same bytes under seq 2: the name's hash matches, the associated data does not.
    writeFileSync(join(folder, ALICE, a.name.replace(/^000000000001/, '000000000002')), bytes);
    // Same bytes in a third device's folder.
    const carol = randomBytes(16).toString('hex');
    mkdirSync(join(folder, carol));
    writeFileSync(join(folder, carol, a.name), bytes);
    // A flipped byte, renamed to its new hash so only the tag can catch it.
    const flipped = Buffer.from(bytes);
    flipped[20]! ^= 1;
    writeFileSync(join(folder, ALICE, `000000000001-${sha256(flipped).slice(0, 16)}`), flipped);
    const other = sealFile({ vaultId: randomBytes(16).toString('hex'), dataKey: randomBytes(32) }, ALICE, 'segment', 3, { kind: 'segment', messages: [change('other vault')] });
    writeFileSync(join(folder, ALICE, other.name), other.bytes);
    const read = bobReads();
    expect(read.messages).toEqual([]);
    expect(read.skipped).toBe(4);
    expect(read.warnings.map((w) => w.code).sort()).toEqual(['SEGMENT_UNREADABLE', 'SEGMENT_UNREADABLE']);
    expect(readdirSync(join(folder, ALICE))).toHaveLength(3);
  });

  it('a segment whose content is not a list of changes is refused like a damaged one', () => {
    const bad = sealFile(keys, ALICE, 'segment', 1, { kind: 'segment', messages: [{ timestamp: 'x', dataset: 'notes' }] });
    mkdirSync(join(folder, ALICE));
    writeFileSync(join(folder, ALICE, bad.name), bad.bytes);
    const read = bobReads();
    expect(read.messages).toEqual([]);
    expect(read.warnings.map((w) => w.code)).toEqual(['SEGMENT_UNREADABLE']);
  });

  it('a zero-byte placeholder counts as absent: no warning, read when its content arrives', () => {
    const s = writeSegment(folder, keys, ALICE, [change('on demand')]);
    const path = join(folder, ALICE, s.name);
    const bytes = readFileSync(path);
    writeFileSync(path, Buffer.alloc(0));
    const early = bobReads();
    expect(early.messages).toEqual([]);
    expect(early.skipped).toBe(1);
    expect(early.warnings).toEqual([]);
    writeFileSync(path, bytes);
    expect(bobReads(early.cursors).messages.map((m) => m.value)).toEqual(['on demand']);
  });

  it('reads past a gap, keeps the cursor before it, and fills it when the missing segment arrives', () => {
    const s1 = writeSegment(folder, keys, ALICE, [change('1')]);
    const s2 = writeSegment(folder, keys, ALICE, [change('2')]);
    writeSegment(folder, keys, ALICE, [change('3')]);
    const hidden = join(folder, 'elsewhere');
    copyFileSync(join(folder, ALICE, s2.name), hidden);
    rmSync(join(folder, ALICE, s2.name));
    const early = bobReads();
    expect(early.messages.map((m) => m.value)).toEqual(['1', '3']);
    expect(early.cursors[ALICE]!.upTo).toBe(1);
    copyFileSync(hidden, join(folder, ALICE, s2.name));
    const later = bobReads(early.cursors);
    expect(later.messages.map((m) => m.value)).toEqual(['2']);
    expect(later.cursors[ALICE]!.upTo).toBe(3);
    expect(later.forks).toEqual([]);
    expect(s1.seq).toBe(1);
  });

  it('refuses changes dated more than 5 minutes ahead with a plain message, and reads them once the clock agrees', () => {
    writeSegment(folder, keys, ALICE, [change('fine', NOW.getTime() + 4 * 60_000)]);
    writeSegment(folder, keys, ALICE, [change('ahead', NOW.getTime() + 20 * 60_000)]);
    const early = bobReads();
    expect(early.messages.map((m) => m.value)).toEqual(['fine']);
    expect(early.skipped).toBe(1);
    expect(early.cursors[ALICE]!.upTo).toBe(1);
    expect(early.warnings).toHaveLength(1);
    expect(early.warnings[0]!.code).toBe('CLOCK_AHEAD');
    expect(early.warnings[0]!.message).toContain('20 minutes ahead');
    expect(early.warnings[0]!.message).toContain('Check the date, time and time zone');
    const later = bobReads(early.cursors, new Date(NOW.getTime() + 16 * 60_000));
    expect(later.messages.map((m) => m.value)).toEqual(['ahead']);
  });

  it('a device whose sequence goes back (restored from a backup) is reported as a fork, and both branches are read', () => {
    writeSegment(folder, keys, ALICE, [change('1')]);
    writeSegment(folder, keys, ALICE, [change('2')]);
    const s3 = writeSegment(folder, keys, ALICE, [change('3 before the restore')]);
    const seen = bobReads();
    expect(seen.cursors[ALICE]!.upTo).toBe(3);
    // The folder's copy of Alice's files goes back to before seq 3; Alice writes seq 3 again.
    rmSync(join(folder, ALICE, s3.name));
    const again = writeSegment(folder, keys, ALICE, [change('3 after the restore')]);
    expect(again.seq).toBe(3);
    const read = bobReads(seen.cursors);
    expect(read.messages.map((m) => m.value)).toEqual(['3 after the restore']);
    expect(read.forks).toEqual([{ deviceId: ALICE, seqs: [3] }]);
    expect(read.warnings.map((w) => w.code)).toEqual(['FORK']);
    expect(read.warnings[0]!.message).toContain('nothing was overwritten');
    // Read once: the next round neither reports it again nor returns it again.
    const next = bobReads(read.cursors);
    expect(next.messages).toEqual([]);
    expect(next.forks).toEqual([]);
  });

  it('one vault copied to two computers (same device id, same sequence number): both files survive and both are read', () => {
    writeSegment(folder, keys, ALICE, [change('shared history')]);
    const copyA = sealFile(keys, ALICE, 'segment', 2, { kind: 'segment', messages: [change('laptop')] });
    const copyB = sealFile(keys, ALICE, 'segment', 2, { kind: 'segment', messages: [change('desktop')] });
    writeFileSync(join(folder, ALICE, copyA.name), copyA.bytes);
    writeFileSync(join(folder, ALICE, copyB.name), copyB.bytes);
    const read = bobReads();
    expect(read.messages.map((m) => m.value).sort()).toEqual(['desktop', 'laptop', 'shared history']);
    expect(read.forks).toEqual([{ deviceId: ALICE, seqs: [2] }]);
    expect(aliceFiles()).toHaveLength(3);
  });
});
