import { makeClock, setClock, Timestamp, type Clock } from '@actual-app/crdt';
import type { Db } from '../../../vault/sqlite';
import { VaultError } from '../../../vault/vault-error';

/** Actual's default, and the limit the mentor is told about. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

const CLOCK_AHEAD =
  "Another computer's clock is more than 5 minutes ahead of this one's. Set both computers to set their time automatically, then sync again; nothing was applied.";

/**
 * This vault's hybrid logical clock, kept in `sync_state` between sessions. Actual's
 * Timestamp holds one clock per process; each call here first makes this vault's the
 * current one, so several vaults open in one process (the CLI, tests) keep their own.
 */
export class ReplicaClock {
  private readonly clock: Clock;

  constructor(
    private readonly db: Db,
    readonly deviceId: string,
  ) {
    const saved = db.prepare("SELECT value FROM sync_state WHERE key = 'clock'").pluck().get() as string | undefined;
    const parsed = saved ? Timestamp.parse(saved) : null;
    this.clock = makeClock(parsed ?? new Timestamp(0, 0, deviceId));
  }

  /** The clock's current time: every timestamp it stamps next is later. */
  current(): string {
    return this.clock.timestamp.toString();
  }

  /**
   * The timestamp of a local change written at `writtenMs`: the HLC send rule with the
   * write time as the physical part (Actual's `send` reads the time of the call, which for
   * a change made offline days ago would be the time it is sent, not the time it was made).
   */
  stampWrite(writtenMs: number): string {
    const now = this.clock.timestamp;
    let millis = Math.max(now.millis(), writtenMs);
    let counter = millis === now.millis() ? now.counter() + 1 : 0;
    // Rows collected at once share one time: past the counter's 65,536, the next millisecond
    // is borrowed (100,000 changes run the clock 2 ms ahead, far inside the 5-minute limit).
    if (counter > 0xffff) {
      millis += 1;
      counter = 0;
    }
    now.setMillis(millis);
    now.setCounter(counter);
    return new Timestamp(millis, counter, this.deviceId).toString();
  }

  /** Moves the clock past a received timestamp; refuses one too far ahead of this computer's time. */
  receive(timestamp: string): void {
    const parsed = Timestamp.parse(timestamp);
    if (!parsed) throw new VaultError('INVALID_INPUT', 'A change from another computer has an unreadable time stamp.');
    if (parsed.millis() - Date.now() > MAX_CLOCK_AHEAD_MS) {
      throw new VaultError('CONFLICT', CLOCK_AHEAD);
    }
    setClock(this.clock);
    try {
      Timestamp.recv(parsed);
    } catch (err) {
      if (err instanceof Timestamp.ClockDriftError) throw new VaultError('CONFLICT', CLOCK_AHEAD);
      throw err;
    }
  }

  save(): void {
    this.db.prepare("INSERT INTO sync_state (key, value) VALUES ('clock', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      this.clock.timestamp.toString(),
    );
  }
}
