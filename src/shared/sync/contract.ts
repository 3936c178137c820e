import { z } from 'zod';
import { method } from '../contract/define';
import { empty } from '../primitives';
import { passphrase } from '../vault/schema';

/** An absolute path to a folder a file-sync service copies between computers. */
const syncFolder = z
  .string('The sync folder must be text')
  .min(1, 'Choose a sync folder')
  .max(4096, 'The sync folder path is too long')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'The sync folder must be a full path, not a relative one');

export const startSyncInput = z.strictObject({ folder: syncFolder, passphrase });

export interface SyncResultView {
  sent: number;
  received: number;
  applied: number;
  revisions: number;
  skipped: number;
  forks: number;
  fromSnapshot: boolean;
}

export interface SyncStatusView {
  folder: string | null;
  deviceName: string | null;
  otherDevices: string[];
  lastSync: (SyncResultView & { at: string }) | null;
  pendingChanges: number;
  revisions: number;
}

/** Sync of the open vault through a folder (the data key is kept only while the app runs). */
export const syncContract = {
  'sync.status': method(empty).returns<SyncStatusView>(),
  'sync.start': method(startSyncInput).returns<SyncResultView>(),
  'sync.now': method(empty).returns<SyncResultView>(),
};
