import type { Db } from '../vault/sqlite';
import { say } from './language';
import { SaidError, UsageError } from './types';

type Options = Record<string, string | boolean | undefined>;

/**
 * The mentee a command is about, from --mentee NAME or --mentee-id N: every verb matches
 * names the same way (capitals do not matter; an exact match wins among several), and none
 * or several is a clear refusal naming the ids, never a guess. Absent gives undefined.
 */
export function menteeOption(db: Db, options: Options): number | undefined {
  const name = typeof options.mentee === 'string' ? options.mentee.trim() : undefined;
  const idText = typeof options['mentee-id'] === 'string' ? options['mentee-id'] : undefined;
  if (name !== undefined && idText !== undefined) throw new UsageError(say('cli.menteeOrId'));
  if (idText !== undefined) {
    const id = Number(idText);
    if (!Number.isSafeInteger(id) || id < 1) throw new UsageError(say('cli.positiveWholeNumber', { name: 'mentee-id' }));
    return id;
  }
  if (options.mentee === undefined) return undefined;
  if (!name) throw new UsageError(say('cli.menteeRequired'));
  const found = db.prepare('SELECT id, name FROM mentees WHERE name = ? COLLATE NOCASE ORDER BY id').all(name) as { id: number; name: string }[];
  const exact = found.filter((m) => m.name === name);
  const ids = (exact.length === 1 ? exact : found).map((m) => m.id);
  if (ids.length === 0) throw new SaidError('NOT_FOUND', say('cli.noMentee'));
  if (ids.length > 1) throw new SaidError('INVALID_INPUT', say('cli.severalMentees', { count: String(ids.length), ids: ids.join(', ') }));
  return ids[0]!;
}

/** The same, for a command that is always about one mentee. */
export function requiredMentee(db: Db, options: Options): number {
  const id = menteeOption(db, options);
  if (id === undefined) throw new UsageError(say('cli.menteeRequired'));
  return id;
}
