import { intlLocale, LOCALES, type CatalogueLocale } from '../../shared/i18n/locales';
import { cliLocale, say } from './language';
import { UsageError } from './types';

/** `--locale`: one of the catalogue's languages, as written content or a document is; absent = undefined (the caller's default). */
export function localeOption(options: Record<string, string | boolean | undefined>): CatalogueLocale | undefined {
  const value = options.locale;
  if (typeof value !== 'string') return undefined;
  const match = LOCALES.find((locale) => locale === value.trim().toLowerCase());
  if (!match) throw new UsageError(say('cli.pdf.locale', { locales: new Intl.ListFormat(intlLocale(cliLocale()), { type: 'disjunction' }).format(LOCALES), value }));
  return match;
}
