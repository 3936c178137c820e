import { copyFileSync } from 'node:fs';
import { KeyMaterial } from '../../src/main/vault/kdf';
import type { Db } from '../../src/main/vault/sqlite';
import { Vault } from '../../src/main/vault/vault';
import { sha256 } from './temp';

/** Strong enough for the zxcvbn rule; test-only, never a real secret. */
export const PASSPHRASE = 'lantern orchard quietly 42 rivers';
export const OTHER_PASSPHRASE = 'copper meadow whistles 17 lanterns';

/**
 * The derived key of an open vault, read back from its raw-key pragma so a test can
 * reopen the file (and copies of it) without paying the KDF again.
 */
export function keyOf(vault: Vault): KeyMaterial {
  const match = /x'([0-9a-f]{64})([0-9a-f]{32})'/.exec(vault.rawKeyPragma());
  if (!match) throw new Error('raw key pragma not in the expected form');
  return new KeyMaterial(Buffer.from(match[1]!, 'hex'), Buffer.from(match[2]!, 'hex'), vault.kdf);
}

/** A copy of key material: a Vault wipes the key it holds when it locks. */
export function cloneKey(key: KeyMaterial): KeyMaterial {
  return new KeyMaterial(Buffer.from(key.key), Buffer.from(key.salt), key.kdf);
}

export function openWithKey(path: string, key: KeyMaterial): Vault {
  return Vault.openWithKey(path, cloneKey(key));
}

/** Creates a vault (one KDF run) and returns its path and key; `fill` runs before close. */
export async function createTestVault(
  path: string,
  options: { passphrase?: string; fill?: (db: Db) => void } = {},
): Promise<{ path: string; key: KeyMaterial }> {
  const vault = await Vault.create(path, options.passphrase ?? PASSPHRASE);
  try {
    options.fill?.(vault.db);
    return { path, key: keyOf(vault) };
  } finally {
    vault.close();
  }
}

/** A closed vault file copied byte for byte: same salt, same key, no KDF. */
export function copyVault(from: string, to: string): string {
  copyFileSync(from, to);
  return to;
}

/**
 * Every row of every table (FTS shadow tables included), the schema and user_version,
 * in a stable order: equal dumps mean nothing was written, whatever SQLite did to the
 * file's header.
 */
export function dumpDatabase(db: Db): string {
  const schema = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string | null }[];
  const parts: string[] = [`user_version=${db.pragma('user_version', { simple: true })}`, JSON.stringify(schema)];
  for (const { name, sql } of schema) {
    if (sql === null || !sql.startsWith('CREATE TABLE')) continue;
    const rows = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw().all() as unknown[][];
    const lines = rows.map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)));
    lines.sort();
    parts.push(`${name}:${lines.length}\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}

export function dumpHash(db: Db): string {
  return sha256(dumpDatabase(db));
}
