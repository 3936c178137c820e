import type { z } from 'zod';
import type { FeedbackResponse, feedbackResponseInput, RaterRelationship } from '../../../shared/feedback/schema';
import { feedbackResponseInput as responseSchema } from '../../../shared/feedback/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { notFound, requireMentee } from '../shared/store-helpers';

interface ResponseRow {
  id: number;
  mentee_id: number;
  evidence_id: number;
  relationship: RaterRelationship;
  rater_name: string | null;
  received_on: string;
  strengths: string;
  change: string;
  form_id: string | null;
  created_at: string;
}

const SELECT = `SELECT id, mentee_id, evidence_id, relationship, rater_name, received_on, strengths, change, form_id, created_at
  FROM feedback_responses`;

/**
 * The evidence row a response counts as. Its words name neither the rater nor their
 * relationship beyond the kind itself, since evidence rows appear in the progress report.
 */
export function evidenceOf(relationship: RaterRelationship): { kind: 'peer-feedback' | '360-result'; summary: string } {
  return relationship === 'peer'
    ? { kind: 'peer-feedback', summary: 'Peer feedback received' }
    : { kind: '360-result', summary: '360 feedback received' };
}

function ratingsOf(db: Db, ids: number[]): Map<number, { competency: string; score: number }[]> {
  const byResponse = new Map<number, { competency: string; score: number }[]>();
  if (ids.length === 0) return byResponse;
  const rows = sql<{ response_id: number; competency: string; score: number }>(
    db,
    `SELECT response_id, competency, score FROM feedback_ratings WHERE response_id IN (SELECT value FROM json_each(?)) ORDER BY response_id, rowid`,
  ).all(JSON.stringify(ids));
  for (const r of rows) {
    const list = byResponse.get(r.response_id) ?? [];
    list.push({ competency: r.competency, score: r.score });
    byResponse.set(r.response_id, list);
  }
  return byResponse;
}

function toResponse(row: ResponseRow, ratings: { competency: string; score: number }[]): FeedbackResponse {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    relationship: row.relationship,
    raterName: row.rater_name,
    receivedOn: row.received_on,
    ratings,
    strengths: row.strengths,
    change: row.change,
    formId: row.form_id,
    evidenceId: row.evidence_id,
    createdAt: row.created_at,
  };
}

export function getFeedbackResponse(db: Db, id: number): FeedbackResponse {
  const row = sql<ResponseRow>(db, `${SELECT} WHERE id = ?`).get(id);
  if (!row) throw notFound('feedback response');
  return toResponse(row, ratingsOf(db, [id]).get(id) ?? []);
}

/**
 * Records one returned feedback form (or a paper one keyed in) with its ratings and its
 * evidence row, in one transaction. The same form id twice is refused: nothing is written.
 */
export function addFeedbackResponse(db: Db, input: z.input<typeof feedbackResponseInput>): FeedbackResponse {
  const values = responseSchema.parse(input);
  requireMentee(db, values.menteeId);
  if (values.formId !== null && sql(db, 'SELECT 1 FROM feedback_responses WHERE form_id = ?').pluck().get(values.formId) !== undefined) {
    throw new VaultError('CONFLICT', 'This feedback form was already recorded; nothing was added.');
  }
  const now = nowIso();
  const evidence = evidenceOf(values.relationship);
  const id = db.transaction(() => {
    const evidenceId = Number(
      sql(db, `INSERT INTO evidence (mentee_id, kind, date, summary, value, source, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`).run(
        values.menteeId,
        evidence.kind,
        values.receivedOn,
        evidence.summary,
        values.formId === null ? 'Feedback form entered by the mentor' : 'Returned feedback form',
        now,
        now,
      ).lastInsertRowid,
    );
    const responseId = Number(
      sql(
        db,
        `INSERT INTO feedback_responses (mentee_id, evidence_id, relationship, rater_name, received_on, strengths, change, form_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        values.menteeId,
        evidenceId,
        values.relationship,
        values.raterName || null,
        values.receivedOn,
        values.strengths.trim(),
        values.change.trim(),
        values.formId,
        now,
      ).lastInsertRowid,
    );
    const insert = sql(db, 'INSERT INTO feedback_ratings (response_id, competency, score) VALUES (?, ?, ?)');
    for (const r of values.ratings) insert.run(responseId, r.competency, r.score);
    return responseId;
  })();
  return getFeedbackResponse(db, id);
}

export function listFeedbackResponses(db: Db, menteeId: number, page: { offset: number; limit: number }): Page<FeedbackResponse> {
  requireMentee(db, menteeId);
  const rows = sql<ResponseRow>(db, `${SELECT} WHERE mentee_id = ? ORDER BY received_on DESC, id DESC LIMIT ? OFFSET ?`).all(
    menteeId,
    page.limit,
    page.offset,
  );
  const total = sql<number>(db, 'SELECT count(*) FROM feedback_responses WHERE mentee_id = ?').pluck().get(menteeId) as number;
  const ratings = ratingsOf(db, rows.map((r) => r.id));
  return { rows: rows.map((r) => toResponse(r, ratings.get(r.id) ?? [])), total };
}

/** Deleting the evidence row removes the response and its ratings (foreign keys cascade). */
export function removeFeedbackResponse(db: Db, id: number): void {
  const evidenceId = sql<number>(db, 'SELECT evidence_id FROM feedback_responses WHERE id = ?').pluck().get(id) as number | undefined;
  if (evidenceId === undefined) throw notFound('feedback response');
  if (sql(db, 'SELECT 1 FROM milestones WHERE evidence_id = ? LIMIT 1').pluck().get(evidenceId) !== undefined) {
    throw new VaultError('CONFLICT', 'This feedback is the evidence of a milestone; link other evidence to the milestone first.');
  }
  sql(db, 'DELETE FROM evidence WHERE id = ?').run(evidenceId);
}
