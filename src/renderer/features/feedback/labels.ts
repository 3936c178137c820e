import type { FeedbackGroupFigures } from '../../../shared/feedback/schema';
import { RATER_RELATIONSHIPS } from '../../../shared/feedback/schema';
import { GROUP_LABELS, RELATIONSHIP_LABELS } from '../../../shared/feedback/labels';

export { GROUP_LABELS, RELATIONSHIP_LABELS };

export const RELATIONSHIP_OPTIONS = RATER_RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }));

/** "3.7 ± 0.5 (4)": mean, standard deviation, raters. */
export function formatGroup(g: FeedbackGroupFigures | undefined): string {
  if (!g) return '—';
  return `${g.mean.toFixed(1)} ± ${g.sd.toFixed(1)} (${g.count})`;
}
