import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import '../../src/main/features/escalations/verify-check';
import { openKeysFile } from '../../src/main/features/sync/journal/keys';
import { runSyncRound } from '../../src/main/features/sync/journal/round';
import { clearSeedBeforeJoining } from '../../src/main/features/sync/join';
import { createReplica } from '../../src/main/features/sync/replica/replica';
import { startSync } from '../../src/main/features/sync/service';
import { folderDeviceId } from '../../src/main/features/sync/state';
import type { KeyMaterial } from '../../src/main/vault/kdf';
import { enableSync } from '../../src/main/vault/sync-capture/enable';
import { verifyDatabase } from '../../src/main/vault/verify';
import type { Vault } from '../../src/main/vault/vault';
import { comparableExport } from '../core/sync/replicas';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../helpers/vault';
import { bundleChild, type Bundle } from './support/bundle';
import { seeded } from './support/random';

/**
 * A computer joining is killed with SIGKILL at random moments while it applies the other
 * computer's changes (mentees, notes, meetings, goals, escalation records with their
 * timelines), a fresh copy each time. After every kill the vault opens and verifies, and a
 * round run to its end leaves it equal to the sender's, with nothing missing and nothing
 * twice. The kill moments are drawn over the apply as long as it takes here (measured first),
 * and the test counts where they landed, from the killed vault itself: before the apply,
 * inside its transaction (nothing of it kept), or after it committed.
 * SYNC_APPLY_KILLS changes the count.
 */
const KILLS = Number(process.env.SYNC_APPLY_KILLS ?? 100);
const SEED = Number(process.env.SYNC_KILL_SEED ?? Date.now() % 1_000_000);

let root: string;
let child: Bundle;
let folder: string;
let template: { path: string; key: KeyMaterial };
let keys: { vaultId: string; dataKey: Buffer };
let expected: Record<string, unknown[]>;

/** The receiver as a new computer is just before its first round: seed left to the folder, capture on. */
function receiverTemplate(path: string, key: KeyMaterial): void {
  const vault = openWithKey(path, key);
  try {
    clearSeedBeforeJoining(vault.db, folder, folderDeviceId(vault.db));
    enableSync(vault.db);
  } finally {
    vault.close();
  }
}

beforeAll(async () => {
  root = makeTempDir('sync-apply-kill');
  folder = join(root, 'OneDrive');
  mkdirSync(folder);
  child = await bundleChild(resolve(import.meta.dirname, 'fixtures/sync-apply-child.ts'));
  const sent = await createTestVault(join(root, 'sender.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 2, seed: 3 }) });
  const sender = openWithKey(sent.path, sent.key);
  try {
    await startSync(sender.db, folder, PASSPHRASE);
    expected = comparableExport(sender.db);
  } finally {
    sender.close();
  }
  keys = await openKeysFile(folder, PASSPHRASE);
  template = await createTestVault(join(root, 'receiver.mentorvault'));
  receiverTemplate(template.path, template.key);
});

afterAll(() => {
  child?.remove();
  removeTempDir(root);
});

type Landed = 'before' | 'during' | 'after';

const appliedAny = (vault: Vault) => (vault.db.prepare('SELECT count(*) FROM sync_seen').pluck().get() as number) > 0;

/** Runs the child on `path`, killing it `delay` ms after it began to apply (or letting it finish when delay is null). */
function runChild(path: string, delay: number | null): Promise<{ applying: boolean; done: boolean; ms: number }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child.file], {
      env: { ...process.env, MV_VAULT: path, MV_KEY: template.key.key.toString('hex') + template.key.salt.toString('hex'), MV_FOLDER: folder, MV_VAULT_ID: keys.vaultId, MV_DATA_KEY: keys.dataKey.toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let readyAt = 0;
    let doneAt = 0;
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (readyAt === 0 && out.includes('applying\n')) {
        readyAt = performance.now();
        if (delay !== null) setTimeout(() => proc.kill('SIGKILL'), delay);
      }
      if (doneAt === 0 && out.includes('done\n')) doneAt = performance.now();
    });
    proc.on('error', fail);
    proc.on('close', (code, signal) => {
      // Until the round returned: closing the vault and leaving the process are not the apply.
      const ms = doneAt - readyAt;
      if (delay === null && code !== 0) return fail(new Error(`apply child failed (code ${code}): ${stderr}`));
      if (delay !== null && signal !== 'SIGKILL' && code !== 0) return fail(new Error(`apply child failed (code ${code}): ${stderr}`));
      done({ applying: readyAt !== 0, done: out.includes('done\n'), ms });
    });
  });
}

/** One round to its end in this process, as the next start of the app would run it. */
function finishRound(vault: Vault): void {
  const replica = createReplica(vault.db);
  runSyncRound({
    replica: { deviceId: folderDeviceId(vault.db), pending: () => replica.pending(), markSent: (t) => replica.markSent(t), apply: (m) => replica.apply(m) },
    folder,
    keys,
    cursors: {},
  });
}

describe(`SIGKILL while applying a round (${KILLS} kills, seed ${SEED})`, () => {
  it('every killed vault opens and verifies, and a finished round makes it equal to the sender', async () => {
    // How long the apply and the rest of the round take here: the quickest of three, as a
    // busy computer makes one run now and then far slower; the kills are drawn over half as
    // long again, so on a quiet one some land after the commit.
    const calibration = join(root, 'calibration.mentorvault');
    const timings: number[] = [];
    for (let i = 0; i < 3; i++) {
      copyFileSync(template.path, calibration);
      timings.push((await runChild(calibration, null)).ms);
    }
    const whole = Math.min(...timings);
    expect(whole).toBeGreaterThan(0);

    const random = seeded(SEED);
    const landed: Record<Landed, number> = { before: 0, during: 0, after: 0 };
    for (let run = 0; run < KILLS; run++) {
      const path = join(root, `killed-${run % 2}.mentorvault`);
      copyFileSync(template.path, path);
      const killed = await runChild(path, Math.floor(random() * whole * 1.5));
      const vault = openWithKey(path, template.key);
      try {
        // The apply is one transaction: a kill inside it leaves nothing of it, one after it all.
        const committed = appliedAny(vault);
        expect(committed || !killed.done, `run ${run}: a round that returned kept what it applied`).toBe(true);
        expect(!committed || killed.applying, `run ${run}: nothing applied before the apply began`).toBe(true);
        landed[!killed.applying ? 'before' : committed ? 'after' : 'during']++;
        expect(verifyDatabase(vault.db).problems, `run ${run}: verify after the kill`).toEqual([]);
        finishRound(vault);
        expect(vault.db.prepare('SELECT count(*) FROM sync_waiting').pluck().get(), `run ${run}: nothing waits`).toBe(0);
        expect(comparableExport(vault.db), `run ${run}: equal to the sender`).toEqual(expected);
        expect(verifyDatabase(vault.db).problems, `run ${run}: verify after the round`).toEqual([]);
      } finally {
        vault.close();
      }
    }
    console.log(`sync apply kill: ${KILLS} kills over ${Math.round(whole)} ms; before the apply ${landed.before}, inside its transaction ${landed.during}, after it committed ${landed.after}`);
    expect(landed.during, 'kills land inside the apply').toBeGreaterThan(KILLS / 3);
    // About half a second a kill; the limit leaves room for a busy computer.
  }, 240_000);
});
