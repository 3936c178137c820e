import { DEFAULT_LOCALE, type CatalogueLocale } from '../../../shared/i18n/locales';
import { MEETING_KINDS } from '../../../shared/meetings/schema';
import type { AgendaTemplateItem } from '../../../shared/templates/agenda';
import { BUILT_IN_TEMPLATES, type BuiltInRubric } from '../../../shared/templates/built-in';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { templateItems, updateAgendaTemplate } from './agenda';
import { dimensionsOf, getRubric } from './rubric';

const sameItems = (a: AgendaTemplateItem[], b: AgendaTemplateItem[]) => JSON.stringify(a) === JSON.stringify(b);

function sameRubric(stored: { name: string; dimensions: { name: string; descriptors: string[] }[] }, builtIn: BuiltInRubric): boolean {
  return stored.name === builtIn.name && JSON.stringify(stored.dimensions.map(({ name, descriptors }) => ({ name, descriptors }))) === JSON.stringify(builtIn.dimensions);
}

/**
 * A new vault's templates in the language it is created in. The migrations seed English
 * built-ins and must stay as they ran in existing vaults, so the language is applied here,
 * at creation: each agenda and the default rubric that is still exactly the English
 * built-in (unedited, unused) is rewritten as the language's. Anything the mentor changed
 * differs from the built-in and is left alone, so running this on an older vault is safe too.
 */
export function writeBuiltInsIn(db: Db, locale: CatalogueLocale): void {
  if (locale === DEFAULT_LOCALE) return;
  const english = BUILT_IN_TEMPLATES[DEFAULT_LOCALE];
  const target = BUILT_IN_TEMPLATES[locale];
  db.transaction(() => {
    for (const kind of MEETING_KINDS) {
      if (sameItems(templateItems(db, kind), english.agendas[kind])) updateAgendaTemplate(db, kind, target.agendas[kind]);
    }
    const defaultId = sql<number>(db, 'SELECT id FROM rubric_templates WHERE is_default = 1').pluck().get() as number | undefined;
    if (defaultId === undefined) return;
    const rubric = getRubric(db, defaultId);
    if (rubric.usedBy > 0 || !sameRubric(rubric, english.rubric)) return;
    // Same dimensions in the same order: each row keeps its id and takes its twin's words.
    sql(db, 'UPDATE rubric_templates SET name = ?, updated_at = ? WHERE id = ?').run(target.rubric.name, nowIso(), defaultId);
    const update = sql(db, 'UPDATE rubric_dimensions SET name = ?, descriptors = ? WHERE id = ?');
    dimensionsOf(db, defaultId).forEach((d, i) => {
      const twin = target.rubric.dimensions[i]!;
      update.run(twin.name, JSON.stringify(twin.descriptors), d.id);
    });
  })();
}
