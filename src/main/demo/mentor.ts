import type { Db } from '../vault/sqlite';
import { sql } from '../vault/statements';
import { adjustSession, updateClient } from '../features/mentor/clients';
import { credentialsTable, mentorGoalsTable, reflectionsTable, supervisionTable, thresholdsTable, trainingTable } from '../features/mentor/records';
import { createOwn } from '../features/mentor/table';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import { PRACTICE_TEXTS } from './practice-texts';
import { DemoRandom } from './random';

/**
 * The mentor's own practice for the demo: a credential, an ICF-style threshold, training,
 * supervision and reflections, and each mentee's place in the hours log (some consent
 * to be named, some are paid), so the log and the development record have content.
 */
export function fillMentorPractice(db: Db, seed = 1, locale: CatalogueLocale = 'en'): void {
  const T = PRACTICE_TEXTS[locale];
  const rand = new DemoRandom(seed + 41);
  createOwn(db, credentialsTable, { body: 'ICF', level: 'ACC', number: 'ACC-104233', awardedOn: rand.date(-700), expiresOn: rand.date(400) });
  createOwn(db, thresholdsTable, { name: 'ICF PCC', clientHours: 500, paidHours: 450, trainingHours: 125, supervisionHours: 0 });
  createOwn(db, thresholdsTable, { name: 'EMCC Practitioner (EIA)', clientHours: 100, paidHours: 0, trainingHours: 60, supervisionHours: 12 });
  createOwn(db, mentorGoalsTable, {
    ...T.GOAL,
    status: 'on-track',
    baseline: 120,
    target: 500,
    targetDate: rand.date(600),
  });
  T.TRAINING.forEach(([kind, title, provider, hours, competencies], i) =>
    createOwn(db, trainingTable, { kind, title, provider, date: rand.date(-60 - i * 70), hours, competencies, notes: '' }),
  );
  for (let i = 0; i < 8; i++) {
    createOwn(db, supervisionTable, {
      date: rand.date(-20 - i * 40),
      supervisor: rand.pick(T.SUPERVISORS),
      hours: rand.pick([1, 1, 1.5, 2]),
      format: rand.chance(0.3) ? 'group' : 'individual',
      themes: rand.pick(T.THEMES),
    });
  }
  T.REFLECTIONS.forEach(([whatHappened, learned, doDifferently], i) =>
    createOwn(db, reflectionsTable, { date: rand.date(-10 - i * 35), whatHappened, learned, doDifferently, includeInRecord: i % 2 === 0 }),
  );
  const mentees = sql<{ id: number }>(db, 'SELECT id FROM mentees ORDER BY id').all();
  mentees.forEach(({ id }, i) =>
    updateClient(db, id, {
      payment: i % 3 === 2 ? 'pro-bono' : 'paid',
      consentToList: i % 2 === 0,
      pseudonym: T.pseudonym(`${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`),
      contact: i % 2 === 0 ? `mentee${i + 1}@example.org` : '',
    }),
  );
  // One held meeting that ran long, with the mentor's reason.
  const long = sql<number>(db, "SELECT id FROM meetings WHERE status = 'held' ORDER BY local_date DESC, id LIMIT 1").pluck().get() as number | undefined;
  if (long !== undefined) adjustSession(db, { meetingId: long, minutes: 75, reason: T.longSessionReason, format: 'individual', groupSize: null });
}
