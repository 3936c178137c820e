import type { z } from 'zod';
import { feedbackResponseInput } from '../../../shared/feedback/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { requireMentee } from '../shared/store-helpers';

/**
 * Records one rater's answers. This version keeps them as one evidence row of kind
 * 'peer-feedback' (ratings and texts in the summary, the relationship as its source).
 */
export function addFeedbackResponse(db: Db, input: z.input<typeof feedbackResponseInput>): { id: number } {
  const r = feedbackResponseInput.parse(input);
  requireMentee(db, r.menteeId);
  const lines = [
    `Feedback from a ${r.relationship.replace('-', ' ')}${r.raterName ? ` (${r.raterName})` : ''}`,
    ...r.ratings.map((x) => `${x.competency}: ${x.score} of 5`),
    r.strengths ? `Strengths: ${r.strengths}` : '',
    r.change ? `One thing to change: ${r.change}` : '',
  ].filter((line) => line !== '');
  const now = nowIso();
  const mean = r.ratings.length ? r.ratings.reduce((sum, x) => sum + x.score, 0) / r.ratings.length : null;
  const row = sql(db, 'INSERT INTO evidence (mentee_id, kind, date, summary, value, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    r.menteeId,
    'peer-feedback',
    r.receivedOn,
    lines.join('\n'),
    mean,
    r.formId ? `form ${r.formId}` : r.relationship,
    now,
    now,
  );
  return { id: Number(row.lastInsertRowid) };
}
