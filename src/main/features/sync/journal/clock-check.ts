import type { SyncMessage } from '../../../../shared/sync/message';

/**
 * How far ahead of this computer's clock a change may be stamped. A clock further ahead would
 * drag every later local change's hybrid clock with it (and win every merge); Actual Budget
 * refuses such a message silently, here the segment is held back with a plain warning and read
 * again on a later round, once the clocks agree.
 */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

/** A hybrid-logical-clock timestamp begins with its wall time in ISO 8601 UTC, to the millisecond. */
const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/;

export function wallTimeOf(timestamp: string): number | null {
  const m = WALL_TIME.exec(timestamp);
  if (!m) return null;
  const ms = Date.parse(m[0]);
  return Number.isNaN(ms) ? null : ms;
}

/** The furthest ahead of `now` the messages reach, in ms (0 when none is ahead); null if a timestamp is not a clock time. */
export function aheadBy(messages: readonly SyncMessage[], now: Date): number | null {
  let ahead = 0;
  for (const m of messages) {
    const wall = wallTimeOf(m.timestamp);
    if (wall === null) return null;
    ahead = Math.max(ahead, wall - now.getTime());
  }
  return ahead;
}

export function describeAhead(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}
