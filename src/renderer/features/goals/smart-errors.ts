import type { FieldErrors } from 'react-hook-form';
import { LETTERS, type Letter } from '../../../shared/goals/smart';

export type LetterKey = keyof typeof LETTERS;

/** The goal form's letter groups, in SMART order, with the question each answers. */
export const LETTER_GROUPS = [
  { key: 'specific', letter: 'S', name: 'Specific', question: 'What exactly will be achieved?' },
  { key: 'measurable', letter: 'M', name: 'Measurable', question: 'How is progress measured: from which value to which?' },
  { key: 'attainable', letter: 'A', name: 'Attainable', question: 'Why is it realistic, and what support is needed?' },
  { key: 'relevant', letter: 'R', name: 'Relevant', question: 'Which of the mentee’s career aims does it serve?' },
  { key: 'timeBound', letter: 'T', name: 'Time-bound', question: 'By when?' },
] as const satisfies readonly { key: string; letter: LetterKey; name: string; question: string }[];

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
