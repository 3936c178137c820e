import type { z } from 'zod';
import type { Page } from '../../../shared/primitives';
import type {
  listMenteesInput,
  Mentee,
  MenteeProfileValues,
  MenteeStatus,
  MenteeSummary,
} from '../../../shared/mentees/schema';
import type { CatalogueLocale } from '../../../shared/i18n/locales';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';

interface MenteeRow {
  id: number;
  name: string;
  role: string;
  team: string;
  start_date: string | null;
  status: MenteeStatus;
  aspirations: string;
  document_locale: CatalogueLocale | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const SUMMARY_COLUMNS = 'id, name, role, team, start_date, status, archived_at, updated_at';
const SORT_COLUMNS: Record<z.output<typeof listMenteesInput>['sort'], string> = {
  name: 'name COLLATE NOCASE',
  status: 'status',
  startDate: 'start_date',
  team: 'team COLLATE NOCASE',
  updatedAt: 'updated_at',
};

function toSummary(row: Omit<MenteeRow, 'aspirations' | 'document_locale' | 'created_at'>): MenteeSummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    team: row.team,
    startDate: row.start_date,
    status: row.status,
    archived: row.archived_at !== null,
    updatedAt: row.updated_at,
  };
}

export function listMentees(db: Db, input: z.output<typeof listMenteesInput>): Page<MenteeSummary> {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit, offset: input.offset };
  if (!input.includeArchived) where.push('archived_at IS NULL');
  if (input.search) {
    where.push("(name LIKE :q ESCAPE '\\' OR role LIKE :q ESCAPE '\\' OR team LIKE :q ESCAPE '\\')");
    params.q = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `${SORT_COLUMNS[input.sort]} ${input.direction === 'desc' ? 'DESC' : 'ASC'}, id`;
  const rows = sql<MenteeRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM mentees ${clause} ORDER BY ${order} LIMIT :limit OFFSET :offset`).all(params);
  const { limit: _l, offset: _o, ...countParams } = params;
  const total = sql<number>(db, `SELECT count(*) FROM mentees ${clause}`).pluck().get(countParams) as number;
  return { rows: rows.map(toSummary), total };
}

export function getMentee(db: Db, id: number): Mentee {
  const row = sql<MenteeRow>(db, 'SELECT * FROM mentees WHERE id = ?').get(id);
  if (!row) throw new VaultError('NOT_FOUND', 'No mentee with that id.');
  const traits = sql<{ kind: 'strength' | 'gap'; text: string }>(
    db,
    'SELECT kind, text FROM mentee_traits WHERE mentee_id = ? ORDER BY position, id',
  ).all(id);
  return {
    ...toSummary(row),
    aspirations: row.aspirations,
    documentLocale: row.document_locale,
    createdAt: row.created_at,
    careerAims: sql<{ id: number; title: string; horizon: string }>(
      db,
      'SELECT id, title, horizon FROM career_aims WHERE mentee_id = ? ORDER BY position, id',
    ).all(id),
    strengths: traits.filter((t) => t.kind === 'strength').map((t) => t.text),
    gaps: traits.filter((t) => t.kind === 'gap').map((t) => t.text),
    interests: sql<{ id: number; area: string; wants_exposure: number; long_term_aspiration: number; notes: string }>(
      db,
      'SELECT id, area, wants_exposure, long_term_aspiration, notes FROM interests WHERE mentee_id = ? ORDER BY position, id',
    )
      .all(id)
      .map((r) => ({
        id: r.id,
        area: r.area,
        wantsExposure: r.wants_exposure === 1,
        longTermAspiration: r.long_term_aspiration === 1,
        notes: r.notes,
      })),
  };
}

export function createMentee(db: Db, profile: MenteeProfileValues): Mentee {
  const id = db.transaction(() => {
    const now = nowIso();
    const result = sql(
      db,
      `INSERT INTO mentees (name, role, team, start_date, status, aspirations, document_locale, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(profile.name, profile.role, profile.team, profile.startDate, profile.status, profile.aspirations, profile.documentLocale, now, now);
    const menteeId = Number(result.lastInsertRowid);
    writeStartingPoint(db, menteeId, profile);
    return menteeId;
  })();
  return getMentee(db, id);
}

export function updateMentee(db: Db, id: number, profile: MenteeProfileValues): Mentee {
  db.transaction(() => {
    const result = sql(
      db,
      `UPDATE mentees SET name = ?, role = ?, team = ?, start_date = ?, status = ?, aspirations = ?, document_locale = ?, updated_at = ?
       WHERE id = ?`,
    ).run(profile.name, profile.role, profile.team, profile.startDate, profile.status, profile.aspirations, profile.documentLocale, nowIso(), id);
    if (result.changes === 0) throw new VaultError('NOT_FOUND', 'No mentee with that id.');
    writeStartingPoint(db, id, profile);
  })();
  return getMentee(db, id);
}

/**
 * Replaces the lists of the profile. Career aims keep their ids (goals refer to them):
 * existing ones are updated in place, missing ones removed only if nothing refers to them.
 */
function writeStartingPoint(db: Db, menteeId: number, profile: MenteeProfileValues): void {
  sql(db, 'DELETE FROM mentee_traits WHERE mentee_id = ?').run(menteeId);
  const trait = sql(db, 'INSERT INTO mentee_traits (mentee_id, kind, text, position) VALUES (?, ?, ?, ?)');
  profile.strengths.forEach((text, i) => trait.run(menteeId, 'strength', text, i));
  profile.gaps.forEach((text, i) => trait.run(menteeId, 'gap', text, i));

  const keptAims = new Set<number>();
  profile.careerAims.forEach((aim, i) => {
    if (aim.id !== undefined) {
      const r = sql(db, 'UPDATE career_aims SET title = ?, horizon = ?, position = ? WHERE id = ? AND mentee_id = ?').run(
        aim.title,
        aim.horizon,
        i,
        aim.id,
        menteeId,
      );
      if (r.changes === 0) throw new VaultError('NOT_FOUND', `Career aim ${aim.id} does not belong to this mentee.`);
      keptAims.add(aim.id);
    } else {
      const r = sql(db, 'INSERT INTO career_aims (mentee_id, title, horizon, position) VALUES (?, ?, ?, ?)').run(menteeId, aim.title, aim.horizon, i);
      keptAims.add(Number(r.lastInsertRowid));
    }
  });
  const existing = sql<number>(db, 'SELECT id FROM career_aims WHERE mentee_id = ?').pluck().all(menteeId) as number[];
  for (const aimId of existing) {
    if (!keptAims.has(aimId)) sql(db, 'DELETE FROM career_aims WHERE id = ?').run(aimId);
  }

  sql(db, 'DELETE FROM interests WHERE mentee_id = ?').run(menteeId);
  const interest = sql(
    db,
    'INSERT INTO interests (mentee_id, area, wants_exposure, long_term_aspiration, notes, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  profile.interests.forEach((it, i) => interest.run(menteeId, it.area, it.wantsExposure ? 1 : 0, it.longTermAspiration ? 1 : 0, it.notes, i));
}

export function archiveMentee(db: Db, id: number, archived: boolean): Mentee {
  const result = sql(db, 'UPDATE mentees SET archived_at = ?, updated_at = ? WHERE id = ?').run(archived ? nowIso() : null, nowIso(), id);
  if (result.changes === 0) throw new VaultError('NOT_FOUND', 'No mentee with that id.');
  return getMentee(db, id);
}

export function deleteMentee(db: Db, id: number, confirmName: string): void {
  const name = sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(id) as string | undefined;
  if (name === undefined) throw new VaultError('NOT_FOUND', 'No mentee with that id.');
  if (name !== confirmName) {
    throw new VaultError('INVALID_INPUT', 'Type the mentee\'s name exactly to confirm deleting.', [
      { path: ['confirmName'], message: 'Does not match the mentee\'s name' },
    ]);
  }
  try {
    sql(db, 'DELETE FROM mentees WHERE id = ?').run(id);
  } catch (err) {
    // Escalation records refer to their mentee with ON DELETE RESTRICT (which SQLite
    // reports as SQLITE_CONSTRAINT_TRIGGER): that history is kept.
    const restricted = (err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT') === true;
    if (restricted && sql(db, 'SELECT 1 FROM escalations WHERE mentee_id = ? LIMIT 1').get(id)) {
      throw new VaultError('CONFLICT', 'This mentee has escalation records, which are kept for good: archive the mentee instead of deleting.');
    }
    throw err;
  }
}
