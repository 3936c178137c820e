import { localToday, plusDays } from '../../../shared/dates';
import { mentorWords } from './labels';

export const PERIOD_CHOICES = ['this-year', 'last-12-months', 'last-year', 'all'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The period choices in the language of the screens (call during render). */
export const periodOptions = (): { value: PeriodChoice; label: string }[] =>
  PERIOD_CHOICES.map((value) => ({ value, label: mentorWords(`mentor.period.${value}`) }));

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
