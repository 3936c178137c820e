import { method } from '../contract/define';
import { exportJsonInput, importJsonInput, type JsonExportResult, type JsonImportResult } from './schema';

/**
 * Plain-data export and import. The export is NOT encrypted: the input must carry the
 * mentor's acknowledgement. Files come from dialogs opened by the main process; a
 * cancelled dialog answers null.
 */
export const dataExportContract = {
  'dataExport.json': method(exportJsonInput).returns<JsonExportResult | null>(),
  /** Into the open vault only when it holds no mentees yet. */
  'dataExport.importJson': method(importJsonInput).returns<JsonImportResult | null>(),
};
