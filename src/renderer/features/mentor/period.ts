import { localToday, plusDays } from '../../../shared/dates';

export type PeriodChoice = 'this-year' | 'last-12-months' | 'last-year' | 'all';

export const PERIOD_OPTIONS: { value: PeriodChoice; label: string }[] = [
  { value: 'this-year', label: 'This year' },
  { value: 'last-12-months', label: 'The last 12 months' },
  { value: 'last-year', label: 'Last year' },
  { value: 'all', label: 'Everything' },
];

/** The dates a choice means, as of today (the mentor's local day). */
export function periodOf(choice: PeriodChoice, today = localToday()): { from: string | null; to: string | null } {
  const year = Number(today.slice(0, 4));
  switch (choice) {
    case 'this-year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'last-12-months':
      return { from: plusDays(today, -364), to: today };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'all':
      return { from: null, to: null };
  }
}
