import type { MessageId } from './catalogue';

/**
 * Words of the catalogue with their values, for the core to return instead of an English
 * sentence: each place that shows them (a screen, the command line) formats them in its own
 * language. A value may be words itself ("feedback from a {relationship}").
 */
export interface Words {
  id: MessageId;
  values?: Record<string, string | number | Words>;
}

export function words(id: MessageId, values?: Words['values']): Words {
  return values ? { id, values } : { id };
}

/** Formats words (or a text that is data, as typed) with any formatter of the catalogue. */
export function formatWords(format: (id: MessageId, values?: Record<string, string | number>) => string, shown: Words | string): string {
  if (typeof shown === 'string') return shown;
  const values = shown.values && Object.fromEntries(Object.entries(shown.values).map(([name, value]) => [name, typeof value === 'object' ? formatWords(format, value) : value]));
  return format(shown.id, values);
}
