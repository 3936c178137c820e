import { registerVerifyCheck, type VerifyProblem } from '../../vault/verify';
import type { Db } from '../../vault/sqlite';
import { verifyAllEscalations } from './queries';

/**
 * `mentor-vault verify` checks every escalation chain: one problem per broken record,
 * naming the record and its first broken entry (ids only, never content).
 */
export function escalationChainsCheck(db: Db): VerifyProblem[] {
  return verifyAllEscalations(db).broken.map((b) => ({
    check: 'escalation-chain',
    message:
      b.firstBrokenEntryId === null
        ? `record ${b.id}: ${b.reason} at number ${b.sequence}: ${b.message}`
        : `record ${b.id}: entry ${b.firstBrokenEntryId} (number ${b.sequence}): ${b.reason}: ${b.message}`,
  }));
}

registerVerifyCheck(escalationChainsCheck);
