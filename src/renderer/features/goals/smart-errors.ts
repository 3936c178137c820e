import type { FieldErrors } from 'react-hook-form';
import { LETTERS, type Letter } from '../../../shared/goals/smart';
import type { MessageId } from '../../../shared/i18n/catalogue';

export type LetterKey = keyof typeof LETTERS;

/** The goal form's letter groups, in SMART order, with the question each answers (catalogue ids). */
export const LETTER_GROUPS = [
  { key: 'specific', letter: 'S', name: 'goals.letter.specific', question: 'goals.letter.specificQuestion' },
  { key: 'measurable', letter: 'M', name: 'goals.letter.measurable', question: 'goals.letter.measurableQuestion' },
  { key: 'attainable', letter: 'A', name: 'goals.letter.attainable', question: 'goals.letter.attainableQuestion' },
  { key: 'relevant', letter: 'R', name: 'goals.letter.relevant', question: 'goals.letter.relevantQuestion' },
  { key: 'timeBound', letter: 'T', name: 'goals.letter.timeBound', question: 'goals.letter.timeBoundQuestion' },
] as const satisfies readonly { key: string; letter: LetterKey; name: MessageId; question: MessageId }[];

export type LetterGroupKey = (typeof LETTER_GROUPS)[number]['key'];

const META_KEYS = new Set(['type', 'message', 'ref', 'types', 'root']);

/** Every message in an error subtree (a group's own and its fields'). */
export function messagesIn(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const out: string[] = [];
  const e = error as Record<string, unknown>;
  if (typeof e.message === 'string' && e.message) out.push(e.message);
  for (const [key, value] of Object.entries(e)) if (!META_KEYS.has(key)) out.push(...messagesIn(value));
  return out;
}

/** "M (measurable): target value is required" → "target value is required": the group already names the letter. */
export function withoutLetter(message: string | undefined): string | undefined {
  if (!message) return message;
  for (const letter of Object.values(LETTERS)) {
    if (message.startsWith(`${letter}: `)) return message.slice(letter.length + 2);
  }
  return message;
}

/** The letters whose group holds an error, as the refusal names them. */
export function lettersWithErrors(errors: FieldErrors): Letter[] {
  return LETTER_GROUPS.filter((g) => messagesIn(errors[g.key]).length > 0).map((g) => LETTERS[g.letter]);
}
