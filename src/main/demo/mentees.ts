import { MENTEE_STATUSES, type MenteeProfileValues, type MenteeStatus } from '../../shared/mentees/schema';
import { createMentee } from '../features/mentees/store';
import type { Db } from '../vault/sqlite';
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
const ROLES = ['Software Engineer', 'Senior Engineer', 'Product Designer', 'Data Analyst', 'Engineering Manager', 'Product Manager', 'QA Engineer', 'Site Reliability Engineer', 'UX Researcher', 'Tech Lead'];
const TEAMS = ['Payments', 'Platform', 'Growth', 'Mobile', 'Data', 'Identity', 'Search', 'Infrastructure', 'Checkout', 'Design Systems'];
const AIMS = ['Become a staff engineer', 'Lead a cross-team initiative', 'Move into engineering management', 'Own a product area end to end', 'Speak at an industry conference', 'Mentor junior colleagues', 'Build deep expertise in distributed systems', 'Grow into a principal designer'];
const STRENGTHS = ['Clear written communication', 'Calm under pressure', 'Strong debugging instincts', 'Curious and quick to learn', 'Trusted by peers', 'Thorough code reviews', 'Good at breaking down problems', 'Empathetic with users'];
const GAPS = ['Delegating work', 'Pushing back on scope', 'Presenting to senior leaders', 'Estimating larger projects', 'Giving critical feedback', 'Visibility outside the team', 'Prioritising ruthlessly', 'Stakeholder management'];
const AREAS = ['Architecture reviews', 'Hiring and interviewing', 'Incident command', 'Public speaking', 'Product strategy', 'Machine learning', 'Accessibility', 'Budget planning', 'Open source', 'Security'];

export function demoMenteeProfile(rand: DemoRandom, index: number): MenteeProfileValues {
  const name = `${FIRST[index % FIRST.length]} ${LAST[(index * 7 + rand.int(0, 3)) % LAST.length]}${index >= FIRST.length ? ` ${Math.floor(index / FIRST.length) + 1}` : ''}`;
  return {
    name,
    role: rand.pick(ROLES),
    team: rand.pick(TEAMS),
    startDate: rand.date(-rand.int(10, 900)),
    status: rand.pick(MENTEE_STATUSES),
    aspirations: `Wants to ${rand.pick(AIMS).toLowerCase()} within three years.`,
    careerAims: rand.some(AIMS, 1, 3).map((title) => ({ title, horizon: rand.pick(['1 year', '2 years', '3-5 years']) })),
    strengths: rand.some(STRENGTHS, 2, 4),
    gaps: rand.some(GAPS, 1, 3),
    interests: rand.some(AREAS, 2, 4).map((area) => ({
      area,
      wantsExposure: rand.chance(0.7),
      longTermAspiration: rand.chance(0.4),
      notes: '',
    })),
    documentLocale: null,
  };
}

export function fillMentees(db: Db, rand: DemoRandom, count: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(createMentee(db, demoMenteeProfile(rand, i)).id);
  return ids;
}
