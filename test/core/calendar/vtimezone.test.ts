import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { vtimezone } from '../../../src/main/features/calendar/vtimezone';

/**
 * The VTIMEZONE block carries the zone's name exactly as the meeting stores it (the
 * library knows aliases by their canonical names), and an independent parser places a
 * wall-clock time in it at the instant Intl gives.
 */
function instantIn(timeZone: string, local: string): string {
  const block = vtimezone(timeZone);
  expect(block).not.toBeNull();
  const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(block!)));
  expect(zone.tzid).toBe(timeZone);
  const time = ICAL.Time.fromDateTimeString(local);
  time.zone = zone;
  return time.toJSDate().toISOString();
}

describe('vtimezone', () => {
  it('names the zone as the meeting does, aliases and UTC included', () => {
    expect(instantIn('Europe/Berlin', '2030-07-01T10:00:00')).toBe('2030-07-01T08:00:00.000Z');
    expect(instantIn('Europe/Berlin', '2030-01-15T10:00:00')).toBe('2030-01-15T09:00:00.000Z');
    expect(instantIn('Asia/Calcutta', '2030-07-01T10:00:00')).toBe('2030-07-01T04:30:00.000Z');
    expect(instantIn('UTC', '2030-07-01T10:00:00')).toBe('2030-07-01T10:00:00.000Z');
    // Mexico left daylight saving time in 2022: rules older than that would shift the summer.
    expect(instantIn('America/Mexico_City', '2030-07-01T10:00:00')).toBe('2030-07-01T16:00:00.000Z');
  });

  it('writes no block for a zone it does not know', () => {
    expect(vtimezone('Nowhere/Atlantis')).toBeNull();
  });
});
