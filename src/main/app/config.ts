import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { appSettingsShape, type AppSettings } from '../../shared/settings/schema';

/**
 * The app's own small settings file, outside the vault: it must be readable while the
 * vault is locked (where the vault is, when to lock). It holds nothing confidential.
 */
const configShape = z.object({
  lastVaultPath: z.string().nullable().default(null),
  /** The vaults last opened here, newest first: paths only. */
  recentVaults: z.array(z.string()).catch([]).default([]),
  settings: appSettingsShape.default({ idleLockMinutes: 10, clipboardClearSeconds: 30 }),
});
type Config = z.infer<typeof configShape>;

/** How many vaults the unlock screen lists. */
export const MAX_RECENT_VAULTS = 5;

export const DEFAULT_SETTINGS: AppSettings = { idleLockMinutes: 10, clipboardClearSeconds: 30, spellCheck: true };

export class ConfigStore {
  private config: Config;

  constructor(private readonly file: string | undefined) {
    this.config = configShape.parse({});
    if (file && existsSync(file)) {
      const parsed = configShape.safeParse(safeJson(readFileSync(file, 'utf8')));
      if (parsed.success) this.config = parsed.data;
    }
  }

  get lastVaultPath(): string | null {
    return this.config.lastVaultPath;
  }

  set lastVaultPath(path: string | null) {
    this.config.lastVaultPath = path;
    if (path) this.config.recentVaults = [path, ...this.config.recentVaults.filter((p) => p !== path)].slice(0, MAX_RECENT_VAULTS);
    this.save();
  }

  get recentVaults(): string[] {
    return [...this.config.recentVaults];
  }

  forgetRecentVault(path: string): void {
    this.config.recentVaults = this.config.recentVaults.filter((p) => p !== path);
    this.save();
  }

  get settings(): AppSettings {
    return { ...DEFAULT_SETTINGS, ...this.config.settings };
  }

  updateSettings(patch: Partial<AppSettings>): AppSettings {
    this.config.settings = { ...this.config.settings, ...patch };
    this.save();
    return this.settings;
  }

  private save(): void {
    if (!this.file) return;
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.config, null, 2));
    renameSync(temp, this.file);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
