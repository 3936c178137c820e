import { dirname, join } from 'node:path';
import type { documentsContract } from '../../../shared/documents/contract';
import type { PdfExportResult } from '../../../shared/documents/schema';
import type { VaultSession } from '../../app/session';
import type { FileFilter, Platform } from '../../app/platform';
import type { HandlersFor } from '../../ipc/router';
import { makeCharterPdf, makeReportPdf, resolvePageSize, type MadePdf } from './export';
import { exportedPath, rememberExport } from './opened-files';
import { writePageSizeSetting } from './queries';
import { writeFileAtomically } from './write-file';
import type { MessageId } from '../../../shared/i18n/catalogue';

const PDF_FILTERS: FileFilter[] = [{ name: 'shell.filter.pdf', extensions: ['pdf'] }];

/** Where the last PDF went, so the next save dialog opens there (the vault's own folder is no place for it). */
const lastFolder = new WeakMap<VaultSession, string>();

/**
 * Typesets first (a refusal, e.g. no charter, comes before any dialog), then asks where
 * to save, then writes atomically.
 */
async function saveMade(session: VaultSession, platform: Platform, made: MadePdf, title: MessageId): Promise<PdfExportResult | null> {
  const folder = lastFolder.get(session);
  const path = await platform.chooseSavePath({ title, defaultPath: folder ? join(folder, made.fileName) : made.fileName, filters: PDF_FILTERS });
  if (!path) return null;
  const written = await writeFileAtomically(path, made.bytes, session.current.path);
  lastFolder.set(session, dirname(written));
  return { path: written, pages: made.pages, bytes: made.bytes.length, pageSize: made.pageSize, token: rememberExport(session, written) };
}

export const documentsHandlers: HandlersFor<typeof documentsContract> = {
  'documents.charter': async (input, { session, platform }) => {
    const made = await makeCharterPdf(session.db, input);
    return saveMade(session, platform, made, 'shell.dialog.saveCharter');
  },

  'documents.report': async (input, { session, platform }) => {
    const made = await makeReportPdf(session.db, input);
    return saveMade(session, platform, made, 'shell.dialog.saveReport');
  },

  'documents.getSettings': (_input, { session }) => ({ pageSize: resolvePageSize(session.db, undefined) }),

  'documents.updateSettings': ({ pageSize }, { session }) => {
    writePageSizeSetting(session.db, pageSize);
    return { pageSize: resolvePageSize(session.db, undefined) };
  },

  'documents.open': async ({ token }, { session, platform }) => {
    await platform.openFile(exportedPath(session, token));
    return { opened: true as const };
  },
};
