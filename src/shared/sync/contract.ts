import { z } from 'zod';
import { method } from '../contract/define';
import { says } from '../i18n/messages/validation';
import { empty } from '../primitives';
import { passphrase } from '../vault/schema';

/** An absolute path to a folder a file-sync service copies between computers. */
const syncFolder = z
  .string(says('validation.says.syncFolderText'))
  .min(1, says('validation.says.syncFolderChoose'))
  .max(4096, says('validation.says.syncFolderLong'))
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), says('validation.says.syncFolderFullPath'));

export const startSyncInput = z.strictObject({ folder: syncFolder, passphrase });

/** The most characters of this computer's name (it stays in the vault, never in the folder). */
export const DEVICE_NAME_MAX = 60;

export const renameDeviceInput = z.strictObject({
  name: z
    .string(says('validation.says.deviceNameRequired'))
    .trim()
    .min(1, says('validation.says.deviceNameRequired'))
    .max(DEVICE_NAME_MAX, says('validation.says.deviceNameLong')),
});

export interface SyncResultView {
  sent: number;
  received: number;
  applied: number;
  revisions: number;
  skipped: number;
  forks: number;
  fromSnapshot: boolean;
  /** Other computers whose changes were held back because they are dated ahead of this clock. */
  clockAhead: number;
}

/** Another computer syncing through the folder: its folder's random id, and when its changes were last read here. */
export interface SyncDeviceView {
  id: string;
  lastSeen: string | null;
}

export interface SyncStatusView {
  folder: string | null;
  deviceName: string | null;
  /** Whether the data key is in memory (after a restart the passphrase is asked again). */
  unlocked: boolean;
  otherDevices: SyncDeviceView[];
  lastSync: (SyncResultView & { at: string }) | null;
  pendingChanges: number;
  revisions: number;
}

/**
 * What a passphrase change did to the sync folder's keys file: nothing to do, rewrapped with
 * the new passphrase, left alone because it opens with another passphrase (changed on another
 * computer), or left alone because the folder could not be reached or written.
 */
export type SyncKeysAfterChange = 'notSyncing' | 'rewrapped' | 'otherPassphrase' | 'unreachable';

/** Sync of the open vault through a folder (the data key is kept only while the app runs). */
export const syncContract = {
  'sync.status': method(empty).returns<SyncStatusView>(),
  /** The folder dialog; null when the person cancels. Nothing is saved until sync.start. */
  'sync.chooseFolder': method(empty).returns<{ folder: string } | null>(),
  'sync.start': method(startSyncInput).returns<SyncResultView>(),
  'sync.now': method(empty).returns<SyncResultView>(),
  'sync.rename': method(renameDeviceInput).returns<SyncStatusView>(),
};
