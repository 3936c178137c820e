import type { AssessmentKind } from '../../../shared/assessment/schema';

export const KIND_LABELS: Record<AssessmentKind, string> = { baseline: 'Baseline', reassessment: 'Re-assessment' };

/** The 1-5 scale in words, so "3" means the same to mentor and mentee. */
export const SCALE_LABELS: Record<number, string> = { 1: 'Beginning', 2: 'Developing', 3: 'Capable', 4: 'Strong', 5: 'Exemplary' };

export const RATING_OPTIONS = [
  { value: '', label: '—' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} · ${SCALE_LABELS[n]}` })),
];

export function formatRating(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}
