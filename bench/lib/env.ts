import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { configure } from '../../src/main/vault/connection';
import { KeyMaterial } from '../../src/main/vault/kdf';
import { migrate } from '../../src/main/vault/migrate';
import { openPlainSqlite } from '../../src/main/vault/sqlite';
import { Vault } from '../../src/main/vault/vault';
import { fillDemoVault, type DemoOptions } from '../../src/main/demo/generate';
import type { BenchEnv } from './types';

/** Demo data only: the benchmark's vault holds nothing of anyone's. */
export const BENCH_PASSPHRASE = 'bench harbour lantern 42 quietly';

/**
 * The vault and its plain twin: same migrations, same connection settings, same demo
 * rows from the same seed (the generator behind `mentor-vault demo`). Only the
 * encryption differs.
 */
export async function buildEnv(dir: string, demo: DemoOptions): Promise<{ env: BenchEnv; vault: Vault }> {
  mkdirSync(dir, { recursive: true });
  const vaultPath = join(dir, 'bench.mentorvault');
  const plainPath = join(dir, 'bench-plain.sqlite');

  const vault = await Vault.create(vaultPath, BENCH_PASSPHRASE);
  const match = /x'([0-9a-f]{64})([0-9a-f]{32})'/.exec(vault.rawKeyPragma())!;
  const key = new KeyMaterial(Buffer.from(match[1]!, 'hex'), Buffer.from(match[2]!, 'hex'), vault.kdf);

  const plain = openPlainSqlite(plainPath);
  configure(plain);
  migrate(plain, { backupPath: undefined });

  for (const db of [vault.db, plain]) fillDemoVault(db, demo);
  return {
    vault,
    env: {
      dir,
      passphrase: BENCH_PASSPHRASE,
      key,
      encrypted: { kind: 'encrypted', db: vault.db, path: vaultPath },
      plain: { kind: 'plain', db: plain, path: plainPath },
      vault,
    },
  };
}
