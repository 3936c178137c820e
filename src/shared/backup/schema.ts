import { z } from 'zod';
import type { BridgeError } from '../errors';
import { passphrase } from '../vault/schema';
import type { VaultStatus } from '../vault/schema';

/** A backup is a copy of the vault file (same format), under the vault's key or its own passphrase. */
export const BACKUP_EXTENSION = 'mentorvault';

export const createBackupInput = z.strictObject({
  /** A passphrase for the backup alone; absent = the backup opens with the vault's passphrase. */
  separatePassphrase: passphrase.optional(),
});

export const backupJobInput = z.strictObject({
  jobId: z.string().regex(/^[0-9a-f]{16}$/, 'Unknown backup job'),
});

export const BACKUP_PHASES = ['copying', 're-keying', 'verifying', 'finished'] as const;
export type BackupPhase = (typeof BACKUP_PHASES)[number];

export interface BackupResult {
  /** Where the backup was written (the place the mentor chose). */
  path: string;
  bytes: number;
  separatePassphrase: boolean;
  schemaVersion: number;
  /** Pages read back from the written file and authenticated (its HMACs). */
  pagesChecked: number;
  createdAt: string;
}

export interface BackupProgress {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  phase: BackupPhase;
  /** Bytes written so far in the current phase, against the vault's size. */
  bytesDone: number;
  bytesTotal: number;
  /** 0..1 over all phases, for a progress bar. */
  fraction: number;
  result: BackupResult | null;
  error: BridgeError | null;
}

export const BACKUP_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type BackupFrequency = (typeof BACKUP_FREQUENCIES)[number];
export const DEFAULT_BACKUP_KEEP = 7;
/** A new vault backs itself up on this schedule, into this folder beside the vault file, until the mentor changes it. */
export const DEFAULT_BACKUP_FREQUENCY: BackupFrequency = 'daily';
export const DEFAULT_BACKUP_FOLDER_NAME = 'backups';
export const MAX_BACKUP_KEEP = 100;

export const setBackupScheduleInput = z.strictObject({
  frequency: z.enum(BACKUP_FREQUENCIES, 'Choose off, daily or weekly'),
  keep: z
    .int('Keep must be a whole number')
    .min(1, 'Keep at least 1 backup')
    .max(MAX_BACKUP_KEEP, `Keep at most ${MAX_BACKUP_KEEP} backups`)
    .default(DEFAULT_BACKUP_KEEP),
  /** Opens the folder chooser (also opened when a schedule is turned on without a folder). */
  chooseFolder: z.boolean().default(false),
});

export interface BackupSchedule {
  frequency: BackupFrequency;
  keep: number;
  folder: string | null;
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  /** Why the last automatic backup failed (a code and a message without vault content). */
  lastError: string | null;
  nextDueAt: string | null;
}

export const verifyBackupInput = z.strictObject({
  /** The passphrase that opens the backup (the vault's, or the backup's own). */
  passphrase,
});

export interface BackupCheck {
  path: string;
  schemaVersion: number;
  rowsRead: number;
  /** What was checked, in order: passphrase, integrity, every row read, the domains' checks. */
  checks: string[];
}

export const RESTORE_CONFIRMATION = 'REPLACE';

export const restoreBackupInput = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('new-file'), passphrase }),
    z.strictObject({
      mode: z.literal('replace'),
      passphrase,
      confirm: z.literal(RESTORE_CONFIRMATION, `Type ${RESTORE_CONFIRMATION} to replace the open vault with the backup`),
    }),
  ],
  'Choose how to restore: new-file or replace',
);

export interface RestoreResult {
  mode: 'new-file' | 'replace';
  /** The vault file the backup was restored into. */
  path: string;
  /** Replace only: where the previous vault file was kept. */
  keptAsidePath: string | null;
  schemaVersion: number;
  rowsRead: number;
  status: VaultStatus;
}
