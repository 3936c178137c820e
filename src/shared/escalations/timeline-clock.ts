/**
 * Where an escalation entry stands in its record's merged timeline: entries are ordered by
 * (clock, device). The clock is a hybrid logical clock reading taken when the entry is
 * written: the wall time in ISO 8601 UTC to the millisecond and a 4-hex-digit counter
 * (the first two parts of Actual Budget's timestamp; the device is its own column). It is
 * later than every clock already in that timeline, so an entry written after another was
 * seen sorts after it, whatever the two computers' clocks say.
 */

/**
 * The device of the entries written before each device had its own chain (migration 016):
 * they form one chain, have no clock (''), and come first in the timeline, in their order.
 */
export const EARLIER_DEVICE = 'vault';

export const TIMELINE_CLOCK = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z-[0-9A-F]{4}$/;

const MAX_COUNTER = 0xffff;

function format(ms: number, counter: number): string {
  return `${new Date(ms).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The clock of a new entry: after `latest` (the timeline's latest clock, if any) and not before `wallMs`. */
export function nextTimelineClock(latest: string | null, wallMs: number): string {
  if (latest === null || !TIMELINE_CLOCK.test(latest)) return format(wallMs, 0);
  const ms = Date.parse(latest.slice(0, 24));
  const counter = Number.parseInt(latest.slice(25), 16);
  if (wallMs > ms) return format(wallMs, 0);
  return counter < MAX_COUNTER ? format(ms, counter + 1) : format(ms + 1, 0);
}
