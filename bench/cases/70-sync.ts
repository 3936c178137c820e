import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Replica, SyncMessage } from '../../src/shared/sync/message';
import type { JournalKeys } from '../../src/main/features/sync/journal/keys';
import { readNew } from '../../src/main/features/sync/journal/read';
import { runSyncRound } from '../../src/main/features/sync/journal/round';
import { writeSegment } from '../../src/main/features/sync/journal/write';
import type { BenchCase, BenchEnv } from '../lib/types';

/**
 * The sync folder's transport on its own (the vault's change capture and merge have their
 * own rows): a round that encrypts and writes 1,000 changes as one segment (temporary name,
 * fsync, rename), and a computer reading a folder of 1,000 segments from another device
 * (list, hash, decrypt, check, clock check), as after months offline.
 */
const keys: JournalKeys = { vaultId: randomBytes(16).toString('hex'), dataKey: randomBytes(32) };
const WRITER = randomBytes(16).toString('hex');
const READER = randomBytes(16).toString('hex');
const SEGMENTS = 1000;
const PER_SEGMENT = 20;
const folderOf = (env: BenchEnv, name: string) => join(env.dir, `sync-${name}`);
const base = Date.now() - 3_600_000;

/** A change as the vault would send it: a note body of a few sentences, or a short field. */
function change(i: number): SyncMessage {
  const long = i % 3 === 0;
  return {
    timestamp: `${new Date(base + i).toISOString()}-0000-${WRITER.slice(0, 16)}`,
    dataset: long ? 'notes' : 'goals',
    row: randomBytes(16).toString('hex'),
    column: long ? 'body' : 'status',
    value: long ? 'Talked through the stakeholder map; next time we rehearse the steering group update. '.repeat(4) : 'active',
  };
}

function pendingReplica(count: number, offset: number): Replica {
  let sent = false;
  const messages = Array.from({ length: count }, (_, k) => change(offset + k));
  return {
    deviceId: WRITER,
    pending: () => (sent ? [] : messages),
    markSent: () => (sent = true),
    apply: () => ({ applied: 0, revisions: 0 }),
  };
}

let round = 0;

export const cases: BenchCase[] = [
  {
    name: 'sync: a round sending 1,000 changes (encrypt, write, fsync, rename)',
    iterations: 20,
    twin: false,
    target: '<= 100 ms',
    setup: (env) => mkdirSync(folderOf(env, 'round'), { recursive: true }),
    run(env) {
      round++;
      runSyncRound({ replica: pendingReplica(1000, round * 1000), folder: folderOf(env, 'round'), keys, cursors: {} });
    },
    teardown: (env) => rmSync(folderOf(env, 'round'), { recursive: true, force: true }),
  },
  {
    name: `sync: reading a folder of ${SEGMENTS.toLocaleString('en')} segments (${(SEGMENTS * PER_SEGMENT).toLocaleString('en')} changes)`,
    iterations: 5,
    twin: false,
    target: '<= 1,000 ms',
    setup(env) {
      const folder = folderOf(env, 'read');
      for (let s = 0; s < SEGMENTS; s++) writeSegment(folder, keys, WRITER, Array.from({ length: PER_SEGMENT }, (_, k) => change(s * PER_SEGMENT + k)));
    },
    run(env) {
      const read = readNew(folderOf(env, 'read'), keys, {}, { self: READER, now: new Date() });
      if (read.messages.length !== SEGMENTS * PER_SEGMENT || read.skipped > 0) throw new Error(`read ${read.messages.length} changes, skipped ${read.skipped}`);
    },
    teardown: (env) => rmSync(folderOf(env, 'read'), { recursive: true, force: true }),
  },
];
