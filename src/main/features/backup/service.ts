import { randomBytes } from 'node:crypto';
import type { BackupProgress, BackupResult } from '../../../shared/backup/schema';
import type { VaultSession } from '../../app/session';
import type { Vault } from '../../vault/vault';
import { VaultError } from '../../vault/vault-error';
import { startBackup, type BackupOptions, type BackupRun } from './create';

interface Job {
  id: string;
  run: BackupRun;
  result: BackupResult | null;
  error: VaultError | null;
}

/** Finished jobs kept for backup.progress to report on. */
const KEEP_FINISHED = 20;

/**
 * One per session: the backup jobs (so the window can poll their progress) and the
 * rule that only one backup or restore runs at a time. Locking the vault stops a
 * running backup (its worker holds a copy of the key) and removes its partial file.
 */
export class BackupService {
  private readonly jobs = new Map<string, Job>();
  private running: Job | undefined;
  private restoring = false;

  constructor(session: VaultSession) {
    session.onLock(() => this.running?.run.cancel());
  }

  get busy(): boolean {
    return this.running !== undefined || this.restoring;
  }

  assertIdle(): void {
    if (this.busy) throw new VaultError('CONFLICT', 'A backup or restore is already running; wait for it to finish.');
  }

  /**
   * Starts a backup and returns its job id at once; the job's promise settles later.
   * `recorded` runs before the job reports done, so whoever sees "done" also sees its record.
   */
  start(vault: Vault, options: BackupOptions, recorded?: (result: BackupResult) => void): { jobId: string; done: Promise<BackupResult> } {
    this.assertIdle();
    const job: Job = { id: randomBytes(8).toString('hex'), run: startBackup(vault, options), result: null, error: null };
    this.running = job;
    this.jobs.set(job.id, job);
    // The job stops counting as running in the same step that makes it done or failed,
    // so a caller who saw "done" may start the next backup at once.
    const finish = () => {
      if (this.running === job) this.running = undefined;
      this.forgetOldJobs();
    };
    const done = job.run.done.then(
      (result) => {
        recorded?.(result);
        job.result = result;
        finish();
        return result;
      },
      (err: unknown) => {
        job.error = err instanceof VaultError ? err : new VaultError('INTERNAL', 'The backup could not be written.');
        finish();
        throw job.error;
      },
    );
    done.catch(() => {});
    return { jobId: job.id, done };
  }

  progress(jobId: string): BackupProgress {
    const job = this.jobs.get(jobId);
    if (!job) throw new VaultError('NOT_FOUND', 'There is no such backup job.');
    const snap = job.run.snapshot();
    const state = job.result ? 'done' : job.error ? 'failed' : 'running';
    return {
      jobId,
      state,
      phase: snap.phase,
      bytesDone: snap.bytesDone,
      bytesTotal: snap.bytesTotal,
      fraction: snap.fraction,
      result: job.result,
      error: job.error ? { code: job.error.code, message: job.error.message } : null,
    };
  }

  /** Runs a restore with no backup alongside it. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.assertIdle();
    this.restoring = true;
    try {
      return await work();
    } finally {
      this.restoring = false;
    }
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j !== this.running);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id);
  }
}

const services = new WeakMap<VaultSession, BackupService>();

export function backupServiceFor(session: VaultSession): BackupService {
  let service = services.get(session);
  if (!service) {
    service = new BackupService(session);
    services.set(session, service);
  }
  return service;
}
