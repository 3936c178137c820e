import { readFile, stat } from 'node:fs/promises';
import { format } from 'date-fns';
import type { dataExportContract } from '../../../shared/data-export/contract';
import type { ExportScope } from '../../../shared/data-export/schema';
import type { HandlersFor } from '../../ipc/router';
import type { Db } from '../../vault/sqlite';
import { VaultError } from '../../vault/vault-error';
import { buildJsonExport } from './export-json';
import { serializeExport, writeExportFile } from './file';
import { assertEmptyForImport, importJsonText } from './import-json';
import type { FileFilter } from '../../app/platform';

const JSON_FILTERS: FileFilter[] = [{ name: 'shell.filter.json', extensions: ['json'] }];
/** Far beyond any real vault; refuses a wrong pick before reading it all into memory. */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export function defaultExportName(db: Db, scope: ExportScope, at: Date): string {
  const day = format(at, 'yyyy-MM-dd');
  if (scope.kind === 'all') return `mentor-vault-export-${day}.json`;
  const name = db.prepare('SELECT name FROM mentees WHERE id = ?').pluck().get(scope.menteeId) as string | undefined;
  if (name === undefined) throw new VaultError('NOT_FOUND', 'There is no such mentee.');
  const slug = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'mentee';
  return `mentor-vault-${slug}-${day}.json`;
}

export const dataExportHandlers: HandlersFor<typeof dataExportContract> = {
  'dataExport.json': async ({ scope, includeConfidential }, { session, platform }) => {
    const suggested = defaultExportName(session.db, scope, new Date());
    const path = await platform.chooseSavePath({
      title: includeConfidential ? 'shell.dialog.saveJsonConfidential' : 'shell.dialog.saveJson',
      // A bare name: the dialog opens where the system keeps documents, not in the vault's app-data folder.
      defaultPath: suggested,
      filters: JSON_FILTERS,
    });
    if (!path) return null;
    // Read after the dialog: the vault may have locked meanwhile (session.db refuses then).
    const doc = buildJsonExport(session.db, { scope, includeConfidential });
    const bytes = await writeExportFile(path, serializeExport(doc), session.current.path);
    const tables = Object.fromEntries(Object.entries(doc.tables).map(([name, rows]) => [name, rows.length]));
    return { path, bytes, tables, includesConfidential: includeConfidential };
  },

  'dataExport.importJson': async (_input, { session, platform }) => {
    assertEmptyForImport(session.db);
    const file = await platform.chooseOpenPath({ title: 'shell.dialog.importJson', filters: JSON_FILTERS });
    if (!file) return null;
    let text: string;
    try {
      if ((await stat(file)).size > MAX_IMPORT_BYTES) throw new VaultError('INVALID_INPUT', 'The file is too large to be a Mentor Vault export.');
      text = await readFile(file, 'utf8');
    } catch (err) {
      if (err instanceof VaultError) throw err;
      throw new VaultError('NOT_FOUND', 'The file cannot be read.');
    }
    return importJsonText(session.db, text);
  },
};
