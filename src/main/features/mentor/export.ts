import type { PageSize } from '../../../shared/documents/schema';
import type { HoursFormat } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { getMentorProfile } from './profile';
import { resolvePageSize, type MadePdf, type PdfOptions } from '../documents/export';
import { renderPdf } from '../documents/render';
import { hoursSummary, type Period } from './hours';
import { hoursFile, hoursFileName, logRows } from './hours-log';
import { credentialsTable, reflectionsTable, supervisionTable, trainingTable } from './records';
import { recordDocument, type RecordPdfData } from './record-pdf';
import { allOwn } from './table';
import { documentWords } from '../documents/words';
import type { CatalogueLocale } from '../../../shared/i18n/locales';

/** The mentor's exports from the vault to bytes, shared by the bridge handlers and the CLI. */

export interface MadeHoursFile {
  bytes: Buffer;
  fileName: string;
  /** Rows of the log (one per client and kind of session). */
  rows: number;
}

export async function makeHoursFile(db: Db, format: HoursFormat, period: Period, locale?: CatalogueLocale): Promise<MadeHoursFile> {
  const w = documentWords(locale);
  const rows = logRows(db, period).length;
  return { bytes: await hoursFile(db, format, period, w), fileName: hoursFileName(format, period, w), rows };
}

export function readRecordPdfData(db: Db, period: Period, today = localToday()): RecordPdfData {
  const inPeriod = (date: string) => (!period.from || date >= period.from) && (!period.to || date <= period.to);
  const reflections = allOwn(db, reflectionsTable).filter((r) => inPeriod(r.date));
  return {
    mentor: getMentorProfile(db),
    preparedOn: today,
    summary: hoursSummary(db, period),
    log: logRows(db, period),
    credentials: allOwn(db, credentialsTable),
    training: allOwn(db, trainingTable).filter((t) => inPeriod(t.date)),
    supervision: allOwn(db, supervisionTable).filter((s) => inPeriod(s.date)),
    reflections: reflections.filter((r) => r.includeInRecord).reverse(),
    reflectionCount: reflections.length,
  };
}

export async function makeRecordPdf(db: Db, input: Period & { pageSize?: PageSize; locale?: CatalogueLocale | undefined }, options: PdfOptions = {}): Promise<MadePdf> {
  const w = documentWords(input.locale);
  const pageSize = resolvePageSize(db, input.pageSize);
  const data = readRecordPdfData(db, input, options.today);
  const { bytes, pages } = await renderPdf(recordDocument(data, pageSize, w), options.fontsDir);
  return { bytes, pages, pageSize, fileName: `${w.t('mentorPdf.name')}.pdf` };
}
