import { z } from 'zod';
import { documentLocale } from '../documents/schema';

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
  /** Where the file sits as far as file-sync services go (null while there is no vault file). */
  placement: VaultPlacement | null;
}

export const SYNC_SERVICES = ['Dropbox', 'OneDrive', 'iCloud Drive', 'Google Drive', 'Box', 'Syncthing'] as const;
export type SyncService = (typeof SYNC_SERVICES)[number];

/** A folder that a file-sync service copies to other computers, and which service. */
export interface SyncedFolder {
  service: SyncService;
  folder: string;
}

export interface VaultPlacement {
  /** The live vault is inside a synced folder: it can be copied half-written or forked. */
  syncedFolder: SyncedFolder | null;
  /** Copies of this vault file a sync service made beside it when two computers changed it. */
  conflictedCopies: string[];
}

/** One of the conflicted copies found beside the current vault, to open and see what it holds. */
export const openCopyInput = z.strictObject({
  path: z.string('Path must be text').min(1, 'Choose a copy from the list').max(4096, 'Path is too long'),
});

/** Moves the (locked) vault file out of a synced folder: to the app's own folder, or the place just chosen. */
export const moveVaultInput = z.strictObject({ to: z.enum(['default', 'chosen']) });

export const createVaultInput = z.strictObject({
  passphrase,
  /** 'default' = the app-data folder; 'chosen' = the path picked in the last save dialog. */
  location: z.enum(['default', 'chosen']).default('default'),
  /** The app's language: the built-in agendas and rubric are written in it. Absent = English. */
  locale: documentLocale.optional(),
});
/** The demo's invented data, in the app's language (absent = English), when it is first made. */
export const createDemoInput = z.strictObject({ locale: documentLocale.optional() });

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

/** Merges a conflicted copy found beside the open vault into it; the passphrase opens the copy (the vault's, or the copy's own). */
export const mergeCopyInput = z.strictObject({
  path: z.string('Path must be text').min(1, 'Choose a copy from the list').max(4096, 'Path is too long'),
  passphrase,
  /** The language of the note that keeps the copy's differing text (the screens'); absent = English. */
  locale: documentLocale.optional(),
});

/** What a merge did, in counts per kind of record (table names), for the mentor to read. */
export interface MergeCopyResult {
  /** Records only the copy held, now in the vault. */
  added: { table: string; count: number }[];
  /** Records that could not be added (their chain went on differently here, or a rule refused them). */
  skipped: { table: string; count: number }[];
  /** Records both held with different values: the vault's stay. */
  differing: number;
  /** Of those, the copy's differing texts, kept in notes titled after the copy. */
  keptTexts: number;
  keptNotes: number;
  /** Differing texts of the mentor's own records (no mentee), counted only. */
  keptWithoutMentee: number;
  /** Where the merged copy now is (renamed beside where it was, never deleted). */
  movedTo: string;
}
