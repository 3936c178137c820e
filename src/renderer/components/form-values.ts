/**
 * Converters for react-hook-form's `setValueAs`, so what the form holds is what the
 * shared zod schema expects (an empty box is "nothing", not "" or 0).
 */

/** '' → null, otherwise the number typed (NaN stays NaN so the schema says "must be a number"). */
export const numberOrNull = (v: unknown): number | null => (v === '' || v === null || v === undefined ? null : Number(v));

/** '' → undefined: a required number left empty is reported as missing by the schema. */
export const numberOrUndefined = (v: unknown): number | undefined => (v === '' || v === null || v === undefined ? undefined : Number(v));

/** A chosen id from a <select>: '' → null. */
export const idOrNull = (v: unknown): number | null => (v === '' || v === null || v === undefined ? null : Number(v));

/** An optional date box: '' → null. */
export const dateOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
