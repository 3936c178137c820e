import { DEFAULT_LOCALE, type CatalogueLocale } from '../i18n/locales';
import type { CharterDefaultTexts } from './default-texts';
import { de } from './defaults.de';
import { en } from './defaults.en';
import { PILOT_DEFAULT_WEEKS, type CharterBody } from './schema';

/** The starting charter's words, per language: the same entries in each (a test holds them so). */
export const CHARTER_DEFAULT_TEXTS: Record<CatalogueLocale, CharterDefaultTexts> = { en, de };

/** The English glossary a charter starts with. */
export const DEFAULT_GLOSSARY: CharterBody['glossary'] = en.glossary;

/**
 * A sensible starting charter in a language: the mentor edits it with the mentee, then both
 * agree. Once written it is the mentor's text, so the language is chosen here, once.
 */
export function defaultCharterBody(locale: CatalogueLocale = DEFAULT_LOCALE): CharterBody {
  const t = CHARTER_DEFAULT_TEXTS[locale];
  return {
    purpose: '',
    roles: { mentor: [...t.mentorRoles], mentee: [...t.menteeRoles] },
    meetingRhythm: { frequency: 'biweekly', lengthMinutes: 45, format: 'video', topics: [...t.topics] },
    communication: { channels: t.channels.map((c) => ({ ...c })) },
    confidentiality: t.confidentiality,
    escalation: t.escalation.map((s) => ({ ...s })),
    reviewRhythm: { formalEveryWeeks: 12, afterMajorMilestones: true, informalEveryWeeks: 2 },
    progressPerQuarter: [...t.progressPerQuarter],
    pilot: { startDate: null, weeks: PILOT_DEFAULT_WEEKS },
    glossary: t.glossary.map((entry) => ({ ...entry })),
  };
}

/** Labels of the charter's fields, in reading order, for the comparison and the form. */
export const CHARTER_FIELD_LABELS: Record<string, string> = {
  purpose: 'Purpose',
  'roles.mentor': 'Mentor responsibilities',
  'roles.mentee': 'Mentee responsibilities',
  'meetingRhythm.frequency': 'Meeting frequency',
  'meetingRhythm.lengthMinutes': 'Meeting length (minutes)',
  'meetingRhythm.format': 'Meeting format',
  'meetingRhythm.topics': 'Meeting topics',
  'communication.channels': 'Communication channels and response times',
  confidentiality: 'Confidentiality agreement',
  escalation: 'Escalation process',
  'reviewRhythm.formalEveryWeeks': 'Formal review every (weeks)',
  'reviewRhythm.afterMajorMilestones': 'Formal review after major milestones',
  'reviewRhythm.informalEveryWeeks': 'Informal touchpoint every (weeks)',
  progressPerQuarter: 'Meaningful progress per quarter',
  'pilot.startDate': 'Pilot start date',
  'pilot.weeks': 'Pilot length (weeks)',
  pilotReviewDate: 'First formal review (pilot end)',
  glossary: 'Glossary',
};
