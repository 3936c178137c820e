import type { RubricDimension, RubricTemplate, RubricTemplateValues } from '../../../shared/templates/rubric';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, notFound } from '../shared/store-helpers';

/** A row of rubric_dimensions; its levels' descriptors are kept as a JSON list. */
export interface DimensionRow {
  id: number;
  template_id: number;
  name: string;
  descriptors: string;
}

export function dimensionsOf(db: Db, templateId: number): RubricDimension[] {
  return sql<DimensionRow>(db, 'SELECT * FROM rubric_dimensions WHERE template_id = ? ORDER BY position, id')
    .all(templateId)
    .map((r) => ({ id: r.id, name: r.name, descriptors: JSON.parse(r.descriptors) as string[] }));
}

export function getRubric(db: Db, id: number): RubricTemplate {
  const row = sql<{ id: number; name: string; is_default: number; used_by: number }>(
    db,
    'SELECT t.id, t.name, t.is_default, (SELECT count(*) FROM meetings WHERE rubric_template_id = t.id) AS used_by FROM rubric_templates t WHERE t.id = ?',
  ).get(id);
  if (!row) throw notFound('rubric');
  return { id: row.id, name: row.name, isDefault: row.is_default === 1, dimensions: dimensionsOf(db, id), usedBy: row.used_by };
}

/** The rubric new review meetings are given, if the mentor keeps one. */
export function defaultRubricId(db: Db): number | null {
  return (sql<number>(db, 'SELECT id FROM rubric_templates WHERE is_default = 1').pluck().get() as number | undefined) ?? null;
}

export function listRubrics(db: Db): RubricTemplate[] {
  const ids = sql<number>(db, 'SELECT id FROM rubric_templates ORDER BY is_default DESC, name COLLATE NOCASE').pluck().all() as number[];
  return ids.map((id) => getRubric(db, id));
}

function assertNameFree(db: Db, name: string, exceptId: number | null): void {
  const other = sql<number>(db, 'SELECT id FROM rubric_templates WHERE name = ? COLLATE NOCASE').pluck().get(name) as number | undefined;
  if (other !== undefined && other !== exceptId) throw invalid(['name'], 'Another rubric has this name');
}

/** Dimensions by id: edited ones keep their id (scores given with them stay linked), new ones are added, missing ones removed. */
function writeDimensions(db: Db, templateId: number, dimensions: RubricTemplateValues['dimensions']): void {
  const existing = new Set(dimensionsOf(db, templateId).map((d) => d.id));
  const kept = new Set<number>();
  dimensions.forEach((d, i) => {
    if (d.id === undefined) return;
    if (!existing.has(d.id) || kept.has(d.id)) throw invalid(['dimensions', i, 'id'], 'This dimension is not (or twice) in this rubric');
    kept.add(d.id);
  });
  for (const id of existing) if (!kept.has(id)) sql(db, 'DELETE FROM rubric_dimensions WHERE id = ?').run(id);
  const update = sql(db, 'UPDATE rubric_dimensions SET position = ?, name = ?, descriptors = ? WHERE id = ?');
  const insert = sql(db, 'INSERT INTO rubric_dimensions (template_id, position, name, descriptors) VALUES (?, ?, ?, ?)');
  dimensions.forEach((d, i) => {
    if (d.id !== undefined) update.run(i, d.name, JSON.stringify(d.descriptors), d.id);
    else insert.run(templateId, i, d.name, JSON.stringify(d.descriptors));
  });
}

export function createRubric(db: Db, values: RubricTemplateValues): RubricTemplate {
  const id = db.transaction(() => {
    assertNameFree(db, values.name, null);
    const now = nowIso();
    const r = sql(db, 'INSERT INTO rubric_templates (name, created_at, updated_at) VALUES (?, ?, ?)').run(values.name, now, now);
    const templateId = Number(r.lastInsertRowid);
    writeDimensions(db, templateId, values.dimensions.map(({ id: _ignored, ...d }) => d));
    return templateId;
  })();
  return getRubric(db, id);
}

export function updateRubric(db: Db, id: number, values: RubricTemplateValues): RubricTemplate {
  db.transaction(() => {
    getRubric(db, id);
    assertNameFree(db, values.name, id);
    sql(db, 'UPDATE rubric_templates SET name = ?, updated_at = ? WHERE id = ?').run(values.name, nowIso(), id);
    writeDimensions(db, id, values.dimensions);
  })();
  return getRubric(db, id);
}

export function setDefaultRubric(db: Db, id: number): RubricTemplate {
  db.transaction(() => {
    getRubric(db, id);
    sql(db, 'UPDATE rubric_templates SET is_default = 0 WHERE is_default = 1').run();
    sql(db, 'UPDATE rubric_templates SET is_default = 1, updated_at = ? WHERE id = ?').run(nowIso(), id);
  })();
  return getRubric(db, id);
}

export function deleteRubric(db: Db, id: number): void {
  const rubric = getRubric(db, id);
  if (rubric.isDefault) throw new VaultError('CONFLICT', 'This is the default rubric; make another one the default first.');
  sql(db, 'DELETE FROM rubric_templates WHERE id = ?').run(id);
}
