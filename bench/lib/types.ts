import type { KeyMaterial } from '../../src/main/vault/kdf';
import type { Db } from '../../src/main/vault/sqlite';
import type { Vault } from '../../src/main/vault/vault';

export type Kind = 'encrypted' | 'plain';

/** One of the two databases a case runs against: the vault, or its plain SQLite twin. */
export interface Target {
  kind: Kind;
  db: Db;
  path: string;
}

/** What every case gets: both targets, built the same way with the same rows. */
export interface BenchEnv {
  dir: string;
  passphrase: string;
  /** The vault's derived key, so cases can reopen it without the KDF. */
  key: KeyMaterial;
  encrypted: Target;
  plain: Target;
  /** The open vault behind `encrypted`, for work that needs more than its connection (backup). */
  vault: Vault;
}

/**
 * One row of the table. `run` is timed; `setup` (once per target) and `reset` (after each
 * timed run) are not. Encrypted and plain runs alternate so drift hits both alike.
 */
export interface BenchCase {
  name: string;
  iterations: number;
  /** Untimed runs first (caches, statement preparation). Default 1. */
  warmup?: number;
  /** False for work that only the vault does (the KDF): no plain column, no ratio. */
  twin: boolean;
  /** What a sample counts; 'ms' (default) is timed around `run`. */
  unit?: 'ms' | 'kB' | 'MB' | 'rows';
  setup?(env: BenchEnv, target: Target): void | Promise<void>;
  /**
   * Timed from outside, unless it returns a number: then that is the sample (a time
   * measured inside the page, a size, a count), in `unit`.
   */
  run(env: BenchEnv, target: Target, iteration: number): void | number | Promise<void | number>;
  reset?(env: BenchEnv, target: Target, iteration: number): void | Promise<void>;
  /** After the last run (close a browser, remove files). */
  teardown?(env: BenchEnv): void | Promise<void>;
  /** The row's performance target, shown beside it: e.g. '<= 15 ms p95'. */
  target?: string;
  /**
   * The name of an earlier row this one is compared with: its ratio is this median over
   * that one's (with sync against without), instead of vault against plain twin.
   */
  ratioTo?: string;
}
