/**
 * The languages the app speaks. English is the source; every other language translates the
 * same ids. `en-XA` is a pseudo-locale generated from English (accented, about 40% longer)
 * for the test suite: it shows an untranslated string (unaccented) and a layout that cannot
 * take a longer language. It is never offered in Settings; only a system that reports it
 * selects it.
 */
export const LOCALES = ['en', 'de'] as const;
export type CatalogueLocale = (typeof LOCALES)[number];

export const PSEUDO_LOCALE = 'en-XA';
export type Locale = CatalogueLocale | typeof PSEUDO_LOCALE;

/** What the mentor can choose in Settings: follow the system, or one of the languages. */
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const DEFAULT_LOCALE: CatalogueLocale = 'en';

/** Each language's name in itself, as the choice in Settings shows it. */
export const LOCALE_NAMES: Record<CatalogueLocale, string> = { en: 'English', de: 'Deutsch' };

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The first of the system's preferred languages the app speaks ('de-AT' speaks 'de'), else
 * English. The pseudo-locale matches only exactly.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
    const language = tag.toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((locale) => locale === language);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** The locale in effect: the mentor's choice, or the system's languages when they chose 'system' (or nothing yet). */
export function resolveLocale(choice: LanguageChoice | undefined, systemLanguages: readonly string[]): Locale {
  if (choice && choice !== 'system') return choice;
  return matchLocale(systemLanguages);
}

/** The locale Intl formats dates and numbers with: the pseudo-locale formats as English. */
export function intlLocale(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

/** The first day of the week in a locale: 1 = Monday … 7 = Sunday (Intl's numbering), Monday where Intl cannot say. */
export function weekStart(locale: Locale): number {
  const info = new Intl.Locale(intlLocale(locale)) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
}
