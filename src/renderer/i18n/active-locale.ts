import { intlLocale, type Locale } from '../../shared/i18n/locales';

/**
 * The locale the screens speak now, for the few helpers called outside React's tree
 * (date formatting, error words). LocaleProvider sets it before it renders the app, and
 * re-renders the whole app when it changes, so every reader sees the new one.
 */
let active: Locale = 'en';

export function getActiveLocale(): Locale {
  return active;
}

export function setActiveLocale(locale: Locale): void {
  active = locale;
  document.documentElement.lang = intlLocale(locale);
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** A date format in the active locale, made once per locale and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date:${active}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(active), options)));
  return format as Intl.DateTimeFormat;
}

/** A number format in the active locale, made once per locale and options. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `number:${active}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(intlLocale(active), options)));
  return format as Intl.NumberFormat;
}
