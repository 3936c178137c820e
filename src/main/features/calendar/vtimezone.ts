import { offsetMinutes, wallClock, zoneAbbreviation } from '../../../shared/meetings/zoned';

/**
 * A VTIMEZONE for `timeZone` covering [fromMs, toMs], from the platform's time zone
 * database (Intl), so calendars place the events right even where their own rules for
 * the zone differ. ical-generator leaves VTIMEZONE to a generator function; the usual
 * package for it (@touch4it/ical-timezones) is not among this project's dependencies,
 * and Intl already holds the same data. Each change of offset in the span is written as
 * its own observance (no RRULE), which RFC 5545 allows and every parser reads.
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string {
  const DAY = 86_400_000;
  const transitions: { at: number; from: number; to: number }[] = [];
  let previous = offsetMinutes(fromMs, timeZone);
  for (let t = fromMs + DAY; t <= toMs + DAY; t += DAY) {
    const offset = offsetMinutes(t, timeZone);
    if (offset === previous) continue;
    // Narrow the change down to the minute.
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    transitions.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  const first = offsetMinutes(fromMs, timeZone);
  const standard = Math.min(first, ...transitions.map((t) => t.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  const observance = (at: number, from: number, to: number) => {
    const type = to > standard ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${type}`,
      // DTSTART of an observance is the local time just before the change, in the old offset.
      `DTSTART:${localStamp(at + from * 60_000)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `TZNAME:${zoneAbbreviation(at, timeZone).replace(/[^A-Za-z0-9+\-:]/g, '')}`,
      `END:${type}`,
    );
  };
  observance(fromMs, first, first);
  for (const t of transitions) observance(t.at, t.from, t.to);
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function localStamp(shiftedMs: number): string {
  const w = wallClock(shiftedMs, 'UTC');
  const p = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${p(w.year, 4)}${p(w.month)}${p(w.day)}T${p(w.hour)}${p(w.minute)}${p(w.second)}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
