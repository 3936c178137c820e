import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Locale } from '../../../../shared/i18n/locales';
import type { MergeCopyResult } from '../../../../shared/vault/schema';
import '../../escalations/verify-check';
import { fsyncDir } from '../../../vault/fs-durable';
import { Vault } from '../../../vault/vault';
import { VaultError } from '../../../vault/vault-error';
import { runDomainChecks } from '../../../vault/verify';
import { mergeEscalations } from './escalations';
import { keepText } from './kept-text';
import { mergeTable, setLaterReferences } from './rows';
import { MergeState } from './state';
import { mergeTables } from './tables';

/**
 * Merges a conflicted copy of the vault file into the open vault, in one transaction: either
 * all of it lands and `verify`'s chain checks pass, or nothing changes. The copy is read from
 * an encrypted temporary copy (opening it may migrate it, and the copy itself stays as it
 * was), which is removed afterwards; then the copy is renamed "….merged", never deleted.
 */
export async function mergeConflictedCopy(vault: Vault, copyPath: string, passphrase: string, locale: Locale): Promise<MergeCopyResult> {
  const temp = join(dirname(vault.path), `.${basename(vault.path)}.merging-${randomBytes(6).toString('hex')}`);
  let copy: Vault | undefined;
  try {
    copyFileSync(copyPath, temp);
    try {
      copy = await Vault.unlock(temp, passphrase);
    } catch (err) {
      if (err instanceof VaultError && err.code === 'WRONG_PASSPHRASE') {
        throw new VaultError('WRONG_PASSPHRASE', 'The copy does not open with this passphrase. If it was made with another one, type the copy’s passphrase.');
      }
      throw err;
    }
    const copyDb = copy.db;
    const result = vault.db.transaction(() => {
      const state = new MergeState();
      const tables = mergeTables(vault.db);
      const merged = new Set<string>();
      for (const table of tables) {
        if (table.name === 'escalations') mergeEscalations(vault.db, copyDb, state);
        else if (table.name !== 'escalation_entries') mergeTable(vault.db, copyDb, table, state, merged);
        merged.add(table.name);
      }
      setLaterReferences(vault.db, state);
      const kept = keepText(vault.db, tables, state.kept, basename(copyPath), locale);
      const problems = runDomainChecks(vault.db);
      if (problems.length > 0) throw new VaultError('CONFLICT', `The merge would break the vault's record chain, so nothing was merged: ${problems[0]!.message}`);
      return { state, kept };
    })();
    const counts = (map: Map<string, number>) => [...map].map(([table, count]) => ({ table, count })).sort((a, b) => a.table.localeCompare(b.table));
    return {
      added: counts(result.state.added),
      skipped: counts(result.state.skipped),
      differing: result.state.differing,
      keptTexts: result.state.kept.length - result.kept.withoutMentee,
      keptNotes: result.kept.notes,
      keptWithoutMentee: result.kept.withoutMentee,
      movedTo: moveAside(copyPath),
    };
  } finally {
    copy?.close();
    removeTemporaries(temp);
  }
}

/** "name (conflicted copy …).mentorvault" -> "name (conflicted copy …).mentorvault.merged" (numbered if taken). */
function moveAside(path: string): string {
  let target = `${path}.merged`;
  for (let n = 2; existsSync(target); n++) target = `${path}.merged-${n}`;
  renameSync(path, target);
  fsyncDir(target);
  return target;
}

function removeTemporaries(temp: string): void {
  const name = basename(temp);
  for (const file of readdirSync(dirname(temp))) {
    if (file.startsWith(name)) rmSync(join(dirname(temp), file), { force: true });
  }
}
