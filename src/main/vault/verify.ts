import type { Db } from './sqlite';
import { userTables } from './info';
import { recordChainCheck } from './record-chain/check';
import { triggersCheck } from './record-chain/triggers-check';

export interface VerifyProblem {
  check: string;
  message: string;
}

/** Checks a domain adds to `verify` (the escalation hash chains, for one). */
export type VerifyCheck = (db: Db) => VerifyProblem[];

/** The vault-wide ones (the record chain, the append-only triggers) always run. */
const checks: VerifyCheck[] = [triggersCheck, recordChainCheck];

export function registerVerifyCheck(check: VerifyCheck): void {
  if (!checks.includes(check)) checks.push(check);
}

/**
 * Only the domains' own checks (hash chains), for a caller that ran the page-level
 * checks elsewhere (the backup worker does integrity_check and the full read off the
 * main thread).
 */
export function runDomainChecks(db: Db): VerifyProblem[] {
  return checks.flatMap((check) => check(db));
}

/**
 * Full verification: SQLite's integrity check, then a read of every row of every table
 * (each page's HMAC is checked as it is read; cipher_integrity_check is a no-op in
 * this library), then each domain's own checks.
 */
export function verifyDatabase(db: Db): { problems: VerifyProblem[]; rowsRead: number } {
  const problems: VerifyProblem[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) {
    if (row.integrity_check !== 'ok') problems.push({ check: 'integrity', message: row.integrity_check });
  }
  let rowsRead = 0;
  for (const table of userTables(db)) {
    for (const _row of db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().iterate()) rowsRead++;
  }
  for (const check of checks) problems.push(...check(db));
  return { problems, rowsRead };
}
