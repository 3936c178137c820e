import { buildIcs } from '../features/calendar/ics';
import { writeExportFile } from '../features/data-export/file';
import type { Db } from '../vault/sqlite';
import { VaultError } from '../vault/vault-error';
import { assertOutFree, FORCE_OPTION } from './out-file';
import { localeOption } from './locale-option';
import { say } from './language';
import { UsageError, type CliCommand } from './types';
import { unlockFromCli } from './vault-commands';

function menteeByName(db: Db, name: string): number {
  const ids = db.prepare('SELECT id FROM mentees WHERE name = ? COLLATE NOCASE ORDER BY id').pluck().all(name.trim()) as number[];
  if (ids.length === 0) throw new VaultError('NOT_FOUND', 'No mentee has that name.');
  if (ids.length > 1) throw new VaultError('INVALID_INPUT', `${ids.length} mentees have that name (ids ${ids.join(', ')}); rename one to export it alone.`);
  return ids[0]!;
}

export const calendarCommands: Record<string, CliCommand> = {
  'export ics': {
    usage: 'export ics VAULT [--mentee NAME] [--locale en|de] --out FILE.ics [--force]',
    summary: 'cli.summary.exportIcs',
    args: 1,
    options: { mentee: { type: 'string' }, locale: { type: 'string' }, out: { type: 'string' }, ...FORCE_OPTION },
    async run([path], options) {
      if (typeof options.out !== 'string' || options.out === '') throw new UsageError(say('cli.required', { option: '--out FILE.ics' }));
      assertOutFree(options.out, options);
      if (options.mentee !== undefined && (typeof options.mentee !== 'string' || options.mentee.trim() === '')) throw new UsageError('--mentee takes a name');
      const locale = localeOption(options);
      const vault = await unlockFromCli(path!);
      try {
        const menteeId = typeof options.mentee === 'string' ? menteeByName(vault.db, options.mentee) : undefined;
        const { text, events } = buildIcs(vault.db, menteeId, new Date(), locale);
        const bytes = await writeExportFile(options.out, text, vault.path);
        console.log(say('cli.wroteEvents', { path: options.out, events, bytes: String(bytes) }));
      } finally {
        vault.close();
      }
    },
  },
};
