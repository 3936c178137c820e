import { useIntl } from 'react-intl';
import { DEFAULT_LOCALE, LOCALES, type CatalogueLocale } from '../../shared/i18n/locales';

/**
 * The language the app writes new default content in (a charter's template, a built-in
 * agenda): the screens' language; the test suite's pseudo-locale writes English.
 */
export function useContentLocale(): CatalogueLocale {
  const intl = useIntl();
  return LOCALES.find((locale) => locale === intl.locale) ?? DEFAULT_LOCALE;
}
