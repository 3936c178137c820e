import { statSync } from 'node:fs';
import type { VaultInfo } from '../../shared/vault/schema';
import { kdfByVersion } from './kdf';
import { recordChainHead } from './record-chain/fingerprint';
import type { Db } from './sqlite';

/** User tables, without SQLite's own and FTS5's shadow tables. */
export function userTables(db: Db): string[] {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const fts = new Set(
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
      .pluck()
      .all() as string[],
  );
  return names.filter((name) => ![...fts].some((v) => name.startsWith(`${v}_`)));
}

export function rowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of userTables(db)) {
    counts[table] = db.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return counts;
}

function formCounts(db: Db): { made: number; imported: number } {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'exchange_forms'").get();
  if (!exists) return { made: 0, imported: 0 };
  return db.prepare('SELECT count(*) AS made, count(imported_on) AS imported FROM exchange_forms').get() as { made: number; imported: number };
}

export function vaultInfo(db: Db, path: string): VaultInfo {
  const meta = new Map(
    (db.prepare('SELECT key, value FROM vault_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
  );
  const kdfVersion = Number(meta.get('kdf_version') ?? 0);
  const kdf = kdfByVersion(kdfVersion);
  return {
    path,
    appFormatVersion: Number(meta.get('app_format_version') ?? 0),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    kdf: { version: kdfVersion, name: kdf?.name ?? 'unknown', N: kdf?.N ?? 0, r: kdf?.r ?? 0, p: kdf?.p ?? 0 },
    createdAt: meta.get('created_at') ?? null,
    sizeBytes: statSync(path).size,
    counts: rowCounts(db),
    recordChain: recordChainHead(db),
    forms: formCounts(db),
  };
}
