import { method } from '../contract/define';
import { empty } from '../primitives';
import type { SyncKeysAfterChange } from '../sync/contract';
import {
  changePassphraseInput,
  createDemoInput,
  createVaultInput,
  mergeCopyInput,
  moveVaultInput,
  openCopyInput,
  recentVaultInput,
  switchVaultInput,
  unlockInput,
  type ChosenLocation,
  type MergeCopyResult,
  type RecentVault,
  type VaultInfo,
  type VaultStatus,
} from './schema';

export const vaultContract = {
  'vault.status': method(empty).returns<VaultStatus>(),
  /** Opens a save dialog; the chosen path stays in the main process. */
  'vault.chooseLocation': method(empty).returns<ChosenLocation | null>(),
  'vault.create': method(createVaultInput).returns<VaultStatus>(),
  'vault.createDemo': method(createDemoInput).returns<VaultStatus>(),
  'vault.switch': method(switchVaultInput).returns<VaultStatus>(),
  'vault.unlock': method(unlockInput).returns<VaultStatus>(),
  /** The vaults opened here lately, newest first, each marked missing when its file is gone. */
  'vault.recent': method(empty).returns<RecentVault[]>(),
  /** Makes a listed vault the one to unlock. */
  'vault.selectRecent': method(recentVaultInput).returns<VaultStatus>(),
  'vault.forgetRecent': method(recentVaultInput).returns<RecentVault[]>(),
  /** Moves the locked vault file (out of a synced folder); the original is removed once the copy reads back the same. */
  'vault.move': method(moveVaultInput).returns<VaultStatus>(),
  /** Makes a conflicted copy found beside the vault the one to unlock (only a listed copy). */
  'vault.openCopy': method(openCopyInput).returns<VaultStatus>(),
  /** Merges a conflicted copy found beside the open vault into it, then renames the copy "….merged" (docs/sync.md). */
  'vault.mergeCopy': method(mergeCopyInput).returns<MergeCopyResult>(),
  'vault.lock': method(empty).returns<VaultStatus>(),
  'vault.changePassphrase': method(changePassphraseInput).returns<VaultStatus & { syncKeys: SyncKeysAfterChange }>(),
  'vault.info': method(empty).returns<VaultInfo>(),
};
