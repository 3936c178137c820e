import { createRequire } from 'node:module';
import { Worker, type MessagePort } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { KeyMaterial } from './kdf';
import { nativeBindingPath, type Db } from './sqlite';

/**
 * Every page of the vault read once, so each page's HMAC is checked: a damaged vault is
 * found when it opens, not by some later read. quick_check costs 7-14 ms per MB here
 * (decryption, not the check), which is too slow for unlock on a lifetime's vault. So a
 * vault up to this size is checked before it opens (refused with CORRUPT_VAULT, nothing
 * written); a larger one is checked right after, in a worker thread with its own
 * read-only connection, and the session locks it if a page fails.
 */
export const INLINE_PAGE_CHECK_MAX_BYTES = 32 * 1024 * 1024;

export type PageCheckOutcome =
  /** Every page read and checked. */
  | 'intact'
  /** A page failed its check, or pages are missing. */
  | 'damaged'
  /** Stopped before the end (the vault was locked). */
  | 'stopped'
  /** The check itself could not run (a file or thread error); nothing is known. */
  | 'failed';

/** The synchronous check, on the connection that is about to open the vault. */
export function pagesIntact(db: Db): boolean {
  return db.pragma('quick_check(1)', { simple: true }) === 'ok';
}

export interface PageCheck {
  done: Promise<PageCheckOutcome>;
  stop(): void;
}

interface WorkerInput {
  path: string;
  key: Uint8Array;
  salt: Uint8Array;
  nativeBinding: string | undefined;
}

type WorkerMessage = { type: 'done'; intact: boolean } | { type: 'error'; code: string | null };

/**
 * The worker's code, evaluated from this function's text (like the backup worker): it
 * repeats connection.ts's three key pragmas and gets the SQLite module as an argument.
 */
function workerMain(parentPort: MessagePort, input: WorkerInput, Database: typeof SqliteDatabase): void {
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new Database(input.path, { readonly: true, fileMustExist: true, ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}) });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${Buffer.from(input.key).toString('hex')}${Buffer.from(input.salt).toString('hex')}'"`);
    input.key.fill(0);
    parentPort.postMessage({ type: 'done', intact: db.pragma('quick_check(1)', { simple: true }) === 'ok' });
  } catch (err) {
    // Only the SQLite code crosses back: a message could quote vault content.
    const code = (err as { code?: unknown } | null)?.code;
    parentPort.postMessage({ type: 'error', code: typeof code === 'string' ? code : null });
  } finally {
    input.key.fill(0);
    db?.close();
  }
}

const WORKER_SOURCE = `var __name = (f) => f;
const threads = require('node:worker_threads');
(${workerMain.toString()})(threads.parentPort, threads.workerData.input, require(threads.workerData.modulePath));`;

/** Starts the full check of a vault file in a worker thread; the caller keeps its own key. */
export function checkPagesInWorker(path: string, key: KeyMaterial): PageCheck {
  const input: WorkerInput = { path, key: new Uint8Array(key.key), salt: new Uint8Array(key.salt), nativeBinding: nativeBindingPath() };
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { input, modulePath: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers') },
  });
  // The worker has its own copy now.
  input.key.fill(0);
  let stopped = false;
  const done = new Promise<PageCheckOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: PageCheckOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') settle(message.intact ? 'intact' : 'damaged');
      else settle(message.code === 'SQLITE_CORRUPT' || message.code === 'SQLITE_NOTADB' ? 'damaged' : 'failed');
    });
    worker.on('error', () => settle('failed'));
    worker.on('exit', () => settle(stopped ? 'stopped' : 'failed'));
  });
  return {
    done,
    stop() {
      stopped = true;
      void worker.terminate();
    },
  };
}
