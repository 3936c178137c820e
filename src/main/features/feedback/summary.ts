import { ANONYMITY_THRESHOLD, type FeedbackSummary, type RaterRelationship } from '../../../shared/feedback/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { competencyGrowth } from '../assessment/store';
import { requireMentee } from '../shared/store-helpers';
import { combineScores, shuffleComments } from './combine';

/** The statements behind the combined view, exported so a test can read them. */
export const SUMMARY_SQL = {
  scores: `SELECT r.id AS response_id, r.relationship, f.competency, f.score
    FROM feedback_responses r JOIN feedback_ratings f ON f.response_id = r.id
    WHERE r.mentee_id = ? ORDER BY r.id`,
  responses: `SELECT count(*) AS n, min(received_on) AS first, max(received_on) AS last,
    json_group_array(strengths) AS strengths, json_group_array(change) AS change
    FROM feedback_responses WHERE mentee_id = ?`,
};

const latestOf = (points: { mentor: number | null; mentee: number | null }[], who: 'mentor' | 'mentee') =>
  points.reduce<number | null>((last, p) => p[who] ?? last, null);

/**
 * The combined 360 view for one mentee, under the anonymity threshold. The Feedback tab,
 * the dashboard's radar and the progress report all read this one function.
 */
export function feedbackSummary(db: Db, menteeId: number): FeedbackSummary {
  requireMentee(db, menteeId);
  const rows = sql<{ response_id: number; relationship: RaterRelationship; competency: string; score: number }>(db, SUMMARY_SQL.scores)
    .all(menteeId)
    .map((r) => ({ responseId: r.response_id, relationship: r.relationship, competency: r.competency, score: r.score }));
  const totals = sql<{ n: number; first: string | null; last: string | null; strengths: string; change: string }>(db, SUMMARY_SQL.responses).get(
    menteeId,
  )!;
  const growth = competencyGrowth(db, menteeId);
  const assessed = new Map(growth.map((g) => [g.competency.toLowerCase(), g]));
  const competencies = combineScores(
    rows,
    growth.map((g) => g.competency),
  ).map((c) => {
    const g = assessed.get(c.competency.toLowerCase());
    return { ...c, self: g ? latestOf(g.points, 'mentee') : null, mentor: g ? latestOf(g.points, 'mentor') : null };
  });
  // Below the threshold even the words could point at a rater: none are shown.
  const enough = totals.n >= ANONYMITY_THRESHOLD;
  return {
    menteeId,
    threshold: ANONYMITY_THRESHOLD,
    responses: totals.n,
    firstReceivedOn: totals.first,
    lastReceivedOn: totals.last,
    competencies,
    comments: {
      strengths: enough ? shuffleComments(JSON.parse(totals.strengths) as string[]) : [],
      change: enough ? shuffleComments(JSON.parse(totals.change) as string[]) : [],
    },
  };
}
