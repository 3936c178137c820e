import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/**
 * The VTIMEZONE for `timeZone`, from timezones-ical-library (the IANA database compiled
 * to yearly rules by vzic, kept current by its maintainers), so calendars place the
 * events right even where their own rules for the zone differ. The library names a
 * zone by its canonical name (UTC is "Etc/UTC", Asia/Calcutta is "Asia/Kolkata"); the
 * events name it as the meeting does, so the block takes that name. A zone the
 * library does not know gets no VTIMEZONE: calendars then read the IANA name itself.
 */
const known = new Set(tzlib_get_timezones() as string[]);

export function vtimezone(timeZone: string): string | null {
  // Asked only for a zone it knows: it writes to the console about any other.
  if (!known.has(timeZone)) return null;
  const [block] = tzlib_get_ical_block(timeZone) as string[];
  if (!block) return null;
  return block.replace(/^TZID:.*$/m, `TZID:${timeZone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${timeZone}`);
}
