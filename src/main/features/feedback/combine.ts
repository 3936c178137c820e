import { createHash } from 'node:crypto';
import {
  ANONYMITY_THRESHOLD,
  RATER_RELATIONSHIPS,
  type CompetencyFeedback,
  type FeedbackGroupFigures,
  type RaterRelationship,
} from '../../../shared/feedback/schema';

/** One rater's score for one competency, as read from the vault. */
export interface ScoreRow {
  responseId: number;
  relationship: RaterRelationship;
  competency: string;
  score: number;
}

export function figuresOf(group: FeedbackGroupFigures['group'], scores: number[]): FeedbackGroupFigures {
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const variance = scores.reduce((a, s) => a + (s - mean) ** 2, 0) / scores.length;
  return { group, count: scores.length, mean, sd: Math.sqrt(variance) };
}

/**
 * Per competency (names compared without case), the groups of raters at or above the
 * threshold; the smaller groups merged into 'others', shown only when that merge reaches
 * the threshold too. `order` lists competency names to put first (the assessment's order).
 */
export function combineScores(
  rows: ScoreRow[],
  order: string[] = [],
  threshold = ANONYMITY_THRESHOLD,
): Omit<CompetencyFeedback, 'self' | 'mentor'>[] {
  const byCompetency = new Map<string, { name: string; groups: Map<RaterRelationship, number[]> }>();
  for (const row of rows) {
    const key = row.competency.toLowerCase();
    let entry = byCompetency.get(key);
    if (!entry) {
      entry = { name: order.find((n) => n.toLowerCase() === key) ?? row.competency, groups: new Map() };
      byCompetency.set(key, entry);
    }
    const scores = entry.groups.get(row.relationship) ?? [];
    scores.push(row.score);
    entry.groups.set(row.relationship, scores);
  }
  const rank = (name: string) => {
    const i = order.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    return i === -1 ? order.length : i;
  };
  return [...byCompetency.values()]
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
    .map(({ name, groups }) => {
      const shown: FeedbackGroupFigures[] = [];
      const merged: number[] = [];
      for (const relationship of RATER_RELATIONSHIPS) {
        const scores = groups.get(relationship) ?? [];
        if (scores.length >= threshold) shown.push(figuresOf(relationship, scores));
        else merged.push(...scores);
      }
      if (merged.length >= threshold) shown.push(figuresOf('others', merged));
      return { competency: name, groups: shown, withheld: merged.length >= threshold ? 0 : merged.length };
    });
}

/**
 * Free text in an order that says nothing about who wrote it or when: sorted by a hash of
 * the words themselves, so the order is stable between views yet unrelated to entry order.
 */
export function shuffleComments(texts: string[]): string[] {
  const keyed = texts
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ t, k: createHash('sha256').update(t).digest('hex') }));
  return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.t);
}
