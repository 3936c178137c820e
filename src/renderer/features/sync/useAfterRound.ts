import { useQueryClient } from '@tanstack/react-query';
import type { SyncResultView } from '../../../shared/sync/contract';
import { invalidateMethods } from '../../bridge/hooks';
import { SYNC_QUERIES } from './stale';

/**
 * After a round: the sync status is stale, and so is every screen when the round applied
 * other computers' changes (they may touch any record).
 */
export function useAfterRound() {
  const client = useQueryClient();
  return async (result: SyncResultView) => {
    if (result.applied > 0) await client.invalidateQueries();
    else await invalidateMethods(client, SYNC_QUERIES);
  };
}
