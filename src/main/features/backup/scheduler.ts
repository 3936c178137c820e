import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultSession } from '../../app/session';
import { VaultError } from '../../vault/vault-error';
import { automaticBackupName, rotateBackups } from './rotation';
import { nextDueAt, readSchedule, readScheduleState, writeScheduleState } from './schedule';
import { backupServiceFor } from './service';

export type TickOutcome = 'locked' | 'off' | 'not-due' | 'busy' | 'done' | 'failed';

export interface SchedulerOptions {
  /** How often to look whether a backup is due (default: every 5 minutes). */
  checkEveryMs?: number;
  /** Writes one automatic backup to `path`; default: the vault's key, checked, via BackupService. */
  backup?: (session: VaultSession, path: string) => Promise<void>;
}

const DEFAULT_CHECK_MS = 5 * 60 * 1000;

/**
 * Automatic backups: plain timers (tests drive them with fake timers). While the vault
 * is unlocked, each tick checks the schedule kept in the vault; when a backup is due it
 * writes one with the vault's own key into the chosen folder, then deletes this vault's
 * older automatic backups beyond the number to keep. Failures are recorded (code and
 * message, never vault content) and retried an hour later.
 */
export class BackupScheduler {
  private timer: ReturnType<typeof setInterval> | undefined;
  private ticking = false;

  constructor(
    private readonly session: VaultSession,
    private readonly options: SchedulerOptions = {},
  ) {}

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.tick(), this.options.checkEveryMs ?? DEFAULT_CHECK_MS);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async tick(now: Date = new Date()): Promise<TickOutcome> {
    if (this.ticking) return 'busy';
    if (!this.session.isUnlocked) return 'locked';
    const db = this.session.db;
    const schedule = readSchedule(db);
    const due = nextDueAt(schedule, readScheduleState(db), now);
    if (!due || !schedule.folder || !schedule.tag) return 'off';
    if (due.getTime() > now.getTime()) return 'not-due';
    if (backupServiceFor(this.session).busy) return 'busy';

    this.ticking = true;
    const attemptAt = now.toISOString();
    try {
      const folder = schedule.folder;
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        throw new VaultError('PATH_NOT_WRITABLE', 'The backup folder is missing; choose it again in the backup settings.');
      }
      const name = automaticBackupName(schedule.tag, now);
      await (this.options.backup ?? defaultBackup)(this.session, join(folder, name));
      rotateBackups(folder, schedule.tag, schedule.keep);
      if (this.session.isUnlocked) {
        writeScheduleState(this.session.db, { lastBackupAt: attemptAt, lastBackupFile: name, lastAttemptAt: attemptAt, lastError: null });
      }
      return 'done';
    } catch (err) {
      const reason = err instanceof VaultError ? `${err.code}: ${err.message}` : 'INTERNAL: the automatic backup failed';
      if (this.session.isUnlocked) writeScheduleState(this.session.db, { lastAttemptAt: attemptAt, lastError: reason });
      return 'failed';
    } finally {
      this.ticking = false;
    }
  }
}

async function defaultBackup(session: VaultSession, path: string): Promise<void> {
  await backupServiceFor(session).start(session.current, { destination: path }).done;
}
