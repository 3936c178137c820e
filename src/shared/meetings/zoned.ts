/**
 * Wall-clock times in a named IANA time zone, with the platform's Intl (its time zone
 * database) and nothing else: a meeting is planned as "10:00 in Europe/Berlin" and kept
 * as that plus the UTC instant it means. Shared: the renderer formats with the same rules.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's canonical name (e.g. "europe/berlin" → "Europe/Berlin"), or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  if (name.trim() === '' || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The time zone of this computer: the mentor's own. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** What a clock on the wall in `timeZone` shows at the instant `ms`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

const wallMs = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Minutes east of UTC in `timeZone` at the instant `ms` (Berlin in summer: 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallMs(wallClock(whole, timeZone)) - whole) / 60_000);
}

/**
 * The instant a wall-clock date and time in `timeZone` means. A time that happens twice
 * (clocks going back) is the earlier one; a time that never happens (clocks going
 * forward) moves forward by the gap, as calendars do.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const DAY = 86_400_000;
  // The offsets a day either side cover any one transition near this time.
  const before = offsetMinutes(local - DAY, timeZone);
  const after = offsetMinutes(local + DAY, timeZone);
  const candidates = [...new Set([before, after])].map((o) => local - o * 60_000).filter((ms) => wallMs(wallClock(ms, timeZone)) === local);
  if (candidates.length > 0) return Math.min(...candidates);
  return local - before * 60_000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock date (YYYY-MM-DD) and time (HH:MM) at the instant `ms` in `timeZone`. */
export function instantToZoned(ms: number, timeZone: string): { date: string; time: string } {
  const w = wallClock(ms, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** A zone's short name at an instant ("CET", "GMT+2"), for calendars that show one. */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
