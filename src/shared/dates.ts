import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * Calendar dates of the plan are the mentor's local days (YYYY-MM-DD), never instants:
 * "today" is the date on the mentor's own calendar.
 */
export function localToday(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export function plusDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
