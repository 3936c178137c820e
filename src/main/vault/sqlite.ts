import Database from 'better-sqlite3-multiple-ciphers';
import { registerRecordDigest } from './record-chain/digest';

export type Db = Database.Database;

/**
 * The Electron shell points this at a copy of the native module built for Electron's
 * ABI (see scripts/prepare-electron.mjs); Node (tests, CLI) uses the default build.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** For worker threads that open their own connection with the same native build. */
export function nativeBindingPath(): string | undefined {
  return nativeBinding;
}

export function openSqlite(path: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  registerRecordDigest(db);
  return db;
}

export function createSqlite(path: string): Db {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  registerRecordDigest(db);
  return db;
}

/** A plain (unencrypted) database, for the benchmark's twin only: the same functions as a vault, so the same migrations run. */
export function openPlainSqlite(path: string): Db {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  registerRecordDigest(db);
  return db;
}
