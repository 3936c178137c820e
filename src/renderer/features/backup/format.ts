import type { IntlShape } from 'react-intl';

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** 1536 → "1.5 KB" (in German "1,5 KB"): sizes for people, in the screens' language. */
export function formatBytes(intl: IntlShape, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return intl.formatMessage({ id: 'backup.size' }, { unit: UNITS[unit], value: Math.round(value * 10) / 10 });
}
