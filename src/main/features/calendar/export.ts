import type { IcsExport } from '../../../shared/calendar/schema';
import { localToday } from '../../../shared/dates';
import type { HandlerContext } from '../../ipc/context';
import { sql } from '../../vault/statements';
import { writeExportFile } from '../data-export/file';
import { buildIcs, calendarLocale } from './ics';
import type { Db } from '../../vault/sqlite';
import type { CatalogueLocale } from '../../../shared/i18n/locales';
import { documentWords } from '../documents/words';

/** A file name without anything a file system might refuse. */
function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'mentee';
}

/** The file name the save dialog suggests, in the calendar's language. */
export function icsFileName(db: Db, menteeId: number | undefined, locale: CatalogueLocale, today = localToday()): string {
  const name = menteeId === undefined ? '' : ((sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string | undefined) ?? 'mentee');
  return `${documentWords(locale).t('calendar.fileName', { scope: menteeId === undefined ? 'all' : 'one', mentee: safeName(name), date: today })}.ics`;
}

/** calendar.exportIcs: the mentor picks where; the file holds planned meetings and no confidential text. */
export async function exportIcs({ session, platform }: HandlerContext, menteeId: number | undefined, asked: CatalogueLocale | undefined): Promise<IcsExport | null> {
  const locale = calendarLocale(session.db, menteeId, asked);
  const path = await platform.chooseSavePath({
    title: 'shell.dialog.saveCalendar',
    // A bare name, as for PDFs: the dialog opens where the system keeps documents, not in the vault's folder.
    defaultPath: icsFileName(session.db, menteeId, locale),
    filters: [{ name: 'shell.filter.calendar', extensions: ['ics'] }],
  });
  if (!path) return null;
  // Read after the dialog: the vault may have locked meanwhile (session.db refuses then).
  const { text, events } = buildIcs(session.db, menteeId, new Date(), locale);
  const bytes = await writeExportFile(path, text, session.current.path);
  return { path, events, bytes };
}
