import type { FieldIssue } from '../../../shared/errors';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';

/** Small helpers the feature stores share: the owner checks, field errors, paging. */

export function requireMentee(db: Db, menteeId: number): void {
  if (sql(db, 'SELECT 1 FROM mentees WHERE id = ?').pluck().get(menteeId) === undefined) {
    throw new VaultError('NOT_FOUND', 'No mentee with that id.');
  }
}

/** The mentee a goal belongs to; NOT_FOUND when there is no such goal. */
export function menteeOfGoal(db: Db, goalId: number): number {
  const menteeId = sql<number>(db, 'SELECT mentee_id FROM goals WHERE id = ?').pluck().get(goalId) as number | undefined;
  if (menteeId === undefined) throw new VaultError('NOT_FOUND', 'No goal with that id.');
  return menteeId;
}

/** A goal referred to by a record must be one of the same mentee's goals. */
export function checkGoalOfMentee(db: Db, goalId: number | null, menteeId: number, path: (string | number)[] = ['goalId']): void {
  if (goalId === null) return;
  const owner = sql<number>(db, 'SELECT mentee_id FROM goals WHERE id = ?').pluck().get(goalId) as number | undefined;
  if (owner !== menteeId) throw invalid(path, 'Choose one of this mentee\'s goals');
}

export function invalid(path: (string | number)[], message: string): VaultError {
  const issue: FieldIssue = { path, message };
  return new VaultError('INVALID_INPUT', path.length ? `${path.join('.')}: ${message}` : message, [issue]);
}

export function notFound(what: string): VaultError {
  return new VaultError('NOT_FOUND', `No ${what} with that id.`);
}

/** One page of rows plus the total, from a query and its count twin sharing the same filter. */
export function pageOf<R, T>(
  db: Db,
  select: string,
  count: string,
  params: Record<string, unknown>,
  page: { offset: number; limit: number },
  map: (row: R) => T,
): Page<T> {
  const rows = sql<R>(db, `${select} LIMIT :limit OFFSET :offset`).all({ ...params, limit: page.limit, offset: page.offset });
  const total = sql<number>(db, count).pluck().get(params) as number;
  return { rows: rows.map(map), total };
}

export const bool = (value: number): boolean => value === 1;
