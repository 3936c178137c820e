import { z } from 'zod';
import { MAX_SHORT_TEXT } from '../primitives';
import { localToday } from '../dates';
import { says } from '../i18n/messages/validation';

/**
 * Field builders whose every message starts with the SMART letter it belongs to
 * ("M (measurable): target value is required"), so a refused goal says which letter
 * is missing, at the bridge and in the form alike.
 */
export const LETTERS = {
  S: 'S (specific)',
  M: 'M (measurable)',
  A: 'A (attainable)',
  R: 'R (relevant)',
  T: 'T (time-bound)',
} as const;
export type Letter = (typeof LETTERS)[keyof typeof LETTERS];

const absent = (input: unknown) => input === undefined || input === null || input === '' || Number.isNaN(input);

export function letterText(letter: Letter, what: string, max = MAX_SHORT_TEXT) {
  return z
    .string({ error: (iss) => (absent(iss.input) ? `${letter}: ${what} is required` : `${letter}: ${what} must be text`) })
    .trim()
    .min(1, `${letter}: ${what} is required`)
    .max(max, `${letter}: ${what} must be at most ${max} characters`);
}

export function optionalLetterText(letter: Letter, what: string, max = MAX_SHORT_TEXT) {
  return z
    .string(`${letter}: ${what} must be text`)
    .trim()
    .max(max, `${letter}: ${what} must be at most ${max} characters`)
    .default('');
}

export function letterNumber(letter: Letter, what: string) {
  return z
    .number({ error: (iss) => (absent(iss.input) ? `${letter}: ${what} is required` : `${letter}: ${what} must be a number`) })
    .min(-1e12, `${letter}: ${what} is out of range`)
    .max(1e12, `${letter}: ${what} is out of range`);
}

export function letterId(letter: Letter, missing: string) {
  return z
    .int({ error: (iss) => (absent(iss.input) ? `${letter}: ${missing}` : `${letter}: must be an id`) })
    .positive(`${letter}: must be an id`)
    .max(Number.MAX_SAFE_INTEGER, `${letter}: must be an id`);
}

export function letterDate(letter: Letter, what: string) {
  return z.iso.date({
    error: (iss) => (absent(iss.input) ? `${letter}: ${what} is required` : `${letter}: ${what} must be a date (YYYY-MM-DD)`),
  });
}

/** A target date not before today (the mentor's local day), checked when the goal is created. */
export function targetNotInPast(letter: Letter) {
  return letterDate(letter, 'target date').refine((d) => d >= localToday(), `${letter}: ${says('validation.says.targetDateNotPast')}`);
}

/** A letter's field group; a missing group says what the letter needs. */
export function letterGroup<S extends z.ZodRawShape>(letter: Letter, needs: string, shape: S) {
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'invalid_type' && absent(iss.input) ? `${letter}: ${needs}` : undefined),
  });
}
