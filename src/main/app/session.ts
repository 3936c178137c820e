import { existsSync } from 'node:fs';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import type { AppSettings } from '../../shared/settings/schema';
import type { RecentVault, VaultStatus } from '../../shared/vault/schema';
import { fillDemoVault } from '../demo/generate';
import { moveVaultFile } from '../vault/move';
import { conflictedCopiesOf, syncedFolderOf } from '../vault/placement';
import type { Db } from '../vault/sqlite';
import { Vault } from '../vault/vault';
import { VaultError } from '../vault/vault-error';
import type { ConfigStore } from './config';

export const DEMO_PASSPHRASE = 'demo-only-not-a-secret';

export interface SessionPaths {
  /** Where a new vault goes unless the mentor picks another place. */
  defaultVaultPath: string;
  demoVaultPath: string;
}

/** 'damaged': the page check after unlock found a damaged page (see vault/page-check.ts). */
export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'quit' | 'damaged';

/**
 * Which vault file is current, and whether it is unlocked. Handlers get the open
 * database from here; nothing else keeps a handle.
 */
export class VaultSession {
  private vault: Vault | undefined;
  private currentPath: string | null;
  private isDemo = false;
  private chosenPath: string | undefined;
  /** Vaults whose page check failed this session: unlocking them checks every page first. */
  private readonly damaged = new Set<string>();
  private readonly lockListeners = new Set<(reason: LockReason) => void>();
  private readonly settingsListeners = new Set<(settings: AppSettings) => void>();

  constructor(
    private readonly config: ConfigStore,
    readonly paths: SessionPaths,
  ) {
    const last = config.lastVaultPath;
    this.currentPath = last && existsSync(last) ? last : existsSync(paths.defaultVaultPath) ? paths.defaultVaultPath : null;
  }

  get isUnlocked(): boolean {
    return this.vault?.isOpen ?? false;
  }

  /** The open vault; throws VAULT_LOCKED otherwise. */
  get current(): Vault {
    if (!this.vault?.isOpen) throw new VaultError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.vault;
  }

  get db(): Db {
    return this.current.db;
  }

  get settings() {
    return this.config.settings;
  }

  updateSettings(patch: Partial<AppSettings>): AppSettings {
    const updated = this.config.updateSettings(patch);
    for (const listener of this.settingsListeners) listener(updated);
    return updated;
  }

  onSettingsChange(listener: (settings: AppSettings) => void): () => void {
    this.settingsListeners.add(listener);
    return () => this.settingsListeners.delete(listener);
  }

  status(): VaultStatus {
    return {
      state: this.isUnlocked ? 'unlocked' : this.currentPath && existsSync(this.currentPath) ? 'locked' : 'none',
      path: this.currentPath,
      defaultPath: this.paths.defaultVaultPath,
      isDemo: this.isDemo,
      demoPassphrase: DEMO_PASSPHRASE,
      hasDemo: existsSync(this.paths.demoVaultPath),
      damaged: this.currentPath !== null && this.damaged.has(this.currentPath),
      placement: this.placement(),
    };
  }

  /** The demo lives in the app's own folder and is never synced: only the mentor's vault is looked at. */
  private placement(): VaultStatus['placement'] {
    if (!this.currentPath || this.isDemo || !existsSync(this.currentPath)) return null;
    const syncedFolder = syncedFolderOf(this.currentPath);
    return { syncedFolder, conflictedCopies: conflictedCopiesOf(this.currentPath, syncedFolder !== null) };
  }

  /** The path, when it is a conflicted copy found beside the current vault; refused otherwise. */
  conflictedCopy(path: string): string {
    const copies = this.placement()?.conflictedCopies ?? [];
    if (!copies.includes(path)) throw new VaultError('NOT_FOUND', 'That file is not a copy of this vault found beside it.');
    return path;
  }

  /** Makes a copy a sync service left beside the vault current, locked: only one found there. */
  openConflictedCopy(path: string): VaultStatus {
    this.conflictedCopy(path);
    this.lock('user');
    this.currentPath = path;
    return this.status();
  }

  /** Moves the locked vault file to the app's own folder or the place just chosen, and opens it from there next. */
  move(to: 'default' | 'chosen'): VaultStatus {
    if (this.isUnlocked) throw new VaultError('CONFLICT', 'Lock the vault first: an open vault is never moved.');
    if (!this.currentPath || this.isDemo) throw new VaultError('NO_VAULT', 'There is no vault of yours to move.');
    const target = to === 'chosen' ? this.chosenPath : this.paths.defaultVaultPath;
    if (!target) throw new VaultError('INVALID_INPUT', 'Choose where the vault should go first.');
    const from = this.currentPath;
    moveVaultFile(from, target);
    this.chosenPath = undefined;
    this.currentPath = target;
    this.damaged.delete(from);
    this.config.forgetRecentVault(from);
    this.config.lastVaultPath = target;
    return this.status();
  }

  rememberChosenPath(path: string): void {
    this.chosenPath = path;
  }

  async create(passphrase: string, location: 'default' | 'chosen'): Promise<VaultStatus> {
    const path = location === 'chosen' ? this.chosenPath : this.paths.defaultVaultPath;
    if (!path) throw new VaultError('INVALID_INPUT', 'Choose where to keep the vault first.');
    // The new vault first: a refusal (weak passphrase, file exists) leaves the open one as it was.
    const created = await Vault.create(path, passphrase, { createFolder: location === 'default' });
    this.lock('user');
    this.vault = created;
    this.currentPath = path;
    this.isDemo = false;
    this.config.lastVaultPath = path;
    return this.status();
  }

  /** A separate vault filled with invented data, for trying the app. */
  async createDemo(locale?: CatalogueLocale): Promise<VaultStatus> {
    this.lock('user');
    const path = this.paths.demoVaultPath;
    if (existsSync(path)) {
      this.opened(await Vault.unlock(path, DEMO_PASSPHRASE, { checkPagesInline: this.damaged.has(path) }));
    } else {
      this.vault = await Vault.create(path, DEMO_PASSPHRASE, { createFolder: true, allowWeakPassphrase: true });
      fillDemoVault(this.vault.db, { mentees: 12, seed: 7, locale });
    }
    this.currentPath = path;
    this.isDemo = true;
    return this.status();
  }

  switchTo(which: 'main' | 'demo'): VaultStatus {
    this.lock('user');
    if (which === 'demo') {
      this.currentPath = this.paths.demoVaultPath;
      this.isDemo = true;
    } else {
      const last = this.config.lastVaultPath;
      this.currentPath = last && existsSync(last) ? last : existsSync(this.paths.defaultVaultPath) ? this.paths.defaultVaultPath : null;
      this.isDemo = false;
    }
    return this.status();
  }

  /** The vaults opened here lately (the demo never), and whether each file is still there. */
  recentVaults(): RecentVault[] {
    return this.config.recentVaults.map((path) => ({ path, missing: !existsSync(path), current: path === this.currentPath && !this.isDemo }));
  }

  /** Makes one of the recent vaults current, locked, for the unlock screen; only a listed path. */
  selectRecentVault(path: string): VaultStatus {
    if (!this.config.recentVaults.includes(path)) throw new VaultError('NOT_FOUND', 'That vault is not in the list of recent vaults.');
    if (!existsSync(path)) throw new VaultError('VAULT_NOT_FOUND', 'That vault file is missing: it was moved or deleted. Remove it from the list, or put the file back.');
    this.lock('user');
    this.currentPath = path;
    this.isDemo = false;
    return this.status();
  }

  forgetRecentVault(path: string): RecentVault[] {
    this.config.forgetRecentVault(path);
    return this.recentVaults();
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    if (this.isUnlocked) return this.status();
    if (!this.currentPath) throw new VaultError('NO_VAULT', 'There is no vault yet: create one first.');
    this.opened(await Vault.unlock(this.currentPath, passphrase, { checkPagesInline: this.damaged.has(this.currentPath) }));
    if (!this.isDemo) this.config.lastVaultPath = this.currentPath;
    return this.status();
  }

  /** A large vault's pages are checked after unlock: a damaged one is locked at once. */
  private opened(vault: Vault): void {
    this.vault = vault;
    this.damaged.delete(vault.path);
    void vault.pagesChecked.then((outcome) => {
      if (outcome !== 'damaged' || this.vault !== vault) return;
      this.damaged.add(vault.path);
      this.lock('damaged');
    });
  }

  lock(reason: LockReason): VaultStatus {
    if (this.vault?.isOpen) {
      this.vault.lock();
      for (const listener of this.lockListeners) listener(reason);
    }
    this.vault = undefined;
    return this.status();
  }

  onLock(listener: (reason: LockReason) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }
}
