import { z } from 'zod';
import { id, isoDate } from '../primitives';
import { LOCALES } from '../i18n/locales';
import { says } from '../i18n/messages/validation';

/** The two paper sizes a PDF is typeset for; A4 unless the mentor chose US Letter. */
export const PAGE_SIZES = ['A4', 'LETTER'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 'A4';
export const PAGE_SIZE_LABELS: Record<PageSize, string> = { A4: 'A4', LETTER: 'US Letter' };

export const pageSize = z.enum(PAGE_SIZES, 'Choose A4 or LETTER');

/** The language a document is written in: one of the catalogue's. Absent = the mentee's document language, else English. */
export const documentLocale = z.enum(LOCALES, `Choose a language for the document: ${LOCALES.join(' or ')}`);

export const charterPdfInput = z.strictObject({
  menteeId: id,
  /** A version of this mentee's charter; absent = the newest (the draft when there is one). */
  versionId: id.optional(),
  /** Absent = the vault's PDF setting. */
  pageSize: pageSize.optional(),
  locale: documentLocale.optional(),
});
export type CharterPdfInput = z.output<typeof charterPdfInput>;

/** A period is at most ten years: a report is about a stretch of a mentorship. */
export const MAX_REPORT_DAYS = 3660;

/** The report's dates: the period has its first day on or before its last, and is not endless. */
function withPeriodRules<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((p) => p.from <= p.to, { message: says('validation.says.reportEndsAfterStart'), path: ['to'] })
    .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 <= MAX_REPORT_DAYS, {
      message: says('validation.says.reportTenYears'),
      path: ['from'],
    });
}

/** The period picker's own check. */
export const reportPeriod = withPeriodRules(z.strictObject({ from: isoDate('From'), to: isoDate('To') }));
export type ReportPeriod = z.output<typeof reportPeriod>;

export const reportPdfInput = withPeriodRules(
  z.strictObject({ menteeId: id, from: isoDate('From'), to: isoDate('To'), pageSize: pageSize.optional(), locale: documentLocale.optional() }),
);
export type ReportPdfInput = z.output<typeof reportPdfInput>;

export const pdfSettings = z.strictObject({ pageSize });
export type PdfSettings = z.output<typeof pdfSettings>;

/**
 * The renderer never names a file to open: an export answers an opaque token for the
 * file it wrote, and `documents.open` takes that token back.
 */
export const exportToken = z.string('Unknown export').regex(/^[0-9a-f]{32}$/, 'Unknown export');
export const openExportInput = z.strictObject({ token: exportToken });

export interface PdfExportResult {
  /** Where the file was written (the place the mentor chose), to show them. */
  path: string;
  pages: number;
  bytes: number;
  pageSize: PageSize;
  /** For `documents.open`: valid while the vault stays unlocked. */
  token: string;
}
