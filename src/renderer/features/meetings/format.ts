import { systemTimeZone } from '../../../shared/meetings/zoned';
import { dateFormat } from '../../i18n/active-locale';

/** The mentor's own zone, from the platform: meetings are planned in it. */
export const MENTOR_TIME_ZONE = systemTimeZone();

/** When a meeting starts, in the language of the screens and the zone it was planned in (that zone named when it is not the mentor's). */
export function formatWhen(m: { startsAt: string; timeZone: string }): string {
  const text = dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: m.timeZone }).format(new Date(m.startsAt));
  return m.timeZone === MENTOR_TIME_ZONE ? text : `${text} (${m.timeZone})`;
}

export function formatDay(m: { startsAt: string; timeZone: string }): string {
  return dateFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: m.timeZone }).format(new Date(m.startsAt));
}

/** 754 → "12:34"; an hour and more → "1:02:34". */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
