import { readFile, stat } from 'node:fs/promises';
import { RATER_RELATIONSHIPS } from '../../shared/feedback/schema';
import { FORM_KINDS, makeFormInput, MAX_FORM_BYTES } from '../../shared/forms/schema';
import { importReturnedForm, planForm, readReturnedForm } from '../features/forms/exchange';
import { refuseFile } from '../features/forms/read-fields';
import { menteeIdsByName } from '../features/documents/queries';
import { writeFileAtomically } from '../features/documents/write-file';
import { VaultError } from '../vault/vault-error';
import { assertOutFree, FORCE_OPTION } from './out-file';
import { formatWords, type Words } from '../../shared/i18n/words';
import { say } from './language';
import { localeOption } from './locale-option';
import { readLine } from './prompt';
import { UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

/** `forms make` and `forms import`: the exchange forms of the app, from a terminal. */

type Options = Record<string, string | boolean | undefined>;
const text = (options: Options, name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);

export const formsCommands: Record<string, CliCommand> = {
  'forms make': {
    usage: `forms make KIND VAULT --mentee NAME [--meeting ID] [--rater NAME] [--relationship REL] [--locale en|de] --out FILE.pdf [--force]`,
    summary: 'cli.summary.formsMake',
    summaryValues: { kinds: FORM_KINDS.join(', '), relationships: RATER_RELATIONSHIPS.join(', ') },
    args: 2,
    options: { mentee: { type: 'string' }, meeting: { type: 'string' }, rater: { type: 'string' }, relationship: { type: 'string' }, locale: { type: 'string' }, out: { type: 'string' }, ...FORCE_OPTION },
    async run([kind, path], options) {
      if (!(FORM_KINDS as readonly string[]).includes(kind!)) throw new UsageError(`KIND must be one of ${FORM_KINDS.join(', ')}`);
      const out = text(options, 'out');
      if (!out) throw new UsageError(say('cli.required', { option: '--out FILE.pdf' }));
      assertOutFree(out, options);
      const name = text(options, 'mentee')?.trim();
      if (!name) throw new UsageError(say('cli.required', { option: '--mentee NAME' }));
      const meeting = text(options, 'meeting');
      const locale = localeOption(options);
      const input = makeFormInput.safeParse({
        kind,
        menteeId: 1,
        meetingId: meeting === undefined ? null : Number(meeting),
        relationship: text(options, 'relationship') ?? null,
        raterName: text(options, 'rater') ?? null,
        locale,
      });
      if (!input.success) {
        const issue = input.error.issues[0]!;
        const flag = { meetingId: '--meeting', relationship: '--relationship', raterName: '--rater' }[String(issue.path[0])] ?? String(issue.path[0]);
        throw new UsageError(`${flag}: ${issue.message}`);
      }
      const vault = await unlockFromCli(path!);
      try {
        const ids = menteeIdsByName(vault.db, name);
        if (ids.length !== 1) throw new VaultError(ids.length ? 'INVALID_INPUT' : 'NOT_FOUND', ids.length ? 'Several mentees have that name.' : 'No mentee has exactly that name (names are matched exactly, capitals included).');
        const made = await planForm(vault.db, { ...input.data, menteeId: ids[0]! }).build();
        const written = await writeFileAtomically(out, made.bytes, vault.path);
        console.log(say('cli.forms.wrote', { path: written, kind: made.kind, id: made.formId, pages: made.pages }));
      } finally {
        vault.close();
      }
    },
  },

  'forms import': {
    usage: 'forms import VAULT FILE.pdf [--yes]',
    summary: 'cli.summary.formsImport',
    args: 2,
    options: { yes: { type: 'boolean' } },
    async run([path, file], options) {
      const info = await stat(file!).catch(() => null);
      if (!info?.isFile()) throw refuseFile('the file could not be read.');
      if (info.size > MAX_FORM_BYTES) throw refuseFile('it is larger than 10 MB; a returned form is far smaller.');
      const bytes = await readFile(file!);
      const vault = await unlockFromCli(path!);
      try {
        const read = await readReturnedForm(vault.db, bytes);
        const shown = (w: Words | string) => formatWords(say, w);
        console.log(say('cli.forms.header', { kind: say(`forms.kind.${read.form.kind}`), id: read.form.id, mentee: read.menteeName, date: read.form.madeOn.slice(0, 10) }));
        for (const line of read.lines) console.log(`  ${shown(line.place)} | ${shown(line.label)}: ${shown(line.value).replace(/\s*\n\s*/g, ' / ')}`);
        if (read.lines.length === 0) console.log(`  ${say('forms.import.empty')}`);
        if (options.yes !== true) {
          process.stdout.write(say('cli.forms.ask'));
          const answer = (await readLine()).trim().toLowerCase();
          if (answer !== 'y' && answer !== 'yes') {
            console.log(say('cli.forms.nothing'));
            return;
          }
        }
        const done = await importReturnedForm(vault.db, bytes);
        console.log(say('cli.forms.recorded', { count: done.recorded, place: shown(done.place) }));
      } finally {
        vault.close();
      }
    },
  },
};
