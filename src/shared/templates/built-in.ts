import type { CatalogueLocale } from '../i18n/locales';
import type { MeetingKind } from '../meetings/schema';
import { de } from './built-in.de';
import { en } from './built-in.en';
import type { AgendaTemplateItem } from './agenda';

/** A built-in feedback rubric: four dimensions on a four-level scale, a descriptor for each level. */
export interface BuiltInRubric {
  name: string;
  dimensions: { name: string; descriptors: string[] }[];
}

/**
 * What a vault's templates start as, in one language (`built-in.en.ts`, `built-in.de.ts`):
 * each kind's agenda and the default rubric. The English set is what migration 004 wrote
 * into every vault; a test holds the two equal, so an untouched vault is recognised.
 */
export interface BuiltInTemplates {
  agendas: Record<MeetingKind, AgendaTemplateItem[]>;
  rubric: BuiltInRubric;
}

/** The built-in templates per language: the same entries in each (a test holds them so). */
export const BUILT_IN_TEMPLATES: Record<CatalogueLocale, BuiltInTemplates> = { en, de };
