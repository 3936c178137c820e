import { createRequire } from 'node:module';
import { Worker, type MessagePort } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { KeyMaterial } from '../../vault/kdf';
import { APPLICATION_ID } from '../../vault/connection';
import { nativeBindingPath } from '../../vault/sqlite';
import { fromSqliteError, VaultError } from '../../vault/vault-error';

/**
 * The whole-file work of a backup or a restore (VACUUM INTO, re-key, integrity_check,
 * a read of every row) runs in a worker thread with its own connection: one statement
 * over a 100 MB vault takes seconds, and the main process must keep answering.
 */
export type WorkerTask =
  | { kind: 'copy'; source: string; target: string; key: KeySpec; rekey?: KeySpec }
  | { kind: 'check'; path: string; key: KeySpec; depth: CheckDepth };

/**
 * How deep a check goes. `full` (a file from elsewhere: restore, verify) runs
 * integrity_check, index against table included, then reads every row. `pages` (a copy
 * this app just wrote from the open vault) runs quick_check: every page is read, so
 * each page's HMAC is checked, and every b-tree's structure; its indexes were copied
 * from the vault's own, so comparing them with their tables again would only re-check
 * the vault (that is `verify`'s job), at 40% of the backup's time.
 */
export type CheckDepth = 'full' | 'pages';

interface KeySpec {
  key: Uint8Array;
  salt: Uint8Array;
}

export interface CheckOutcome {
  wrongKey: boolean;
  applicationId: number;
  userVersion: number;
  problems: string[];
  /** Rows read one by one: 0 for a `pages` check. */
  rowsRead: number;
  pagesChecked: number;
}

type WorkerMessage =
  | { type: 'phase'; phase: 're-keying' }
  | { type: 'done'; outcome: CheckOutcome | null }
  | { type: 'error'; code: string | null };

export function keySpec(key: KeyMaterial): KeySpec {
  return { key: new Uint8Array(key.key), salt: new Uint8Array(key.salt) };
}

interface WorkerInput {
  task: WorkerTask;
  modulePath: string;
  nativeBinding: string | undefined;
  applicationId: number;
}

/**
 * The worker's code. It cannot import the app's modules (it is evaluated from this
 * function's text), so it repeats the three key pragmas of connection.ts, and it gets
 * what it needs as arguments: a bundler may rename `require` inside this function.
 */
function workerMain(parentPort: MessagePort, workerData: WorkerInput, Database: typeof SqliteDatabase): void {
  const task = workerData.task;
  const hex = (spec: KeySpec) => `"x'${Buffer.from(spec.key).toString('hex')}${Buffer.from(spec.salt).toString('hex')}'"`;
  const open = (path: string, spec: KeySpec, readonly: boolean) => {
    const db = new Database(path, { readonly, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key=${hex(spec)}`);
    // A write on the main connection waits for the copy instead of failing at once.
    db.pragma('busy_timeout = 10000');
    return db;
  };
  const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
  const outcome = (fields: Partial<CheckOutcome>): CheckOutcome => ({ wrongKey: false, applicationId: 0, userVersion: 0, problems: [], rowsRead: 0, pagesChecked: 0, ...fields });

  const copy = (task: Extract<WorkerTask, { kind: 'copy' }>) => {
    const source = open(task.source, task.key, true);
    try {
      source.exec(`VACUUM INTO ${quote(task.target)}`);
    } finally {
      source.close();
    }
    if (!task.rekey) return;
    parentPort.postMessage({ type: 'phase', phase: 're-keying' });
    const target = open(task.target, task.key, false);
    try {
      target.pragma(`rekey=${hex(task.rekey)}`);
    } finally {
      target.close();
    }
  };

  const check = (task: Extract<WorkerTask, { kind: 'check' }>): CheckOutcome => {
    const db = open(task.path, task.key, true);
    try {
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_NOTADB') return outcome({ wrongKey: true });
        throw err;
      }
      const applicationId = db.pragma('application_id', { simple: true }) as number;
      const userVersion = db.pragma('user_version', { simple: true }) as number;
      if (applicationId !== workerData.applicationId) return outcome({ applicationId, userVersion });
      const problems: string[] = [];
      const pragma = task.depth === 'full' ? 'integrity_check' : 'quick_check';
      for (const row of db.pragma(pragma) as Record<string, string>[]) if (row[pragma] !== 'ok') problems.push(String(row[pragma]));
      const pagesChecked = db.pragma('page_count', { simple: true }) as number;
      if (task.depth === 'pages') return outcome({ applicationId, userVersion, problems, pagesChecked });
      // Every table, FTS shadow tables included: each page's HMAC is checked as it is read.
      let rowsRead = 0;
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
      for (const name of tables) {
        for (const _row of db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw().iterate()) rowsRead++;
      }
      return outcome({ applicationId, userVersion, problems, rowsRead, pagesChecked });
    } finally {
      db.close();
    }
  };

  try {
    if (task.kind === 'copy') {
      copy(task);
      parentPort.postMessage({ type: 'done', outcome: null });
    } else {
      parentPort.postMessage({ type: 'done', outcome: check(task) });
    }
  } catch (err) {
    // Only the SQLite code crosses back: a message could quote vault content.
    const code = (err as { code?: unknown } | null)?.code;
    parentPort.postMessage({ type: 'error', code: typeof code === 'string' ? code : null });
  } finally {
    task.key.key.fill(0);
    if (task.kind === 'copy') task.rekey?.key.fill(0);
  }
}

/**
 * A plain CommonJS prelude (never transformed by a bundler) loads the modules; esbuild's
 * keepNames may wrap inner functions in __name(), which the evaluated text lacks.
 */
const WORKER_SOURCE = `var __name = (f) => f;
const threads = require('node:worker_threads');
(${workerMain.toString()})(threads.parentPort, threads.workerData, require(threads.workerData.modulePath));`;

export interface RunningTask {
  done: Promise<CheckOutcome | null>;
  cancel(): void;
}

/** Starts one task; `onPhase` hears when a copy moves on to re-keying. */
export function runWorkerTask(task: WorkerTask, onPhase: (phase: 're-keying') => void = () => {}): RunningTask {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      task,
      modulePath: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
      nativeBinding: nativeBindingPath(),
      applicationId: APPLICATION_ID,
    },
  });
  // workerData was cloned into the worker: wipe this thread's copies of the keys.
  wipeTask(task);
  let cancelled = false;
  const done = new Promise<CheckOutcome | null>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'phase') onPhase(message.phase);
      else if (message.type === 'done') {
        settled = true;
        resolve(message.outcome);
      } else {
        settled = true;
        reject(fromSqliteError({ code: message.code ?? undefined }) ?? new VaultError('INTERNAL', 'The backup could not be written.'));
      }
      if (settled) void worker.terminate();
    });
    worker.on('error', () => {
      settled = true;
      reject(new VaultError('INTERNAL', 'The backup worker stopped unexpectedly.'));
    });
    worker.on('exit', () => {
      if (settled) return;
      reject(cancelled ? new VaultError('CANCELLED', 'The backup was stopped.') : new VaultError('INTERNAL', 'The backup worker stopped unexpectedly.'));
    });
  });
  return {
    done,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}

function wipeTask(task: WorkerTask): void {
  task.key.key.fill(0);
  if (task.kind === 'copy') task.rekey?.key.fill(0);
}
