import { DEFAULT_COMPETENCIES_BY_LOCALE } from '../../../shared/assessment/default-competencies';
import { DEFAULT_LOCALE, type CatalogueLocale } from '../../../shared/i18n/locales';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';

/**
 * A new vault's competency list in the language it is created in. Migration 002 seeded it
 * in English and stays as it ran; here, at creation, a list that is still exactly the
 * English one (same names, descriptions and order, none archived, none rated yet) takes
 * the language's words, row by row, ids kept. A list the mentor touched is left alone.
 */
export function writeDefaultCompetenciesIn(db: Db, locale: CatalogueLocale): void {
  if (locale === DEFAULT_LOCALE) return;
  const english = DEFAULT_COMPETENCIES_BY_LOCALE[DEFAULT_LOCALE];
  const target = DEFAULT_COMPETENCIES_BY_LOCALE[locale];
  db.transaction(() => {
    const rows = sql<{ id: number; name: string; description: string; archived_at: string | null }>(
      db,
      'SELECT id, name, description, archived_at FROM competencies ORDER BY position, id',
    ).all();
    const untouched =
      rows.length === english.length &&
      rows.every((r, i) => r.archived_at === null && r.name === english[i]!.name && r.description === english[i]!.description) &&
      sql(db, 'SELECT 1 FROM assessment_ratings LIMIT 1').get() === undefined;
    if (!untouched) return;
    const update = sql(db, 'UPDATE competencies SET name = ?, description = ? WHERE id = ?');
    rows.forEach((r, i) => update.run(target[i]!.name, target[i]!.description, r.id));
  })();
}
