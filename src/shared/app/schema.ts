import { z } from 'zod';

export const MAX_URL_LENGTH = 2000;

/** The only schemes a link in a note may open: the system browser or mail client, never a file or script. */
export const EXTERNAL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** Whether `text` is an absolute URL with one of EXTERNAL_SCHEMES (the renderer asks this before offering to open it). */
export function isExternalUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (EXTERNAL_SCHEMES as readonly string[]).includes(url.protocol) && (url.protocol === 'mailto:' || url.hostname !== '');
}

export const externalUrl = z
  .string('Link must be text')
  .trim()
  .min(1, 'Link is empty')
  .max(MAX_URL_LENGTH, `A link is at most ${MAX_URL_LENGTH} characters`)
  .refine(isExternalUrl, 'Only http, https and mailto links can be opened');

export const openExternalInput = z.strictObject({ url: externalUrl });
