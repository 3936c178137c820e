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
import { VaultError } from '../vault/vault-error';
import { readPassphrase } from './prompt';
import { assertOutFree, FORCE_OPTION } from './out-file';
import { UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

const PASSPHRASE_ENV = 'MENTOR_VAULT_PASSPHRASE';

const UNENCRYPTED_WARNING =
  'warning: the JSON file is NOT encrypted: anyone who can read it can read what it holds. Keep it safe and delete it when done.\n';
const CONFIDENTIAL_WARNING = 'warning: it includes private notes and escalation records (--include-confidential).\n';

function menteeScope(db: Db, name: string | undefined, idText: string | undefined): ExportScope {
  if (name !== undefined && idText !== undefined) throw new UsageError('give --mentee or --mentee-id, not both');
  if (idText !== undefined) {
    const id = Number(idText);
    if (!Number.isSafeInteger(id) || id < 1) throw new UsageError('--mentee-id must be a positive whole number');
    return { kind: 'mentee', menteeId: id };
  }
  if (name === undefined) return { kind: 'all' };
  const ids = db.prepare('SELECT id FROM mentees WHERE name = ? COLLATE NOCASE ORDER BY id').pluck().all(name.trim()) as number[];
  if (ids.length === 0) throw new VaultError('NOT_FOUND', 'No mentee has that name.');
  if (ids.length > 1) throw new VaultError('INVALID_INPUT', `${ids.length} mentees have that name (ids ${ids.join(', ')}); choose one with --mentee-id.`);
  return { kind: 'mentee', menteeId: ids[0]! };
}

async function newVaultPassphrase(): Promise<string> {
  const first = await readPassphrase(PASSPHRASE_ENV, 'Passphrase for the new vault: ');
  if (process.env[PASSPHRASE_ENV] === undefined && process.stdin.isTTY) {
    if ((await readPassphrase('', 'Repeat it: ')) !== first) throw new VaultError('INVALID_INPUT', 'The two passphrases differ.');
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
    summary: 'Write the data (everything, or one mentee) as plain, UNENCRYPTED JSON.',
    args: 1,
    options: { mentee: { type: 'string' }, 'mentee-id': { type: 'string' }, out: { type: 'string' }, 'include-confidential': { type: 'boolean' }, ...FORCE_OPTION },
    async run([path], options) {
      if (typeof options.out !== 'string' || options.out === '') throw new UsageError('--out FILE.json is required');
      const out = options.out;
      assertOutFree(out, options);
      const includeConfidential = options['include-confidential'] === true;
      const vault = await unlockFromCli(path!);
      try {
        const scope = menteeScope(vault.db, options.mentee as string | undefined, options['mentee-id'] as string | undefined);
        process.stderr.write(UNENCRYPTED_WARNING);
        if (includeConfidential) process.stderr.write(CONFIDENTIAL_WARNING);
        const doc = buildJsonExport(vault.db, { scope, includeConfidential });
        const bytes = await writeExportFile(out, serializeExport(doc), vault.path);
        const rows = Object.values(doc.tables).reduce((n, r) => n + r.length, 0);
        console.log(`wrote ${out}: ${rows} rows from ${Object.keys(doc.tables).length} tables, ${bytes} bytes`);
      } finally {
        vault.close();
      }
    },
  },

  'import json': {
    usage: 'import json VAULT FILE.json',
    summary: 'Load a JSON export into a new vault (created here) or an empty one.',
    args: 2,
    async run([path, file]) {
      let text: string;
      try {
        text = readFileSync(file!, 'utf8');
      } catch {
        throw new VaultError('NOT_FOUND', 'The JSON file cannot be read.');
      }
      const created = !existsSync(path!);
      const vault = created ? await Vault.create(path!, await newVaultPassphrase()) : await unlockFromCli(path!);
      try {
        const result = importJsonText(vault.db, text);
        console.log(`imported ${result.rows} rows into ${Object.keys(result.tables).length} tables of ${path}`);
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
    summary: 'Write a checked, encrypted backup (own passphrase from env NAME if given).',
    args: 2,
    options: { 'passphrase-env': { type: 'string' } },
    async run([path, dest], options) {
      if (existsSync(dest!)) throw new VaultError('VAULT_EXISTS', 'A file already exists at the backup path.');
      let separatePassphrase: string | undefined;
      const envName = options['passphrase-env'];
      if (envName !== undefined) {
        if (typeof envName !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) throw new UsageError('--passphrase-env takes a variable name');
        separatePassphrase = process.env[envName];
        if (!separatePassphrase) throw new UsageError(`the environment variable ${envName} is not set`);
      }
      const vault = await unlockFromCli(path!);
      try {
        const run = startBackup(vault, { destination: dest!, separatePassphrase });
        const stop = showProgress(run.snapshot);
        try {
          const result = await run.done;
          console.log(
            `backup written: ${result.path} (${result.bytes} bytes, ${result.pagesChecked} pages checked, ${result.separatePassphrase ? 'its own passphrase' : "the vault's passphrase"})`,
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
    summary: "Check a backup (passphrase, integrity, hash chains), then write it as a new vault file.",
    args: 2,
    async run([backup, target]) {
      if (existsSync(target!)) throw new VaultError('VAULT_EXISTS', 'A file already exists at that path; a restore never overwrites one.');
      const folder = resolve(target!, '..');
      if (!existsSync(folder)) throw new VaultError('PATH_NOT_WRITABLE', 'The folder for the new vault does not exist.');
      const prepared = await prepareRestore(backup!, await readPassphrase(PASSPHRASE_ENV, 'Backup passphrase: '), folder);
      const path = promoteToNewFile(prepared, target!);
      console.log(`restored ${path} (schema ${prepared.schemaVersion}, ${prepared.rowsRead} rows checked); it opens with the backup's passphrase`);
    },
  },
};
