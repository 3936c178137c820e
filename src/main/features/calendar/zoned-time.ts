import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { wallClock, zonedToInstant, type WallClock } from '../../../shared/meetings/zoned';

/**
 * ical-generator writes `DTSTART;TZID=<zone>:<wall time>` correctly only from a value
 * that knows its own zone: with a plain Date it reads the *process's* local clock. It
 * accepts Temporal's ZonedDateTime, which Node 20 lacks, so this gives it the few
 * members of that interface it reads (its documented stub types), computed with Intl.
 */
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoOf = (w: WallClock) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

function plainDateTime(w: WallClock): ICalTemporalPlainDateTimeStub {
  const iso = isoOf(w);
  return {
    ...w,
    toPlainDate: () => ({ year: w.year, month: w.month, day: w.day, toJSON: () => iso.slice(0, 10), toString: () => iso.slice(0, 10) }),
    toZonedDateTime: (timeZone: string) => zonedDateTime(zonedToInstant(iso.slice(0, 10), iso.slice(11, 16), timeZone), timeZone),
    toJSON: () => iso,
    toString: () => iso,
  };
}

export function zonedDateTime(ms: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const w = wallClock(ms, timeZone);
  const iso = `${isoOf(w)}[${timeZone}]`;
  return {
    ...w,
    timeZoneId: timeZone,
    toPlainDateTime: () => plainDateTime(w),
    withTimeZone: (other: string) => zonedDateTime(ms, other),
    toInstant: () => ({
      epochMilliseconds: ms,
      toZonedDateTimeISO: (other: string) => zonedDateTime(ms, other),
      toJSON: () => new Date(ms).toISOString(),
      toString: () => new Date(ms).toISOString(),
    }),
    toJSON: () => iso,
    toString: () => iso,
  };
}
