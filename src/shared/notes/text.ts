import { z } from 'zod';

/**
 * Free text of confidential records. C0 control characters (except tab and newlines)
 * are dropped on the way in: the search highlights use \u0002/\u0003 as markers, so
 * stored text must never contain them, and nothing legitimate needs the others.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** Multi-line text up to `max` characters; not trimmed (Markdown keeps its layout). */
export const plainText = (label: string, max: number) =>
  z
    .string(`${label} must be text`)
    .max(max, `${label} must be at most ${max.toLocaleString('en')} characters`)
    .transform(stripControl);

/** One line of text, trimmed, up to `max` characters. */
export const plainLine = (label: string, max: number) =>
  z
    .string(`${label} must be text`)
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .transform(stripControl);

export const requiredLine = (label: string, max: number) => plainLine(label, max).pipe(z.string().min(1, `${label} is required`));

export const requiredText = (label: string, max: number) =>
  plainText(label, max).refine((s) => s.trim().length > 0, `${label} is required`);
