import { reportPdfInput, type PageSize } from '../../shared/documents/schema';
import { makeCharterPdf, makeReportPdf, type MadePdf } from '../features/documents/export';
import { charterVersionId } from '../features/documents/queries';
import { writeFileAtomically } from '../features/documents/write-file';
import { assertOutFree, FORCE_OPTION } from './out-file';
import { say } from './language';
import { localeOption } from './locale-option';
import { requiredMentee } from './mentee-option';
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
  if (!out) throw new UsageError(say('cli.required', { option: '--out FILE.pdf' }));
  assertOutFree(out, options);
  return out;
}

function pageSizeOption(options: Options): PageSize | undefined {
  const value = text(options, 'page-size');
  if (value === undefined) return undefined;
  const upper = value.trim().toUpperCase();
  if (upper === 'A4' || upper === 'LETTER') return upper;
  throw new UsageError(say('cli.pdf.pageSize', { value }));
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return `${field === 'from' || field === 'to' ? `--${field}: ` : ''}${issue?.message ?? 'invalid input'}`;
}

async function writeAndTell(made: MadePdf, out: string, vaultPath: string): Promise<void> {
  const path = await writeFileAtomically(out, made.bytes, vaultPath);
  console.log(say('cli.wrotePdf', { path, pages: made.pages, size: made.pageSize, bytes: String(made.bytes.length) }));
}

const MENTEE_OPTIONS = { mentee: { type: 'string' }, 'mentee-id': { type: 'string' }, out: { type: 'string' }, 'page-size': { type: 'string' }, locale: { type: 'string' }, ...FORCE_OPTION } as const;

export const pdfCommands: Record<string, CliCommand> = {
  'export charter': {
    usage: 'export charter VAULT --mentee NAME [--version N] [--page-size A4|Letter] [--locale en|de] --out FILE.pdf [--force]',
    summary: 'cli.summary.exportCharter',
    args: 1,
    options: { ...MENTEE_OPTIONS, version: { type: 'string' } },
    async run([path], options) {
      const out = requireOut(options);
      const pageSize = pageSizeOption(options);
      const locale = localeOption(options);
      const versionText = text(options, 'version');
      const version = versionText === undefined ? undefined : Number(versionText);
      if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) throw new UsageError(say('cli.positiveWholeNumber', { name: 'version' }));
      const vault = await unlockFromCli(path!);
      try {
        const id = requiredMentee(vault.db, options);
        const input = { menteeId: id, versionId: version === undefined ? undefined : charterVersionId(vault.db, id, version), pageSize, locale };
        await writeAndTell(await makeCharterPdf(vault.db, input), out, vault.path);
      } finally {
        vault.close();
      }
    },
  },

  'export report': {
    usage: 'export report VAULT --mentee NAME --from DATE --to DATE [--page-size A4|Letter] [--locale en|de] --out FILE.pdf [--force]',
    summary: 'cli.summary.exportReport',
    args: 1,
    options: { ...MENTEE_OPTIONS, from: { type: 'string' }, to: { type: 'string' } },
    async run([path], options) {
      const out = requireOut(options);
      const pageSize = pageSizeOption(options);
      const locale = localeOption(options);
      const from = text(options, 'from');
      const to = text(options, 'to');
      if (!from || !to) throw new UsageError(say('cli.pdf.period'));
      const period = reportPdfInput.safeParse({ menteeId: 1, from, to });
      if (!period.success) throw new UsageError(firstIssue(period.error));
      const vault = await unlockFromCli(path!);
      try {
        const input = { menteeId: requiredMentee(vault.db, options), from, to, pageSize, locale };
        await writeAndTell(await makeReportPdf(vault.db, input), out, vault.path);
      } finally {
        vault.close();
      }
    },
  },
};
