import { readFile, stat } from 'node:fs/promises';
import { selfAssessmentFile, type SelfAssessment, type SelfAssessmentValues } from '../../../shared/meetings/capture';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid } from '../shared/store-helpers';
import { meetingRow } from './rows';

export function selfAssessmentOf(db: Db, meetingId: number): SelfAssessment | null {
  const head = sql<{ reflection: string; source: 'mentor' | 'import'; recorded_at: string }>(
    db,
    'SELECT reflection, source, recorded_at FROM self_assessments WHERE meeting_id = ?',
  ).get(meetingId);
  if (!head) return null;
  const ratings = sql<{ goalId: number; goalTitle: string; rating: number; comment: string }>(
    db,
    `SELECT r.goal_id AS goalId, g.title AS goalTitle, r.rating, r.comment FROM self_assessment_ratings r JOIN goals g ON g.id = r.goal_id
     WHERE r.meeting_id = ? ORDER BY g.target_date, g.id`,
  ).all(meetingId);
  return { reflection: head.reflection, source: head.source, recordedAt: head.recorded_at, ratings };
}

/** The mentee's own view before the session, as the mentor records it (replacing an earlier one). */
export function recordSelfAssessment(db: Db, meetingId: number, values: SelfAssessmentValues, source: 'mentor' | 'import' = 'mentor'): SelfAssessment {
  db.transaction(() => {
    const m = meetingRow(db, meetingId);
    const owner = sql<number>(db, 'SELECT mentee_id FROM goals WHERE id = ?').pluck();
    values.ratings.forEach((r, i) => {
      if (owner.get(r.goalId) !== m.mentee_id) throw invalid(['ratings', i, 'goalId'], 'Rate one of this mentee\'s goals');
    });
    sql(db, 'DELETE FROM self_assessments WHERE meeting_id = ?').run(meetingId);
    sql(db, 'INSERT INTO self_assessments (meeting_id, reflection, source, recorded_at) VALUES (?, ?, ?, ?)').run(meetingId, values.reflection, source, nowIso());
    const insert = sql(db, 'INSERT INTO self_assessment_ratings (meeting_id, goal_id, rating, comment) VALUES (?, ?, ?, ?)');
    for (const r of values.ratings) insert.run(meetingId, r.goalId, r.rating, r.comment);
  })();
  return selfAssessmentOf(db, meetingId)!;
}

const MAX_FILE_BYTES = 1_000_000;

/** Why a file is refused, naming the first problem (never quoting its text: it may be personal). */
function refuse(message: string): VaultError {
  return new VaultError('INVALID_INPUT', `The self-assessment file cannot be imported: ${message}`);
}

/**
 * Reads a self-assessment file (docs/self-assessment-import.md) and records it for the
 * meeting. Goals are matched by id or by title among the mentee's goals.
 */
export async function importSelfAssessment(db: Db, meetingId: number, path: string): Promise<SelfAssessment> {
  const m = meetingRow(db, meetingId);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw refuse('the file could not be read.');
  if (info.size > MAX_FILE_BYTES) throw refuse('the file is larger than 1 MB.');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw refuse('it is not JSON.');
  }
  const parsed = selfAssessmentFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}.`);
  }
  const file = parsed.data;
  if (file.mentee !== undefined && file.mentee.toLowerCase() !== m.mentee_name.toLowerCase()) {
    throw refuse('it names another mentee.');
  }
  const goals = sql<{ id: number; title: string }>(db, 'SELECT id, title FROM goals WHERE mentee_id = ?').all(m.mentee_id);
  const ratings = file.ratings.map((r, i) => {
    const goal = r.goalId !== undefined ? goals.find((g) => g.id === r.goalId) : goals.filter((g) => g.title.toLowerCase() === r.goal!.toLowerCase());
    const found = Array.isArray(goal) ? (goal.length === 1 ? goal[0] : undefined) : goal;
    if (!found) throw refuse(`ratings.${i}: no single goal of this mentee has that ${r.goalId !== undefined ? 'id' : 'title'}.`);
    return { goalId: found.id, rating: r.rating, comment: r.comment };
  });
  if (new Set(ratings.map((r) => r.goalId)).size !== ratings.length) throw refuse('a goal is rated twice.');
  return recordSelfAssessment(db, meetingId, { reflection: file.reflection, ratings }, 'import');
}
