import { translator } from '../../../shared/i18n/intl';
import { DEFAULT_LOCALE, intlLocale, type CatalogueLocale } from '../../../shared/i18n/locales';
import { kindTitle } from '../../../shared/meetings/kind-title';
import type { ContingencyKind, MeetingKind } from '../../../shared/meetings/schema';

/**
 * The sentences the meetings code writes into records (a decision-log entry, a note's
 * title), in the language the screens asked for: written once, they are the mentor's data.
 * English keeps ISO dates and a kind's name in lower case inside a sentence; German
 * writes its dates as Germans do and keeps its nouns capitalised. (ICU's select keys take no
 * hyphen, so a kind goes into a select by a short key.)
 */
export function writtenWords(locale: CatalogueLocale = DEFAULT_LOCALE) {
  const { t } = translator(locale);
  const english = locale === 'en';
  const day = (date: string) => (english ? date : new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)));
  const inSentence = (kind: MeetingKind) => (english ? kindTitle(kind, locale).toLowerCase() : kindTitle(kind, locale));
  const shift = (days: number) => ({ days: Math.abs(days), direction: days < 0 ? 'earlier' : 'later' });
  return {
    noteTitle: (kind: MeetingKind, date: string) => t('meetings.written.noteTitle', { kind: kindTitle(kind, locale), date: day(date) }),
    withdrawn: (decision: string) => t('meetings.written.withdrawn', { decision }),
    withdrawnWhy: (kind: MeetingKind, date: string) => t('meetings.written.withdrawnWhy', { kind: inSentence(kind), date: day(date) }),
    moveRhythm: (days: number) => t('meetings.written.moveRhythm', shift(days)),
    moveRhythmWhy: (kind: MeetingKind, planned: string, held: string) => t('meetings.written.moveRhythmWhy', { kind: inSentence(kind), planned: day(planned), held: day(held) }),
    moveRhythmChanged: (count: number, days: number) => t('meetings.written.moveRhythmChanged', { count, ...shift(days) }),
    converted: (from: MeetingKind, date: string, to: ContingencyKind) => t('meetings.written.converted', { from: kindTitle(from, locale), date: day(date), to: to === 'async-exercise' ? 'async' : 'focused' }),
    convertedChanged: (from: MeetingKind, to: MeetingKind) => t('meetings.written.convertedChanged', { from: kindTitle(from, locale), to: kindTitle(to, locale) }),
  };
}
