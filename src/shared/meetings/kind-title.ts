import { translator } from '../i18n/intl';
import { DEFAULT_LOCALE, LOCALES, type CatalogueLocale } from '../i18n/locales';
import { MEETING_KIND_LABELS, type MeetingKind } from './schema';

/**
 * A meeting's default title in a language: the kind's name. English is the stored label
 * every vault has used so far; another language takes the catalogue's name of the kind.
 */
export function kindTitle(kind: MeetingKind, locale: CatalogueLocale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? MEETING_KIND_LABELS[kind] : translator(locale).t(`meetings.kind.${kind}`);
}

/** The language whose default title a meeting still carries, or undefined when the mentor gave it one of their own. */
export function defaultTitleLocale(kind: MeetingKind, title: string): CatalogueLocale | undefined {
  return LOCALES.find((locale) => kindTitle(kind, locale) === title);
}
