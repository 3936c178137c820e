import { method } from '../contract/define';
import { empty } from '../primitives';
import {
  backupJobInput,
  createBackupInput,
  restoreBackupInput,
  setBackupScheduleInput,
  verifyBackupInput,
  type BackupCheck,
  type BackupProgress,
  type BackupSchedule,
  type RestoreResult,
} from './schema';

/**
 * Encrypted backups. Files are always chosen in a dialog opened by the main process;
 * a method whose dialog is cancelled answers null.
 */
export const backupContract = {
  /** Opens a save dialog, then starts the backup; poll backup.progress with the job id. */
  'backup.create': method(createBackupInput).returns<{ jobId: string } | null>(),
  'backup.progress': method(backupJobInput).returns<BackupProgress>(),
  'backup.getSchedule': method(empty).returns<BackupSchedule>(),
  'backup.setSchedule': method(setBackupScheduleInput).returns<BackupSchedule | null>(),
  /** Opens a file dialog and checks the chosen backup without changing anything. */
  'backup.verify': method(verifyBackupInput).returns<BackupCheck | null>(),
  /** Opens a file dialog (and a save dialog for a new file), checks, then restores. */
  'backup.restore': method(restoreBackupInput).returns<RestoreResult | null>(),
};
