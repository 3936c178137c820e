import type {
  Assessment,
  AssessmentKind,
  AssessmentSummary,
  CompetencyGrowth,
  RatingPoint,
  RecordAssessmentValues,
} from '../../../shared/assessment/schema';
import type { Page } from '../../../shared/primitives';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, notFound, pageOf, requireMentee } from '../shared/store-helpers';

interface AssessmentRow {
  id: number;
  mentee_id: number;
  kind: AssessmentKind;
  date: string;
  note: string;
  created_at: string;
  rating_count: number;
}

const SELECT = `SELECT a.id, a.mentee_id, a.kind, a.date, a.note, a.created_at,
  (SELECT count(*) FROM assessment_ratings r WHERE r.assessment_id = a.id) AS rating_count
  FROM assessments a`;

const toSummary = (r: AssessmentRow): AssessmentSummary => ({
  id: r.id,
  menteeId: r.mentee_id,
  kind: r.kind,
  date: r.date,
  note: r.note,
  ratingCount: r.rating_count,
  createdAt: r.created_at,
});

export function listAssessments(db: Db, menteeId: number, page: { offset: number; limit: number }): Page<AssessmentSummary> {
  requireMentee(db, menteeId);
  return pageOf(
    db,
    `${SELECT} WHERE a.mentee_id = :menteeId ORDER BY a.date DESC, a.id DESC`,
    'SELECT count(*) FROM assessments WHERE mentee_id = :menteeId',
    { menteeId },
    page,
    toSummary,
  );
}

export function getAssessment(db: Db, id: number): Assessment {
  const row = sql<AssessmentRow>(db, `${SELECT} WHERE a.id = ?`).get(id);
  if (!row) throw notFound('assessment');
  const ratings = sql<{ competency_id: number; name: string; mentor_rating: number | null; mentee_rating: number | null; note: string }>(
    db,
    `SELECT r.competency_id, c.name, r.mentor_rating, r.mentee_rating, r.note
     FROM assessment_ratings r JOIN competencies c ON c.id = r.competency_id
     WHERE r.assessment_id = ? ORDER BY c.position, c.id`,
  ).all(id);
  return {
    ...toSummary(row),
    ratings: ratings.map((r) => ({
      competencyId: r.competency_id,
      competency: r.name,
      mentor: r.mentor_rating,
      mentee: r.mentee_rating,
      note: r.note,
    })),
  };
}

/** A new round, never an overwrite: one baseline per mentee, re-assessments after it. */
export function recordAssessment(db: Db, values: RecordAssessmentValues): Assessment {
  requireMentee(db, values.menteeId);
  const id = db.transaction(() => {
    const baseline = sql<{ date: string }>(db, "SELECT date FROM assessments WHERE mentee_id = ? AND kind = 'baseline'").get(values.menteeId);
    if (values.kind === 'baseline' && baseline) {
      throw new VaultError('CONFLICT', 'This mentee already has a baseline; record a re-assessment instead.');
    }
    if (values.kind === 'reassessment') {
      if (!baseline) throw invalid(['kind'], 'Record the baseline assessment first');
      if (values.date < baseline.date) throw invalid(['date'], 'A re-assessment cannot be dated before the baseline');
    }
    values.ratings.forEach((r, i) => {
      if (sql(db, 'SELECT 1 FROM competencies WHERE id = ?').pluck().get(r.competencyId) === undefined) {
        throw invalid(['ratings', i, 'competencyId'], 'No competency with that id');
      }
    });
    const result = sql(db, 'INSERT INTO assessments (mentee_id, kind, date, note, created_at) VALUES (?, ?, ?, ?, ?)').run(
      values.menteeId,
      values.kind,
      values.date,
      values.note,
      nowIso(),
    );
    const assessmentId = Number(result.lastInsertRowid);
    const insert = sql(
      db,
      'INSERT INTO assessment_ratings (assessment_id, competency_id, mentor_rating, mentee_rating, note) VALUES (?, ?, ?, ?, ?)',
    );
    for (const r of values.ratings) insert.run(assessmentId, r.competencyId, r.mentor, r.mentee, r.note);
    return assessmentId;
  })();
  return getAssessment(db, id);
}

export function deleteAssessment(db: Db, id: number): void {
  const row = sql<{ mentee_id: number; kind: AssessmentKind }>(db, 'SELECT mentee_id, kind FROM assessments WHERE id = ?').get(id);
  if (!row) throw notFound('assessment');
  if (row.kind === 'baseline') {
    const later = sql(db, "SELECT 1 FROM assessments WHERE mentee_id = ? AND kind = 'reassessment' LIMIT 1").pluck().get(row.mentee_id);
    if (later !== undefined) throw new VaultError('CONFLICT', 'Re-assessments are measured against this baseline; delete them first.');
  }
  sql(db, 'DELETE FROM assessments WHERE id = ?').run(id);
}

interface PointRow {
  competency_id: number;
  name: string;
  assessment_id: number;
  date: string;
  kind: AssessmentKind;
  mentor_rating: number | null;
  mentee_rating: number | null;
}

/** Every rating of one mentee, oldest round first; one query for the radar and growth lines. */
export const GROWTH_SQL = `SELECT r.competency_id, c.name, a.id AS assessment_id, a.date, a.kind, r.mentor_rating, r.mentee_rating
  FROM assessments a
  JOIN assessment_ratings r ON r.assessment_id = a.id
  JOIN competencies c ON c.id = r.competency_id
  WHERE a.mentee_id = ?
  ORDER BY c.position, c.id, a.kind = 'reassessment', a.date, a.id`;

export function competencyGrowth(db: Db, menteeId: number): CompetencyGrowth[] {
  const byCompetency = new Map<number, CompetencyGrowth>();
  for (const row of sql<PointRow>(db, GROWTH_SQL).all(menteeId)) {
    let growth = byCompetency.get(row.competency_id);
    if (!growth) {
      growth = { competencyId: row.competency_id, competency: row.name, baseline: null, latest: null, points: [] };
      byCompetency.set(row.competency_id, growth);
    }
    const point: RatingPoint = {
      assessmentId: row.assessment_id,
      date: row.date,
      kind: row.kind,
      mentor: row.mentor_rating,
      mentee: row.mentee_rating,
    };
    growth.points.push(point);
    // The baseline round when it rated this competency, else the first round that did.
    if (!growth.baseline) growth.baseline = point;
    growth.latest = point;
  }
  return [...byCompetency.values()];
}
