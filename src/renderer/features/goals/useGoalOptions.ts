import { useVaultQuery } from '../../bridge/hooks';

/** The mentee's goals as <select> options, with a "none" choice first (for "goal served" fields). */
export function useGoalOptions(menteeId: number, noneLabel = 'No particular goal') {
  const goals = useVaultQuery('goals.list', { menteeId, limit: 500 });
  return [{ value: '', label: noneLabel }, ...(goals.data?.rows ?? []).map((g) => ({ value: String(g.id), label: g.title }))];
}
