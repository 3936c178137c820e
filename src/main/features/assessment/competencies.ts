import type { z } from 'zod';
import type { Competency, competencyValues } from '../../../shared/assessment/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, notFound } from '../shared/store-helpers';

interface CompetencyRow {
  id: number;
  name: string;
  description: string;
  position: number;
  archived_at: string | null;
  rating_count: number;
}

const SELECT = `SELECT c.id, c.name, c.description, c.position, c.archived_at,
  (SELECT count(*) FROM assessment_ratings r WHERE r.competency_id = c.id) AS rating_count
  FROM competencies c`;

const toCompetency = (r: CompetencyRow): Competency => ({
  id: r.id,
  name: r.name,
  description: r.description,
  position: r.position,
  archived: r.archived_at !== null,
  ratingCount: r.rating_count,
});

export function listCompetencies(db: Db, includeArchived: boolean): Competency[] {
  const where = includeArchived ? '' : 'WHERE c.archived_at IS NULL';
  return sql<CompetencyRow>(db, `${SELECT} ${where} ORDER BY c.position, c.id`).all().map(toCompetency);
}

export function getCompetency(db: Db, id: number): Competency {
  const row = sql<CompetencyRow>(db, `${SELECT} WHERE c.id = ?`).get(id);
  if (!row) throw notFound('competency');
  return toCompetency(row);
}

function assertUniqueName(db: Db, name: string, exceptId: number | null): void {
  const clash = sql(db, 'SELECT id FROM competencies WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(name, exceptId);
  if (clash !== undefined) throw invalid(['name'], 'A competency with that name already exists');
}

export function createCompetency(db: Db, values: z.output<typeof competencyValues>): Competency {
  assertUniqueName(db, values.name, null);
  const position = sql<number>(db, 'SELECT coalesce(max(position) + 1, 0) FROM competencies').pluck().get() as number;
  const r = sql(db, 'INSERT INTO competencies (name, description, position, created_at) VALUES (?, ?, ?, ?)').run(
    values.name,
    values.description,
    position,
    nowIso(),
  );
  return getCompetency(db, Number(r.lastInsertRowid));
}

/** Renaming is allowed (a rating refers to the competency, not its name). */
export function updateCompetency(db: Db, id: number, values: z.output<typeof competencyValues>): Competency {
  getCompetency(db, id);
  assertUniqueName(db, values.name, id);
  sql(db, 'UPDATE competencies SET name = ?, description = ? WHERE id = ?').run(values.name, values.description, id);
  return getCompetency(db, id);
}

export function archiveCompetency(db: Db, id: number, archived: boolean): Competency {
  const r = sql(db, 'UPDATE competencies SET archived_at = ? WHERE id = ?').run(archived ? nowIso() : null, id);
  if (r.changes === 0) throw notFound('competency');
  return getCompetency(db, id);
}

export function reorderCompetencies(db: Db, ids: number[]): Competency[] {
  const all = sql<number>(db, 'SELECT id FROM competencies').pluck().all() as number[];
  const given = new Set(ids);
  if (given.size !== ids.length || given.size !== all.length || all.some((id) => !given.has(id))) {
    throw invalid(['ids'], 'Give every competency exactly once');
  }
  db.transaction(() => ids.forEach((id, i) => sql(db, 'UPDATE competencies SET position = ? WHERE id = ?').run(i, id)))();
  return listCompetencies(db, true);
}

export function deleteCompetency(db: Db, id: number): void {
  const c = getCompetency(db, id);
  if (c.ratingCount > 0) {
    throw new VaultError('CONFLICT', 'Mentees were rated on this competency; archive it instead so their history stays whole.');
  }
  sql(db, 'DELETE FROM competencies WHERE id = ?').run(id);
}
