import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startBackup } from '../../src/main/features/backup/create';
import { KeyMaterial } from '../../src/main/vault/kdf';
import { Vault } from '../../src/main/vault/vault';
import { verifyDatabase } from '../../src/main/vault/verify';
import '../../src/main/features/escalations/verify-check';
import type { BenchCase, BenchEnv } from '../lib/types';

/**
 * An encrypted backup of the open vault as the app makes it (VACUUM INTO in a worker,
 * then the check of the copy: key, integrity, every row, hash chains, then the rename),
 * and `verify` of the result (open with the key, integrity, every row, hash chains).
 * The targets are per 100 MB; the vault here is larger, so they are scaled to its size.
 */
const backupPath = (env: BenchEnv) => join(env.dir, 'bench-backup.mentorvault');
const mb = (env: BenchEnv) => statSync(env.encrypted.path).size / 1e6;
const keyCopy = (env: BenchEnv) => new KeyMaterial(Buffer.from(env.key.key), Buffer.from(env.key.salt), env.key.kdf);

const backup: BenchCase = {
  name: 'encrypted backup (checked)',
  iterations: 3,
  twin: false,
  setup(env) {
    backup.name = `encrypted backup of the ${mb(env).toFixed(0)} MB vault (copy + check)`;
    backup.target = `<= ${((3000 * mb(env)) / 100).toFixed(0)} ms here (3 s per 100 MB)`;
  },
  async run(env) {
    await startBackup(env.vault, { destination: backupPath(env), overwrite: true }).done;
  },
};

const verify: BenchCase = {
  name: 'verify of the backup',
  iterations: 3,
  twin: false,
  setup(env) {
    verify.name = `verify of the ${(statSync(backupPath(env)).size / 1e6).toFixed(0)} MB backup (no KDF)`;
    verify.target = `<= ${((5000 * mb(env)) / 100).toFixed(0)} ms here (5 s per 100 MB)`;
  },
  run(env) {
    const vault = Vault.openWithKey(backupPath(env), keyCopy(env));
    try {
      const { problems } = verifyDatabase(vault.db);
      if (problems.length > 0) throw new Error(`verify found ${problems.length} problems`);
    } finally {
      vault.close();
    }
  },
  teardown: (env) => rmSync(backupPath(env), { force: true }),
};

export const cases: BenchCase[] = [backup, verify];
