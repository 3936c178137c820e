import { useCallback } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { issueText } from '../i18n/issue-text';
import { isBridgeError } from './client';

/** The issues of a refusal that no field of the form shows, in words, each once ('' when none). */
export function unplacedIssues(err: unknown, fields: readonly string[]): string {
  if (!isBridgeError(err, 'INVALID_INPUT')) return '';
  return [...new Set(err.issues.filter((i) => !fields.includes(i.path.join('.'))).map(issueText))].join('. ');
}

/**
 * Puts the `issues` of an INVALID_INPUT refusal next to the fields they name, so a
 * refusal by the main process reads like the form's own validation. `prefix` drops the
 * part of the path the form does not have (e.g. 'profile' in `{ id, profile }`).
 * Returns whether any issue was placed on a field.
 */
export function applyServerIssues<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  prefix: readonly (string | number)[] = [],
  /** The form's own fields, when the method's input has more than the form shows: others are left for a banner. */
  fields?: readonly string[],
): boolean {
  if (!isBridgeError(err, 'INVALID_INPUT')) return false;
  let placed = false;
  for (const issue of err.issues) {
    const matchesPrefix = prefix.every((part, i) => issue.path[i] === part);
    const path = issue.path.slice(prefix.length);
    if (!matchesPrefix || path.length === 0) continue;
    if (fields && !fields.includes(path.join('.'))) continue;
    setError(path.join('.') as FieldPath<T>, { type: 'server', message: issueText(issue) }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

/** The hook form of applyServerIssues, bound to one form. */
export function useServerIssues<T extends FieldValues>(setError: UseFormSetError<T>, ...prefix: string[]) {
  const key = prefix.join('\u0000');
  return useCallback(
    (err: unknown) => applyServerIssues(err, setError, key ? key.split('\u0000') : []),
    [setError, key],
  );
}
