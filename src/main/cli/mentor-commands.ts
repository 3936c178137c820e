import { hoursPeriod } from '../../shared/mentor/schema';
import { makeHoursFile, makeRecordPdf } from '../features/mentor/export';
import { writeFileAtomically } from '../features/documents/write-file';
import { say } from './language';
import { assertOutFree } from './out-file';
import { UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';
import { localeOption } from './locale-option';

/** `export hours` and `export record`: the mentor's own log and development record. */

type Options = Record<string, string | boolean | undefined>;

const text = (options: Options, name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);

function period(options: Options) {
  const parsed = hoursPeriod.safeParse({ from: text(options, 'from') ?? null, to: text(options, 'to') ?? null });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0] ?? 'from')}: ${issue.message}`);
  }
  return parsed.data;
}

function outPath(options: Options, kind: string): string {
  const out = text(options, 'out');
  if (!out) throw new UsageError(say('cli.required', { option: `--out ${kind}` }));
  assertOutFree(out, options);
  return out;
}

const PERIOD_OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } } as const;

export const mentorCommands: Record<string, CliCommand> = {
  'export hours': {
    usage: 'export hours VAULT --format csv|xlsx [--from DATE --to DATE] [--locale en|de] --out FILE [--force]',
    summary: 'cli.summary.exportHours',
    args: 1,
    options: { ...PERIOD_OPTIONS, format: { type: 'string' }, locale: { type: 'string' } },
    async run([path], options) {
      const format = text(options, 'format');
      if (format !== 'csv' && format !== 'xlsx') throw new UsageError(say('cli.hours.format'));
      const span = period(options);
      const locale = localeOption(options);
      const out = outPath(options, `FILE.${format}`);
      const vault = await unlockFromCli(path!);
      try {
        const made = await makeHoursFile(vault.db, format, span, locale);
        const written = await writeFileAtomically(out, made.bytes, vault.path);
        console.log(say('cli.wroteRows', { path: written, rows: made.rows, bytes: String(made.bytes.length) }));
      } finally {
        vault.close();
      }
    },
  },

  'export record': {
    usage: 'export record VAULT [--from DATE --to DATE] [--locale en|de] --out FILE.pdf [--force]',
    summary: 'cli.summary.exportRecord',
    args: 1,
    options: { ...PERIOD_OPTIONS, locale: { type: 'string' } },
    async run([path], options) {
      const span = period(options);
      const locale = localeOption(options);
      const out = outPath(options, 'FILE.pdf');
      const vault = await unlockFromCli(path!);
      try {
        const made = await makeRecordPdf(vault.db, { ...span, locale });
        const written = await writeFileAtomically(out, made.bytes, vault.path);
        console.log(say('cli.wrotePages', { path: written, pages: made.pages, bytes: String(made.bytes.length) }));
      } finally {
        vault.close();
      }
    },
  },
};
