import type { Db } from '../vault/sqlite';
import { sql } from '../vault/statements';
import { adjustSession, updateClient } from '../features/mentor/clients';
import { credentialsTable, mentorGoalsTable, reflectionsTable, supervisionTable, thresholdsTable, trainingTable } from '../features/mentor/records';
import { createOwn } from '../features/mentor/table';
import { DemoRandom } from './random';

const TRAINING: [kind: 'course' | 'workshop' | 'certificate' | 'conference', title: string, provider: string, hours: number, competencies: string[]][] = [
  ['course', 'Foundations of coaching practice', 'Coaching Academy', 30, ['Active listening', 'Powerful questions', 'Ethics']],
  ['workshop', 'Giving feedback that lands', 'Internal L&D', 6, ['Direct communication', 'Feedback']],
  ['course', 'Mentoring across difference', 'Inclusive Leaders Network', 12, ['Cultural awareness', 'Trust and safety']],
  ['conference', 'Coaching and mentoring conference: two days', 'EMCC chapter', 14, ['Evoking awareness', 'Supervision']],
  ['certificate', 'Team coaching certificate', 'Coaching Academy', 24, ['Team dynamics', 'Contracting']],
];
const SUPERVISORS = ['Dr. Helen Marsh', 'Samir Haddad', 'Peer supervision group'];
const THEMES = [
  'Holding boundaries when a mentee asks for advice on a manager conflict',
  'Noticing my urge to fix instead of ask',
  'Contracting for confidentiality with a sponsor in the room',
  'When to suggest a referral to professional support',
];
const REFLECTIONS: [happened: string, learned: string, differently: string][] = [
  ['A session drifted into status updates for forty minutes.', 'An agenda the mentee owns keeps the time on growth, not reporting.', 'Ask for the one topic that matters most before we start.'],
  ['I gave my own career story as the answer.', 'My path is one data point; questions open more doors than anecdotes.', 'Wait ten seconds of silence before offering an example.'],
  ['The mentee arrived upset after a reorganisation.', 'Naming the emotion first made the planning conversation possible.', 'Check in on energy before the agenda.'],
  ['A goal was missed twice and we re-set it without asking why.', 'Recalibrating without a reason teaches that dates do not matter.', 'Always write the reason down together.'],
];

/**
 * The mentor's own practice for the demo: a credential, an ICF-style threshold, training,
 * supervision and reflections, and each mentee's place in the hours log (some consent
 * to be named, some are paid), so the log and the development record have content.
 */
export function fillMentorPractice(db: Db, seed = 1): void {
  const rand = new DemoRandom(seed + 41);
  createOwn(db, credentialsTable, { body: 'ICF', level: 'ACC', number: 'ACC-104233', awardedOn: rand.date(-700), expiresOn: rand.date(400) });
  createOwn(db, thresholdsTable, { name: 'ICF PCC', clientHours: 500, paidHours: 450, trainingHours: 125, supervisionHours: 0 });
  createOwn(db, thresholdsTable, { name: 'EMCC Practitioner (EIA)', clientHours: 100, paidHours: 0, trainingHours: 60, supervisionHours: 12 });
  createOwn(db, mentorGoalsTable, {
    title: 'Reach the PCC hours',
    status: 'on-track',
    statement: 'Log the client hours and training the PCC credential asks for.',
    metric: 'Client hours logged',
    unit: 'hours',
    baseline: 120,
    target: 500,
    whyRealistic: 'Eight mentees meet every two weeks; that is about 200 hours a year.',
    whyRelevant: 'The credential lets me mentor in the company-wide programme.',
    supportNeeded: 'Monthly supervision',
    targetDate: rand.date(600),
  });
  TRAINING.forEach(([kind, title, provider, hours, competencies], i) =>
    createOwn(db, trainingTable, { kind, title, provider, date: rand.date(-60 - i * 70), hours, competencies, notes: '' }),
  );
  for (let i = 0; i < 8; i++) {
    createOwn(db, supervisionTable, {
      date: rand.date(-20 - i * 40),
      supervisor: rand.pick(SUPERVISORS),
      hours: rand.pick([1, 1, 1.5, 2]),
      format: rand.chance(0.3) ? 'group' : 'individual',
      themes: rand.pick(THEMES),
    });
  }
  REFLECTIONS.forEach(([whatHappened, learned, doDifferently], i) =>
    createOwn(db, reflectionsTable, { date: rand.date(-10 - i * 35), whatHappened, learned, doDifferently, includeInRecord: i % 2 === 0 }),
  );
  const mentees = sql<{ id: number }>(db, 'SELECT id FROM mentees ORDER BY id').all();
  mentees.forEach(({ id }, i) =>
    updateClient(db, id, {
      payment: i % 3 === 2 ? 'pro-bono' : 'paid',
      consentToList: i % 2 === 0,
      pseudonym: `Client ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`,
      contact: i % 2 === 0 ? `mentee${i + 1}@example.org` : '',
    }),
  );
  // One held meeting that ran long, with the mentor's reason.
  const long = sql<number>(db, "SELECT id FROM meetings WHERE status = 'held' ORDER BY local_date DESC, id LIMIT 1").pluck().get() as number | undefined;
  if (long !== undefined) adjustSession(db, { meetingId: long, minutes: 75, reason: 'We ran over to finish the promotion packet.', format: 'individual', groupSize: null });
}
