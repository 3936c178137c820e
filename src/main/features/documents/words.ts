import { format, parseISO } from 'date-fns';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../../../shared/i18n/locales';

/**
 * A document's words in its locale: the catalogue's messages, and dates and numbers as a
 * reader of that language expects them ("4 December 2026", "4. Dezember 2026").
 */
export interface DocWords {
  readonly locale: Locale;
  t(id: MessageId, values?: MessageValues): string;
  longDate(date: string): string;
  shortDate(date: string): string;
  number(value: number): string;
  withUnit(value: number, unit: string): string;
  /** A stored enum value in words ('on-track' → 'On track' / 'Im Plan'). */
  word(value: string): string;
}

const cache = new Map<Locale, DocWords>();

/** Midday UTC, so a calendar date never moves a day in any zone Intl formats it in. */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

export function documentWords(locale: Locale = DEFAULT_LOCALE): DocWords {
  const found = cache.get(locale);
  if (found) return found;
  const tr = translator(locale);
  const tag = intlLocale(locale);
  const long = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  // English keeps the day-month-year order its readers of these documents know ("4 Dec 2026"), which Intl's 'en' would turn around.
  const english = tag === 'en';
  const words: DocWords = {
    locale,
    t: (id, values) => tr.t(id, values),
    longDate: (date) => (english ? format(parseISO(date), 'd MMMM yyyy') : long.format(noon(date))),
    shortDate: (date) => (english ? format(parseISO(date), 'd MMM yyyy') : short.format(noon(date))),
    number: (value) => numbers.format(value),
    withUnit: (value, unit) => (unit === '%' ? `${numbers.format(value)}${locale === 'de' ? ' ' : ''}%` : `${numbers.format(value)} ${unit}`),
    word: (value) => {
      const id = `documents.word.${value}` as MessageId;
      if (id in tr.intl.messages) return tr.t(id);
      const spaced = value.replace(/-/g, ' ');
      return spaced.charAt(0).toUpperCase() + spaced.slice(1);
    },
  };
  cache.set(locale, words);
  return words;
}
