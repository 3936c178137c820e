import type { CatalogueLocale } from '../i18n/locales';
import { de } from './default-competencies.de';

export interface DefaultCompetency {
  name: string;
  description: string;
}

/** The competency list a new vault starts with, in English: what migration 002 seeded (a test holds the two equal). */
const en: DefaultCompetency[] = [
  { name: 'Collaboration', description: 'Works across roles and teams toward shared outcomes.' },
  { name: 'Problem solving', description: 'Frames problems, weighs options and reaches sound decisions.' },
  { name: 'Stakeholder communication', description: 'Keeps stakeholders informed, aligned and confident.' },
  { name: 'Leadership', description: 'Sets direction, grows others and takes ownership.' },
  { name: 'Technical mastery', description: 'Depth and judgement in the craft of the role.' },
  { name: 'Visibility', description: 'Work and impact are known beyond the immediate team.' },
  { name: 'Written communication', description: 'Clear documents, proposals and updates.' },
  { name: 'Strategic thinking', description: 'Connects daily work to longer-term goals of the organisation.' },
  { name: 'Giving and receiving feedback', description: 'Offers productive critique and acts on feedback received.' },
  { name: 'Prioritisation', description: 'Chooses what matters most and says no to the rest.' },
];

/** The starting competencies per language: the same entries, in the same order, in each. */
export const DEFAULT_COMPETENCIES_BY_LOCALE: Record<CatalogueLocale, DefaultCompetency[]> = { en, de };
