import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportScope } from '../../shared/data-export/schema';
// Registers the escalation hash-chain check, so backup and restore verify chains here too.
import '../features/escalations/verify-check';
import { startBackup } from '../features/backup/create';
import { prepareRestore, promoteToNewFile } from '../features/backup/restore';
import { buildJsonExport } from '../features/data-export/export-json';
import { serializeExport, writeExportFile } from '../features/data-export/file';
import { importJsonText } from '../features/data-export/import-json';
import type { Db } from '../vault/sqlite';
import { Vault } from '../vault/vault';
import { say } from './language';
import { menteeOption } from './mentee-option';
import { readPassphrase } from './prompt';
import { assertOutFree, FORCE_OPTION } from './out-file';
import { SaidError, UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

const PASSPHRASE_ENV = 'MENTOR_VAULT_PASSPHRASE';


function menteeScope(db: Db, options: Record<string, string | boolean | undefined>): ExportScope {
  const menteeId = menteeOption(db, options);
  return menteeId === undefined ? { kind: 'all' } : { kind: 'mentee', menteeId };
}

async function newVaultPassphrase(): Promise<string> {
  const first = await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.newVaultPassphrase'));
  if (process.env[PASSPHRASE_ENV] === undefined && process.stdin.isTTY) {
    if ((await readPassphrase('', say('cli.prompt.repeat'))) !== first) throw new SaidError('INVALID_INPUT', say('cli.passphrasesDiffer'));
  }
  return first;
}

/** Prints a percentage on a terminal; nothing when stderr is a pipe. */
function showProgress(read: () => { phase: string; fraction: number }): () => void {
  if (!process.stderr.isTTY) return () => {};
  const timer = setInterval(() => {
    const { phase, fraction } = read();
    process.stderr.write(`\r${phase} ${Math.round(fraction * 100)}%   `);
  }, 200);
  return () => {
    clearInterval(timer);
    process.stderr.write('\r');
  };
}

export const exportCommands: Record<string, CliCommand> = {
  'export json': {
    usage: 'export json VAULT [--mentee NAME | --mentee-id N] --out FILE.json [--include-confidential] [--force]',
    summary: 'cli.summary.exportJson',
    args: 1,
    options: { mentee: { type: 'string' }, 'mentee-id': { type: 'string' }, out: { type: 'string' }, 'include-confidential': { type: 'boolean' }, ...FORCE_OPTION },
    async run([path], options) {
      if (typeof options.out !== 'string' || options.out === '') throw new UsageError(say('cli.required', { option: '--out FILE.json' }));
      const out = options.out;
      assertOutFree(out, options);
      const includeConfidential = options['include-confidential'] === true;
      const vault = await unlockFromCli(path!);
      try {
        const scope = menteeScope(vault.db, options);
        process.stderr.write(`${say('cli.warning', { text: say('cli.json.unencrypted') })}\n`);
        if (includeConfidential) process.stderr.write(`${say('cli.warning', { text: say('cli.json.confidential') })}\n`);
        const doc = buildJsonExport(vault.db, { scope, includeConfidential });
        const bytes = await writeExportFile(out, serializeExport(doc), vault.path);
        const rows = Object.values(doc.tables).reduce((n, r) => n + r.length, 0);
        console.log(say('cli.json.wrote', { path: out, rows: String(rows), tables: String(Object.keys(doc.tables).length), bytes: String(bytes) }));
      } finally {
        vault.close();
      }
    },
  },

  'import json': {
    usage: 'import json VAULT FILE.json',
    summary: 'cli.summary.importJson',
    args: 2,
    async run([path, file]) {
      let text: string;
      try {
        text = readFileSync(file!, 'utf8');
      } catch {
        throw new SaidError('NOT_FOUND', say('cli.json.unreadable'));
      }
      const created = !existsSync(path!);
      const vault = created ? await Vault.create(path!, await newVaultPassphrase()) : await unlockFromCli(path!);
      try {
        const result = importJsonText(vault.db, text);
        console.log(say('cli.json.imported', { rows: String(result.rows), tables: String(Object.keys(result.tables).length), path }));
      } catch (err) {
        if (created) {
          // A vault made only to receive this import is not left behind empty.
          vault.close();
          rmSync(resolve(path!), { force: true });
        }
        throw err;
      } finally {
        vault.close();
      }
    },
  },

  backup: {
    usage: 'backup VAULT DEST [--passphrase-env NAME]',
    summary: 'cli.summary.backup',
    args: 2,
    options: { 'passphrase-env': { type: 'string' } },
    async run([path, dest], options) {
      if (existsSync(dest!)) throw new SaidError('VAULT_EXISTS', say('cli.backup.exists'));
      let separatePassphrase: string | undefined;
      const envName = options['passphrase-env'];
      if (envName !== undefined) {
        if (typeof envName !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) throw new UsageError(say('cli.backup.envName'));
        separatePassphrase = process.env[envName];
        if (!separatePassphrase) throw new UsageError(say('cli.backup.envUnset', { name: envName }));
      }
      const vault = await unlockFromCli(path!);
      try {
        const run = startBackup(vault, { destination: dest!, separatePassphrase });
        const stop = showProgress(run.snapshot);
        try {
          const result = await run.done;
          console.log(
            say('cli.backup.written', {
              path: result.path,
              bytes: String(result.bytes),
              pages: String(result.pagesChecked),
              passphrase: result.separatePassphrase ? 'own' : 'vault',
            }),
          );
        } finally {
          stop();
        }
      } finally {
        vault.close();
      }
    },
  },

  restore: {
    usage: 'restore BACKUP NEWVAULT',
    summary: 'cli.summary.restore',
    args: 2,
    async run([backup, target]) {
      if (existsSync(target!)) throw new SaidError('VAULT_EXISTS', say('cli.restore.exists'));
      const folder = resolve(target!, '..');
      if (!existsSync(folder)) throw new SaidError('PATH_NOT_WRITABLE', say('cli.restore.noFolder'));
      const prepared = await prepareRestore(backup!, await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.backupPassphrase')), folder);
      const path = promoteToNewFile(prepared, target!);
      console.log(say('cli.restore.done', { path, schema: String(prepared.schemaVersion), rows: String(prepared.rowsRead) }));
    },
  },
};
