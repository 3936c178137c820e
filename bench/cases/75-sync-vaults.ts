import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startSync, syncNow } from '../../src/main/features/sync/service';
import { withLargePageCache } from '../../src/main/vault/connection';
import { Vault } from '../../src/main/vault/vault';
import type { BenchCase, BenchEnv } from '../lib/types';

/**
 * Sync between two vaults, whole: capture, collection, encryption, the folder, and applying
 * on the other side. The lifetime vault (a copy, so the other rows keep a vault that never
 * synced) is sent by its first computer, a second, new vault joins from the folder, and then
 * rounds of 1,000 edits go from one to the other.
 */
const EDITS = 1000;
const LOCAL = `sync: the same ${EDITS.toLocaleString('en')} note edits made on this computer (for the ratio)`;
let laptop: Vault | undefined;
let desktop: Vault | undefined;
let edited = 0;
const rounds: number[] = [];

const folderOf = (env: BenchEnv) => join(env.dir, 'sync-vaults');

/** 1,000 notes edited on one computer: the kind of change a mentor makes most. */
function editNotes(db: Vault['db']): void {
  const notes = db.prepare('SELECT count(*) FROM notes').pluck().get() as number;
  const ids = db.prepare('SELECT id FROM notes ORDER BY id LIMIT ? OFFSET ?').pluck().all(EDITS, (edited * EDITS) % Math.max(1, notes - EDITS)) as number[];
  const update = db.prepare("UPDATE notes SET body = body || ' (revisited)', updated_at = ? WHERE id = ?");
  db.transaction(() => {
    for (const id of ids) update.run(new Date().toISOString(), id);
  })();
  edited++;
}

export const cases: BenchCase[] = [
  {
    name: 'sync: first computer sends the lifetime vault (capture on, collect, encrypt, write)',
    iterations: 1,
    warmup: 0,
    twin: false,
    target: '<= 120 s',
    async setup(env) {
      mkdirSync(folderOf(env), { recursive: true });
      env.encrypted.db.pragma('wal_checkpoint(TRUNCATE)');
      const copy = join(env.dir, 'sync-laptop.mentorvault');
      copyFileSync(env.encrypted.path, copy);
      laptop = await Vault.unlock(copy, env.passphrase);
    },
    run: async (env) => void (await startSync(laptop!.db, folderOf(env), env.passphrase)),
  },
  {
    name: 'sync: a new computer joins from the folder (read, decrypt, apply the lifetime vault)',
    iterations: 1,
    warmup: 0,
    twin: false,
    target: '<= 180 s',
    async setup(env) {
      desktop = await Vault.create(join(env.dir, 'sync-desktop.mentorvault'), env.passphrase);
    },
    async run(env) {
      const joined = await startSync(desktop!.db, folderOf(env), env.passphrase);
      if (joined.applied === 0) throw new Error('the joining computer applied nothing');
    },
  },
  {
    // What applying must at least cost: each edited note rewrites its full-text entry, whose
    // secure delete removes the old words from the index. Timed on the computer that applies
    // the rounds (its index was built by the join), in turns with the rounds: the index grows
    // with every batch of edits, and each batch costs more than the one before, so the local
    // batch and the round take turns going first. Each run also times one round, which the
    // next row reports.
    name: LOCAL,
    iterations: 5,
    twin: false,
    run(_env, _t, i) {
      let local = 0;
      const editHere = () => {
        const start = performance.now();
        // With the page cache a round takes, so the ratio is the round's own work, not the cache's.
        withLargePageCache(desktop!.db, () => editNotes(desktop!.db));
        local = performance.now() - start;
        syncNow(desktop!.db);
        syncNow(laptop!.db);
      };
      const round = () => {
        editNotes(laptop!.db);
        const start = performance.now();
        const sent = syncNow(laptop!.db);
        const received = syncNow(desktop!.db);
        rounds.push(performance.now() - start);
        if (sent.sent < EDITS || received.applied < EDITS) throw new Error(`sent ${sent.sent}, applied ${received.applied}`);
      };
      if (i % 2) {
        round();
        editHere();
      } else {
        editHere();
        round();
      }
      return local;
    },
  },
  {
    name: `sync: a round of ${EDITS.toLocaleString('en')} edits, sent by one computer and applied by the other`,
    iterations: 5,
    twin: false,
    target: '<= 1.5x',
    ratioTo: LOCAL,
    // The rounds the row above timed, run for run (the warm-up's is left out here as there).
    run: (_env, _t, i) => rounds[i]!,
    teardown(env) {
      laptop?.close();
      desktop?.close();
      rmSync(folderOf(env), { recursive: true, force: true });
      for (const name of ['sync-laptop.mentorvault', 'sync-desktop.mentorvault']) rmSync(join(env.dir, name), { force: true });
    },
  },
];
