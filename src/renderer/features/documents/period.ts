import { endOfQuarter, format, startOfQuarter, startOfYear, subDays, subQuarters } from 'date-fns';
import { DEFAULT_PERIOD_DAYS } from '../../../shared/dashboard/period';

/** Periods a report usually covers, each as from/to calendar dates ending today or at a quarter's end. */
export const PERIOD_PRESETS = ['last-30', 'last-90', 'this-quarter', 'last-quarter', 'this-year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const day = (d: Date) => format(d, 'yyyy-MM-dd');

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: Date = new Date()): { from: string; to: string } {
  switch (preset) {
    case 'last-30':
      return { from: day(subDays(today, 29)), to: day(today) };
    case 'last-90':
      return { from: day(subDays(today, DEFAULT_PERIOD_DAYS - 1)), to: day(today) };
    case 'this-quarter':
      return { from: day(startOfQuarter(today)), to: day(today) };
    case 'last-quarter': {
      const previous = subQuarters(today, 1);
      return { from: day(startOfQuarter(previous)), to: day(endOfQuarter(previous)) };
    }
    case 'this-year':
      return { from: day(startOfYear(today)), to: day(today) };
  }
}
