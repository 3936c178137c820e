import { Temporal } from 'temporal-polyfill';

/**
 * Wall-clock times in a named IANA time zone: a meeting is planned as "10:00 in
 * Europe/Berlin" and kept as that plus the UTC instant it means. The conversion is
 * Temporal's (through its polyfill, until Node and Chromium ship it); the two helpers the
 * renderer uses need only Intl, so its bundle leaves the polyfill out.
 */

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

/** The instant `ms` as Temporal sees it in `timeZone` (what the calendar export hands ical-generator). */
export function zonedDateTime(ms: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
}

/**
 * The instant a wall-clock date and time in `timeZone` means. A time that happens twice
 * (clocks going back) is the earlier one; a time that never happens (clocks going
 * forward) moves forward by the gap, as calendars do: Temporal's "compatible" rule.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): number {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:MM) at the instant `ms` in `timeZone`. */
export function instantToZoned(ms: number, timeZone: string): { date: string; time: string } {
  const zoned = zonedDateTime(ms, timeZone);
  return { date: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }) };
}

