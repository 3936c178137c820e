import { z } from 'zod';

export const passphrase = z.string('Passphrase must be text').min(1, 'Enter the passphrase').max(1024, 'Passphrase is too long');

export const VAULT_STATES = ['none', 'locked', 'unlocked'] as const;

export interface VaultStatus {
  state: (typeof VAULT_STATES)[number];
  /** Where the vault file lives (shown so the mentor knows what to back up). */
  path: string | null;
  defaultPath: string;
  isDemo: boolean;
  /** Passphrase of the demo vault: demo data only, so it is published. */
  demoPassphrase: string;
  hasDemo: boolean;
  /** The check after unlock found a damaged page in this vault and locked it; unlocking checks again. */
  damaged: boolean;
}

export const createVaultInput = z.strictObject({
  passphrase,
  /** 'default' = the app-data folder; 'chosen' = the path picked in the last save dialog. */
  location: z.enum(['default', 'chosen']).default('default'),
});

export const unlockInput = z.strictObject({ passphrase });

export const changePassphraseInput = z.strictObject({ current: passphrase, next: passphrase });

/** A vault opened here lately (the app's config keeps the paths, nothing else). */
export interface RecentVault {
  path: string;
  /** The file is no longer where it was. */
  missing: boolean;
  /** It is the vault the unlock screen is for. */
  current: boolean;
}

export const recentVaultInput = z.strictObject({
  path: z.string('Path must be text').min(1, 'Choose a vault from the list').max(4096, 'Path is too long'),
});

export const switchVaultInput = z.strictObject({ which: z.enum(['main', 'demo']) });

export interface ChosenLocation {
  path: string;
}

export interface VaultInfo {
  path: string;
  appFormatVersion: number;
  schemaVersion: number;
  kdf: { version: number; name: string; N: number; r: number; p: number };
  createdAt: string | null;
  sizeBytes: number;
  counts: Record<string, number>;
  /** The vault-wide record chain's head: its fingerprint is what the mentor notes elsewhere. */
  recordChain: { fingerprint: string; head: string; links: number };
  /** Exchange forms the vault made, and how many came back and were imported. */
  forms: { made: number; imported: number };
}
