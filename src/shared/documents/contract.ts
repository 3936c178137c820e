import { method } from '../contract/define';
import { empty } from '../primitives';
import { charterPdfInput, openExportInput, pdfSettings, reportPdfInput, type PdfExportResult, type PdfSettings } from './schema';

/**
 * Documents the mentor shares: typeset PDFs made in the main process (charter, progress
 * report), their page settings, and opening a document the app wrote (these, and the
 * mentor's hours log and record). Files are chosen in a save dialog opened by the main
 * process; a cancelled dialog answers null.
 */
export const documentsContract = {
  /** A charter version (agreed or draft) as a PDF to share and sign. */
  'documents.charter': method(charterPdfInput).returns<PdfExportResult | null>(),
  /** A progress report for a period: goals and charts, milestones, evidence, wins, sponsorship, meetings. */
  'documents.report': method(reportPdfInput).returns<PdfExportResult | null>(),
  'documents.getSettings': method(empty).returns<PdfSettings>(),
  'documents.updateSettings': method(pdfSettings).returns<PdfSettings>(),
  /** Opens an exported file in the system's viewer, by the token its export answered. */
  'documents.open': method(openExportInput).returns<{ opened: true }>(),
};
