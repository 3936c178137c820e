import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  BACKUP_FREQUENCIES,
  DEFAULT_BACKUP_FOLDER_NAME,
  DEFAULT_BACKUP_FREQUENCY,
  DEFAULT_BACKUP_KEEP,
  MAX_BACKUP_KEEP,
  type BackupFrequency,
  type BackupSchedule,
} from '../../../shared/backup/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';

/**
 * The automatic-backup settings live in the vault's own `settings` table (they are
 * needed only while it is unlocked, and travel with it). Keys start with `backup.`:
 * the JSON export leaves them out, since the folder belongs to this computer.
 */
export const BACKUP_SETTING_PREFIX = 'backup.';
const SCHEDULE_KEY = 'backup.schedule';
const STATE_KEY = 'backup.state';

const DAY_MS = 24 * 60 * 60 * 1000;
/** After a failed automatic backup, try again this much later (not at every tick). */
export const RETRY_AFTER_MS = 60 * 60 * 1000;

const scheduleShape = z.object({
  frequency: z.enum(BACKUP_FREQUENCIES).catch('off'),
  keep: z.int().min(1).max(MAX_BACKUP_KEEP).catch(DEFAULT_BACKUP_KEEP),
  folder: z.string().nullable().catch(null),
  /** Marks this vault's automatic backups in the folder, so rotation deletes only its own files. */
  tag: z.string().regex(/^[0-9a-f]{8}$/).nullable().catch(null),
});
export type StoredSchedule = z.infer<typeof scheduleShape>;

const stateShape = z.object({
  /** The last automatic backup: the schedule counts from it. */
  lastBackupAt: z.string().nullable().catch(null),
  lastBackupFile: z.string().nullable().catch(null),
  /** The last backup made by hand: shown as the last backup when later, never moving the schedule. */
  lastManualAt: z.string().nullable().catch(null),
  lastManualFile: z.string().nullable().catch(null),
  lastAttemptAt: z.string().nullable().catch(null),
  lastError: z.string().nullable().catch(null),
});
export type ScheduleState = z.infer<typeof stateShape>;

function readJson(db: Db, key: string): unknown {
  // pluck() as every other reader of this cached statement (mentor profile, PDF paper
  // size) sets it: the mode is a property of the shared statement, not of this call.
  const value = sql<string>(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (value === undefined) return {};
  try {
    return JSON.parse(value);
  } catch {
    return {};
  }
}

function writeJson(db: Db, key: string, value: unknown): void {
  sql(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function readSchedule(db: Db): StoredSchedule {
  return scheduleShape.parse({ frequency: 'off', keep: DEFAULT_BACKUP_KEEP, folder: null, tag: null, ...(readJson(db, SCHEDULE_KEY) as object) });
}

export function readScheduleState(db: Db): ScheduleState {
  return stateShape.parse({ lastBackupAt: null, lastBackupFile: null, lastManualAt: null, lastManualFile: null, lastAttemptAt: null, lastError: null, ...(readJson(db, STATE_KEY) as object) });
}

export function writeSchedule(db: Db, patch: Partial<Omit<StoredSchedule, 'tag'>>): StoredSchedule {
  const current = readSchedule(db);
  const next: StoredSchedule = { ...current, ...patch, tag: current.tag ?? randomBytes(4).toString('hex') };
  writeJson(db, SCHEDULE_KEY, next);
  return next;
}

/** A new vault's automatic backups: on, daily, the last 7 kept, in a folder beside the vault file. */
export function turnOnDefaultBackups(db: Db, vaultPath: string): StoredSchedule {
  const folder = join(dirname(vaultPath), DEFAULT_BACKUP_FOLDER_NAME);
  mkdirSync(folder, { recursive: true });
  return writeSchedule(db, { frequency: DEFAULT_BACKUP_FREQUENCY, keep: DEFAULT_BACKUP_KEEP, folder });
}

export function writeScheduleState(db: Db, patch: Partial<ScheduleState>): ScheduleState {
  const next = { ...readScheduleState(db), ...patch };
  writeJson(db, STATE_KEY, next);
  return next;
}

export function intervalMs(frequency: BackupFrequency): number | undefined {
  return frequency === 'daily' ? DAY_MS : frequency === 'weekly' ? 7 * DAY_MS : undefined;
}

/** When the next automatic backup is due; null when the schedule is off or has no folder. */
export function nextDueAt(schedule: StoredSchedule, state: ScheduleState, now: Date): Date | null {
  const interval = intervalMs(schedule.frequency);
  if (interval === undefined || !schedule.folder) return null;
  const last = state.lastBackupAt ? Date.parse(state.lastBackupAt) : NaN;
  let due = Number.isNaN(last) ? now.getTime() : last + interval;
  const attempt = state.lastAttemptAt ? Date.parse(state.lastAttemptAt) : NaN;
  if (state.lastError && !Number.isNaN(attempt)) due = Math.max(due, attempt + RETRY_AFTER_MS);
  return new Date(due);
}

export function describeSchedule(db: Db, now: Date = new Date()): BackupSchedule {
  const schedule = readSchedule(db);
  const state = readScheduleState(db);
  const manualIsLater = state.lastManualAt !== null && (state.lastBackupAt === null || state.lastManualAt > state.lastBackupAt);
  return {
    frequency: schedule.frequency,
    keep: schedule.keep,
    folder: schedule.folder,
    lastBackupAt: manualIsLater ? state.lastManualAt : state.lastBackupAt,
    lastBackupFile: manualIsLater ? state.lastManualFile : state.lastBackupFile,
    lastError: state.lastError,
    nextDueAt: nextDueAt(schedule, state, now)?.toISOString() ?? null,
  };
}
