import { MENTEE_STATUSES, type MenteeProfileValues, type MenteeStatus } from '../../shared/mentees/schema';
import { createMentee } from '../features/mentees/store';
import type { Db } from '../vault/sqlite';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import { de } from './mentee-texts.de';
import { en, type MenteeTexts } from './mentee-texts';
import type { DemoRandom } from './random';

/** What the plan and meeting fillers need of each mentee already in the vault. */
export interface DemoMentee {
  id: number;
  name: string;
  status: MenteeStatus;
  start_date: string | null;
}

export function readDemoMentees(db: Db): DemoMentee[] {
  return db.prepare('SELECT id, name, status, start_date FROM mentees ORDER BY id').all() as DemoMentee[];
}

const FIRST = ['Amara', 'Bao', 'Camila', 'Dmitri', 'Elif', 'Farah', 'Gideon', 'Hana', 'Iker', 'Jun', 'Kavya', 'Lars', 'Mei', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rafael', 'Sade', 'Tomas', 'Uma', 'Vikram', 'Wren', 'Ximena', 'Yusuf', 'Zofia'];
const LAST = ['Okafor', 'Nguyen', 'Reyes', 'Volkov', 'Yilmaz', 'Haddad', 'Brennan', 'Sato', 'Etxeberria', 'Park', 'Iyer', 'Lindqvist', 'Chen', 'Mensah', 'Farouk', 'Raman', 'Doyle', 'Souza', 'Adeyemi', 'Novak', 'Kapoor', 'Singh', 'Walsh', 'Ortega', 'Aziz', 'Kowalska'];
const MENTEE_TEXTS: Record<CatalogueLocale, MenteeTexts> = { en, de };

export function demoMenteeProfile(rand: DemoRandom, index: number, locale: CatalogueLocale = 'en'): MenteeProfileValues {
  const T = MENTEE_TEXTS[locale];
  const name = `${FIRST[index % FIRST.length]} ${LAST[(index * 7 + rand.int(0, 3)) % LAST.length]}${index >= FIRST.length ? ` ${Math.floor(index / FIRST.length) + 1}` : ''}`;
  return {
    name,
    role: rand.pick(T.ROLES),
    team: rand.pick(T.TEAMS),
    startDate: rand.date(-rand.int(10, 900)),
    status: rand.pick(MENTEE_STATUSES),
    aspirations: T.aspiration(rand.pick(T.AIMS)),
    careerAims: rand.some(T.AIMS, 1, 3).map((title) => ({ title, horizon: rand.pick(T.HORIZONS) })),
    strengths: rand.some(T.STRENGTHS, 2, 4),
    gaps: rand.some(T.GAPS, 1, 3),
    interests: rand.some(T.AREAS, 2, 4).map((area) => ({
      area,
      wantsExposure: rand.chance(0.7),
      longTermAspiration: rand.chance(0.4),
      notes: '',
    })),
    documentLocale: null,
  };
}

export function fillMentees(db: Db, rand: DemoRandom, count: number, locale: CatalogueLocale = 'en'): number[] {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(createMentee(db, demoMenteeProfile(rand, i, locale)).id);
  return ids;
}
