import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, rmSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { JsonExportDocument } from '../../../shared/data-export/document';
import { beginTemporary } from '../../app/leftover-files';
import { fsyncDir } from '../../vault/fs-durable';
import { VaultError } from '../../vault/vault-error';

/**
 * The export as text: the envelope first, then each table with one row per line, so
 * the file reads well and diffs well.
 */
export function serializeExport(doc: JsonExportDocument): string {
  const { tables, ...envelope } = doc;
  const head = JSON.stringify(envelope, null, 2).slice(0, -2);
  const parts = Object.entries(tables).map(([name, rows]) => {
    const body = rows.map((row) => `      ${JSON.stringify(row)}`).join(',\n');
    return `    ${JSON.stringify(name)}: [${rows.length ? `\n${body}\n    ` : ''}]`;
  });
  return `${head},\n  "tables": {\n${parts.join(',\n')}\n  }\n}\n`;
}

/**
 * Writes beside the destination and renames into place, readable by the owner only
 * (the file is not encrypted). A failure leaves no partial file.
 */
export async function writeExportFile(path: string, text: string, vaultPath: string): Promise<number> {
  const target = resolve(path);
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new VaultError('PATH_NOT_WRITABLE', 'The folder for the export does not exist.');
  const real = existsSync(target) ? realpathSync(target) : join(realpathSync(folder), basename(target));
  if (real === realpathSync(vaultPath)) throw new VaultError('INVALID_INPUT', 'The export cannot be written over the vault itself; choose another file.');
  const temp = join(folder, `.${basename(target)}.export-${randomBytes(6).toString('hex')}`);
  const done = beginTemporary(temp);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    fsyncDir(target);
    return Buffer.byteLength(text, 'utf8');
  } catch (err) {
    rmSync(temp, { force: true });
    if (err instanceof VaultError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') throw new VaultError('DISK_FULL', 'The disk is full; the export was not written.');
    throw new VaultError('PATH_NOT_WRITABLE', 'The export cannot be written there.');
  } finally {
    done();
  }
}

/** JSON.parse, with a message that gives the place of the problem but never quotes the text. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new VaultError('INVALID_INPUT', `The file is not valid JSON${position ? ` (at character ${position})` : ''}; nothing was imported.`);
  }
}
