import { reportPdfInput, type PageSize } from '../../shared/documents/schema';
import { LOCALES, type CatalogueLocale } from '../../shared/i18n/locales';
import { makeCharterPdf, makeReportPdf, type MadePdf } from '../features/documents/export';
import { charterVersionId, menteeIdsByName } from '../features/documents/queries';
import { writeFileAtomically } from '../features/documents/write-file';
import type { Db } from '../vault/sqlite';
import { VaultError } from '../vault/vault-error';
import { assertOutFree, FORCE_OPTION } from './out-file';
import { UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

/** `export charter` and `export report`: the same PDFs as the app's Export menu. */

type Options = Record<string, string | boolean | undefined>;

function text(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

function requireOut(options: Options): string {
  const out = text(options, 'out');
  if (!out) throw new UsageError('--out FILE.pdf is required');
  assertOutFree(out, options);
  return out;
}

function pageSizeOption(options: Options): PageSize | undefined {
  const value = text(options, 'page-size');
  if (value === undefined) return undefined;
  const upper = value.trim().toUpperCase();
  if (upper === 'A4' || upper === 'LETTER') return upper;
  throw new UsageError('--page-size must be A4 or Letter');
}

/** The document's language: one of the catalogue's; absent = English. */
function localeOption(options: Options): CatalogueLocale | undefined {
  const value = text(options, 'locale');
  if (value === undefined) return undefined;
  const match = LOCALES.find((locale) => locale === value.trim().toLowerCase());
  if (!match) throw new UsageError(`--locale must be ${LOCALES.join(' or ')} (the languages a document can be written in), not '${value}'`);
  return match;
}

/** The mentee by exact name (or id): none or several is a clear error, never a guess. */
function menteeId(db: Db, options: Options): number {
  const name = text(options, 'mentee');
  const idText = text(options, 'mentee-id');
  if (name !== undefined && idText !== undefined) throw new UsageError('give --mentee or --mentee-id, not both');
  if (idText !== undefined) {
    const id = Number(idText);
    if (!Number.isSafeInteger(id) || id < 1) throw new UsageError('--mentee-id must be a positive whole number');
    return id;
  }
  if (name === undefined || name.trim() === '') throw new UsageError('--mentee NAME is required');
  const ids = menteeIdsByName(db, name.trim());
  if (ids.length === 0) throw new VaultError('NOT_FOUND', 'No mentee has exactly that name (names are matched exactly, capitals included).');
  if (ids.length > 1) throw new VaultError('INVALID_INPUT', `${ids.length} mentees have that name (ids ${ids.join(', ')}); choose one with --mentee-id.`);
  return ids[0]!;
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return `${field === 'from' || field === 'to' ? `--${field}: ` : ''}${issue?.message ?? 'invalid input'}`;
}

async function writeAndTell(made: MadePdf, out: string, vaultPath: string): Promise<void> {
  const path = await writeFileAtomically(out, made.bytes, vaultPath);
  console.log(`wrote ${path}: ${made.pages} ${made.pages === 1 ? 'page' : 'pages'}, ${made.pageSize === 'A4' ? 'A4' : 'US Letter'}, ${made.bytes.length} bytes`);
}

const MENTEE_OPTIONS = { mentee: { type: 'string' }, 'mentee-id': { type: 'string' }, out: { type: 'string' }, 'page-size': { type: 'string' }, locale: { type: 'string' }, ...FORCE_OPTION } as const;

export const pdfCommands: Record<string, CliCommand> = {
  'export charter': {
    usage: 'export charter VAULT --mentee NAME [--version N] [--page-size A4|Letter] [--locale en|de] --out FILE.pdf [--force]',
    summary: "Typeset a charter version (default: the newest) as PDF; a draft is marked DRAFT.",
    args: 1,
    options: { ...MENTEE_OPTIONS, version: { type: 'string' } },
    async run([path], options) {
      const out = requireOut(options);
      const pageSize = pageSizeOption(options);
      const locale = localeOption(options);
      const versionText = text(options, 'version');
      const version = versionText === undefined ? undefined : Number(versionText);
      if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) throw new UsageError('--version must be a positive whole number');
      const vault = await unlockFromCli(path!);
      try {
        const id = menteeId(vault.db, options);
        const input = { menteeId: id, versionId: version === undefined ? undefined : charterVersionId(vault.db, id, version), pageSize, locale };
        await writeAndTell(await makeCharterPdf(vault.db, input), out, vault.path);
      } finally {
        vault.close();
      }
    },
  },

  'export report': {
    usage: 'export report VAULT --mentee NAME --from DATE --to DATE [--page-size A4|Letter] [--locale en|de] --out FILE.pdf [--force]',
    summary: 'Typeset a progress report for a period (dates as YYYY-MM-DD) as PDF.',
    args: 1,
    options: { ...MENTEE_OPTIONS, from: { type: 'string' }, to: { type: 'string' } },
    async run([path], options) {
      const out = requireOut(options);
      const pageSize = pageSizeOption(options);
      const locale = localeOption(options);
      const from = text(options, 'from');
      const to = text(options, 'to');
      if (!from || !to) throw new UsageError('--from DATE and --to DATE are required (YYYY-MM-DD)');
      const period = reportPdfInput.safeParse({ menteeId: 1, from, to });
      if (!period.success) throw new UsageError(firstIssue(period.error));
      const vault = await unlockFromCli(path!);
      try {
        const input = { menteeId: menteeId(vault.db, options), from, to, pageSize, locale };
        await writeAndTell(await makeReportPdf(vault.db, input), out, vault.path);
      } finally {
        vault.close();
      }
    },
  },
};
