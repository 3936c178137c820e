import { method } from '../contract/define';
import { empty } from '../primitives';
import { charterPdfInput, openExportInput, pdfSettings, reportPdfInput, type PdfExportResult, type PdfSettings } from './schema';

/**
 * Typeset PDFs made in the main process (charter, progress report), and opening what
 * was exported. Files are chosen in a save dialog opened by the main process; a
 * cancelled dialog answers null.
 */
export const exportsContract = {
  /** A charter version (agreed or draft) as a PDF to share and sign. */
  'pdf.charter': method(charterPdfInput).returns<PdfExportResult | null>(),
  /** A progress report for a period: goals and charts, milestones, evidence, wins, sponsorship, meetings. */
  'pdf.report': method(reportPdfInput).returns<PdfExportResult | null>(),
  'pdf.getSettings': method(empty).returns<PdfSettings>(),
  'pdf.updateSettings': method(pdfSettings).returns<PdfSettings>(),
  /** Opens an exported file in the system's viewer, by the token its export answered. */
  'exports.open': method(openExportInput).returns<{ opened: true }>(),
};
