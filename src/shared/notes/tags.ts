import { z } from 'zod';

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS_PER_NOTE = 20;

/**
 * One spelling per tag, so filtering is an exact index lookup: NFC, trimmed, without a
 * leading '#', lower case, inner spaces as '-'. "#Career Growth" -> "career-growth".
 */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFC').trim().replace(/^#+/, '').trim().toLowerCase().replace(/\s+/g, '-');
}

const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

export const tag = z
  .string('Tag must be text')
  .transform(normaliseTag)
  .pipe(
    z
      .string()
      .min(1, 'Tag is empty')
      .max(MAX_TAG_LENGTH, `A tag is at most ${MAX_TAG_LENGTH} characters`)
      .regex(TAG_PATTERN, 'Tags use letters, digits, - and _'),
  );

/** A note's tags: normalised, without duplicates, sorted (the order carries no meaning). */
export const tagList = z
  .array(tag, 'Tags must be a list')
  .max(MAX_TAGS_PER_NOTE, `At most ${MAX_TAGS_PER_NOTE} tags`)
  .default([])
  .transform((tags) => [...new Set(tags)].sort());
