import type { RubricScore } from '../../../shared/meetings/rubric';
import type { RubricDimension } from '../../../shared/templates/rubric';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { invalid } from '../shared/store-helpers';
import { dimensionsOf, type DimensionRow } from '../templates/rubric';
import { meetingRow } from './rows';

interface ScoreRow {
  dimension_id: number | null;
  dimension: string;
  levels: number;
  score: number | null;
  descriptor: string;
  comment: string;
}

export function scoresOf(db: Db, meetingId: number): RubricScore[] {
  return sql<ScoreRow>(db, 'SELECT * FROM rubric_scores WHERE meeting_id = ? ORDER BY position, id')
    .all(meetingId)
    .map((r) => ({ dimensionId: r.dimension_id, dimension: r.dimension, levels: r.levels, score: r.score, descriptor: r.descriptor, comment: r.comment }));
}

/** One dimension's score and comment; the dimension's name, scale and level text are copied with it. */
export function scoreMeeting(db: Db, input: { meetingId: number; dimensionId: number; score: number | null; comment: string }): RubricScore[] {
  db.transaction(() => {
    const m = meetingRow(db, input.meetingId);
    const dim = sql<DimensionRow & { position: number }>(db, 'SELECT * FROM rubric_dimensions WHERE id = ?').get(input.dimensionId);
    if (!dim || dim.template_id !== m.rubric_template_id) throw invalid(['dimensionId'], 'Choose a dimension of this meeting\'s rubric');
    const descriptors = JSON.parse(dim.descriptors) as string[];
    if (input.score !== null && input.score > descriptors.length) throw invalid(['score'], `Score runs from 1 to ${descriptors.length}`);
    sql(
      db,
      `INSERT INTO rubric_scores (meeting_id, dimension_id, dimension, levels, score, descriptor, comment, position, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (meeting_id, dimension_id) WHERE dimension_id IS NOT NULL DO UPDATE SET dimension = excluded.dimension,
         levels = excluded.levels, score = excluded.score, descriptor = excluded.descriptor, comment = excluded.comment,
         position = excluded.position, updated_at = excluded.updated_at`,
    ).run(
      input.meetingId,
      input.dimensionId,
      dim.name,
      descriptors.length,
      input.score,
      input.score === null ? '' : descriptors[input.score - 1],
      input.comment,
      dim.position,
      nowIso(),
    );
  })();
  return scoresOf(db, input.meetingId);
}

export function rubricOfMeeting(db: Db, templateId: number | null): { templateId: number | null; name: string | null; dimensions: RubricDimension[] } {
  if (templateId === null) return { templateId: null, name: null, dimensions: [] };
  const name = sql<string>(db, 'SELECT name FROM rubric_templates WHERE id = ?').pluck().get(templateId) as string | undefined;
  return { templateId, name: name ?? null, dimensions: name === undefined ? [] : dimensionsOf(db, templateId) };
}
