import { format, isValid } from 'date-fns';

/**
 * A datetime-local field's text (the mentor's local time) as the ISO instant the vault
 * stores; empty = not given (the vault uses now); unreadable text is passed on so the
 * schema refuses it next to the field.
 */
export function localToIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = new Date(value);
  return isValid(date) ? date.toISOString() : value;
}

/** Now, as a datetime-local field's value. */
export const nowLocal = () => format(new Date(), "yyyy-MM-dd'T'HH:mm");
