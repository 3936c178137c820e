import type { DecisionEntityKind } from '../../../shared/records/schema';
import { useVaultQuery } from '../../bridge/hooks';
import { NO_VALUE } from '../../i18n/symbols';
import { formatDate } from '../mentees/format';
import { recordsWords } from './labels';

type Option = { value: string; label: string };

/** The things of the plan a decision can refer to, for the chosen kind (only that kind is fetched). */
export function useEntityOptions(menteeId: number, kind: DecisionEntityKind | null | undefined | ''): Option[] {
  const goals = useVaultQuery('goals.list', { menteeId, limit: 500 }, { enabled: kind === 'goal' });
  const plan = useVaultQuery('dashboard.mentee', { menteeId }, { enabled: kind === 'milestone' });
  const charter = useVaultQuery('charter.get', { menteeId }, { enabled: kind === 'charter-version' });
  const resources = useVaultQuery('resources.list', { menteeId, limit: 500 }, { enabled: kind === 'resource' });
  const decisions = useVaultQuery('decisions.list', { menteeId, limit: 500 }, { enabled: kind === 'decision' });
  const items: Option[] =
    kind === 'goal'
      ? (goals.data?.rows ?? []).map((g) => ({ value: String(g.id), label: g.title }))
      : kind === 'milestone'
        ? (plan.data?.milestones ?? []).map((m) => ({ value: String(m.id), label: recordsWords('records.entity.milestone', { milestone: m.title, goal: m.goalTitle }) }))
        : kind === 'charter-version'
          ? (charter.data?.versions ?? []).map((v) => ({
              value: String(v.id),
              label: recordsWords('records.entity.charterVersion', { version: v.version, status: recordsWords(`charter.status.${v.status}`) }),
            }))
          : kind === 'resource'
            ? (resources.data?.rows ?? []).map((r) => ({ value: String(r.id), label: r.title }))
            : kind === 'decision'
              ? (decisions.data?.rows ?? []).map((d) => ({ value: String(d.id), label: recordsWords('records.entity.decision', { date: formatDate(d.date), decision: d.decision }) }))
              : [];
  return [{ value: '', label: kind ? recordsWords('records.entity.choose') : NO_VALUE }, ...items];
}
