import type { VaultSession } from '../../app/session';
import { isSyncUnlocked, syncNow } from './service';
import { getState } from './state';

export type RoundOutcome = 'locked' | 'off' | 'paused' | 'done' | 'failed';

/** How often a round runs by itself while the vault is open and the sync key unwrapped. */
const DEFAULT_EVERY_MS = 5 * 60 * 1000;

/**
 * Rounds without a click: a plain timer, like the backup scheduler. A tick does nothing while
 * the vault is locked, sync is not set up, or the key waits for the passphrase (after a restart);
 * locking drops the key with the vault's handle, so no round runs after a lock. A round is one
 * synchronous call, so a lock cannot land in the middle of it.
 */
export class SyncRounds {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly session: VaultSession,
    private readonly everyMs = DEFAULT_EVERY_MS,
  ) {}

  start(): void {
    this.stop();
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  tick(): RoundOutcome {
    if (!this.session.isUnlocked) return 'locked';
    const db = this.session.db;
    if (!getState(db, 'folder')) return 'off';
    if (!isSyncUnlocked(db)) return 'paused';
    try {
      syncNow(db);
      return 'done';
    } catch {
      // The folder out of reach (a drive unmounted): the next tick, or Sync now, tries again.
      return 'failed';
    }
  }
}
