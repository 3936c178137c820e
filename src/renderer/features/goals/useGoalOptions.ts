import { useVaultQuery } from '../../bridge/hooks';
import { goalWords } from './labels';

/** The mentee's goals as <select> options, with a "none" choice first (for "goal served" fields). */
export function useGoalOptions(menteeId: number, noneLabel = goalWords('goals.options.none')) {
  const goals = useVaultQuery('goals.list', { menteeId, limit: 500 });
  return [{ value: '', label: noneLabel }, ...(goals.data?.rows ?? []).map((g) => ({ value: String(g.id), label: g.title }))];
}
