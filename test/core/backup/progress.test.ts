import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackup, type BackupRun, type BackupSnapshot } from '../../../src/main/features/backup/create';
import { Vault } from '../../../src/main/vault/vault';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

/**
 * A vault large enough (about 40 MB) that the copy takes many polls: progress must be
 * real (bytes written against the vault's size) and the main thread must stay free
 * (the snapshots below are taken by a timer on this thread while the copy runs).
 */
let dir: string;
let vault: Vault;

beforeAll(async () => {
  dir = makeTempDir('backup-progress');
  vault = await Vault.create(join(dir, 'large.mentorvault'), PASSPHRASE);
  vault.db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = vault.db.prepare('INSERT INTO bulk (body) VALUES (?)');
  vault.db.transaction(() => {
    for (let i = 0; i < 30_000; i++) insert.run(randomBytes(600).toString('hex'));
  })();
});

afterAll(() => {
  vault.close();
  removeTempDir(dir);
});

async function watch(run: BackupRun): Promise<BackupSnapshot[]> {
  const seen: BackupSnapshot[] = [];
  const timer = setInterval(() => seen.push(run.snapshot()), 5);
  try {
    await run.done;
  } finally {
    clearInterval(timer);
  }
  seen.push(run.snapshot());
  return seen;
}

function expectNeverGoesBack(seen: BackupSnapshot[]): void {
  for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
}

describe('backup progress', () => {
  it('reports the growing copy against the vault size while the main thread keeps running', async () => {
    const total = statSync(vault.path).size;
    expect(total).toBeGreaterThan(30_000_000);
    const seen = await watch(startBackup(vault, { destination: join(dir, 'copy.mentorvault') }));

    const copying = seen.filter((s) => s.phase === 'copying' && s.bytesDone > 0 && s.bytesDone < total);
    expect(copying.length).toBeGreaterThan(0);
    expect(seen.some((s) => s.phase === 'verifying')).toBe(true);
    expect(seen.every((s) => s.bytesTotal === total && s.fraction >= 0 && s.fraction <= 1)).toBe(true);
    expectNeverGoesBack(seen);
    expect(seen.at(-1)).toMatchObject({ phase: 'finished', fraction: 1, bytesDone: total });
  });

  it('also reports re-keying for a backup under its own passphrase', async () => {
    const seen = await watch(startBackup(vault, { destination: join(dir, 'rekeyed.mentorvault'), separatePassphrase: OTHER_PASSPHRASE }));
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases).toEqual(['copying', 're-keying', 'verifying', 'finished']);
    expect(seen.some((s) => s.phase === 're-keying' && s.bytesDone > 0)).toBe(true);
    expectNeverGoesBack(seen);
  });
});
