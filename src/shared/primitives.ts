import { z } from 'zod';

/** Shared building blocks for every schema, so limits are the same everywhere. */
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 20_000;
export const MAX_LIST = 200;

export const id = z.int('Must be a whole number').positive('Must be a positive id').max(Number.MAX_SAFE_INTEGER);

export const shortText = (label: string) =>
  z
    .string(`${label} must be text`)
    .trim()
    .max(MAX_SHORT_TEXT, `${label} must be at most ${MAX_SHORT_TEXT} characters`);

export const requiredText = (label: string) => shortText(label).min(1, `${label} is required`);

export const longText = (label: string) =>
  z.string(`${label} must be text`).max(MAX_LONG_TEXT, `${label} must be at most ${MAX_LONG_TEXT} characters`);

/** A calendar date as YYYY-MM-DD (no time zone: a mentor's day, not an instant). */
export const isoDate = (label: string) => z.iso.date(`${label} must be a date (YYYY-MM-DD)`);

/** An instant, stored as an ISO 8601 UTC timestamp. */
export const isoDateTime = (label: string) => z.iso.datetime({ message: `${label} must be a date and time` });

export const textList = (label: string) =>
  z.array(requiredText(label), `${label} must be a list`).max(MAX_LIST, `At most ${MAX_LIST} ${label.toLowerCase()} entries`);

export const pageInput = {
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(100),
};

export interface Page<T> {
  rows: T[];
  total: number;
}

export const empty = z.strictObject({});
