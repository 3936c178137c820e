import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type PageSize } from '../../../shared/documents/schema';
import { localToday } from '../../../shared/dates';
import { goalCounts } from '../../../shared/dashboard/period';
import type { Db } from '../../vault/sqlite';
import { charterDocument, isDraft, type CharterPdfData } from './charter-pdf';
import {
  readCharterVersion,
  readDecisions,
  readEvidence,
  readGoals,
  readDocumentLocale,
  readGoalsAchieved,
  readMentee,
  readMentorName,
  readPageSizeSetting,
  readReportMeetings,
  readSponsorship,
  type PdfMentee,
} from './queries';
import { renderPdf } from './render';
import { reportDocument, type ReportPdfData } from './report-pdf';
import { feedbackSummary } from '../feedback/summary';
import type { CatalogueLocale } from '../../../shared/i18n/locales';
import { documentWords, type DocWords } from './words';

/**
 * The two PDFs, from the vault to bytes, shared by the bridge handlers and the CLI.
 * Everything is read synchronously first (the vault may lock while the PDF is laid
 * out), then typeset.
 */
export interface MadePdf {
  bytes: Buffer;
  pages: number;
  pageSize: PageSize;
  /** A sensible file name for the save dialog. */
  fileName: string;
}

export interface PdfOptions {
  /** The fonts folder (tests and the CLI may pass one; otherwise it is found). */
  fontsDir?: string;
  /** "Today" for the report's preparation date. */
  today?: string;
}

/** The page size asked for, else the vault's setting, else A4. */
export function resolvePageSize(db: Db, asked: PageSize | undefined): PageSize {
  if (asked) return asked;
  const saved = readPageSizeSetting(db);
  return (PAGE_SIZES as readonly string[]).includes(saved ?? '') ? (saved as PageSize) : DEFAULT_PAGE_SIZE;
}

/** Characters that no file system accepts in a name, and leading dots (hidden files). */
export function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  return printable
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 180);
}

/** The names the save dialog suggests, in the document's language ("Vereinbarung – Ada Lovelace – v2.pdf"). */
export function charterFileName(mentee: PdfMentee, version: number, draft: boolean, w: DocWords = documentWords()): string {
  return `${safeFileName(w.t('documents.fileName.charter', { mentee: mentee.name, version, draft: draft ? 'yes' : 'no' }))}.pdf`;
}

export function reportFileName(mentee: PdfMentee, from: string, to: string, w: DocWords = documentWords()): string {
  return `${safeFileName(w.t('documents.fileName.report', { mentee: mentee.name, from, to }))}.pdf`;
}

export function readCharterPdfData(db: Db, menteeId: number, versionId: number | undefined): CharterPdfData {
  const mentee = readMentee(db, menteeId);
  const version = readCharterVersion(db, menteeId, versionId);
  // The charter carries the goals as they stand (version dates do not scope them).
  return { mentee, mentorName: readMentorName(db), version, goals: readGoals(db, menteeId, '9999-12-31') };
}

export function readReportPdfData(db: Db, input: { menteeId: number; from: string; to: string }, today = localToday()): ReportPdfData {
  const { menteeId, from, to } = input;
  const mentee = readMentee(db, menteeId);
  return {
    mentee,
    mentorName: readMentorName(db),
    from,
    to,
    preparedOn: today,
    // The period rules choose the goals, as they do for the dashboard's figures.
    goals: readGoals(db, menteeId, to).filter((g) => goalCounts(g, { from, to })),
    evidence: readEvidence(db, menteeId, from, to),
    sponsorship: readSponsorship(db, menteeId, from, to),
    decisions: readDecisions(db, menteeId, from, to),
    goalsAchieved: readGoalsAchieved(db, menteeId, from, to),
    meetings: readReportMeetings(db, menteeId, from, to),
    feedback: feedbackSummary(db, menteeId),
  };
}

export async function makeCharterPdf(
  db: Db,
  input: { menteeId: number; versionId?: number | undefined; pageSize?: PageSize | undefined; locale?: CatalogueLocale | undefined },
  options: PdfOptions = {},
): Promise<MadePdf> {
  const data = readCharterPdfData(db, input.menteeId, input.versionId);
  const pageSize = resolvePageSize(db, input.pageSize);
  const words = documentWords(input.locale ?? readDocumentLocale(db, input.menteeId));
  const { bytes, pages } = await renderPdf(charterDocument(data, pageSize, words), options.fontsDir);
  return { bytes, pages, pageSize, fileName: charterFileName(data.mentee, data.version.version, isDraft(data.version), words) };
}

export async function makeReportPdf(
  db: Db,
  input: { menteeId: number; from: string; to: string; pageSize?: PageSize | undefined; locale?: CatalogueLocale | undefined },
  options: PdfOptions = {},
): Promise<MadePdf> {
  const data = readReportPdfData(db, input, options.today);
  const pageSize = resolvePageSize(db, input.pageSize);
  const words = documentWords(input.locale ?? readDocumentLocale(db, input.menteeId));
  const { bytes, pages } = await renderPdf(reportDocument(data, pageSize, words), options.fontsDir);
  return { bytes, pages, pageSize, fileName: reportFileName(data.mentee, input.from, input.to, words) };
}
