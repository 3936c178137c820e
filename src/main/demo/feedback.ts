import type { RaterRelationship } from '../../shared/feedback/schema';
import { localToday, plusDays } from '../../shared/dates';
import { addFeedbackResponse } from '../features/feedback/responses';
import type { Db } from '../vault/sqlite';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import { PRACTICE_TEXTS } from './practice-texts';
import { DemoRandom } from './random';

const RATERS: { relationship: RaterRelationship; name: string | null }[] = [
  { relationship: 'peer', name: 'Tomasz Wójcik' },
  { relationship: 'peer', name: null },
  { relationship: 'peer', name: 'Aiyana Redcloud' },
  { relationship: 'peer', name: 'Kenji Sato' },
  { relationship: 'manager', name: 'Priya Raman' },
  { relationship: 'stakeholder', name: null },
];

/**
 * A 360 round for the first two mentees: four peers, one manager and one stakeholder,
 * so the combined view shows the peers and holds back the groups below the threshold.
 */
export function fillFeedback(db: Db, seed = 1, locale: CatalogueLocale = 'en'): void {
  const T = PRACTICE_TEXTS[locale];
  const rand = new DemoRandom(seed + 360);
  const today = localToday();
  const competencies = db.prepare('SELECT name FROM competencies WHERE archived_at IS NULL ORDER BY position, id LIMIT 5').pluck().all() as string[];
  const mentees = db.prepare('SELECT id FROM mentees ORDER BY id LIMIT 2').pluck().all() as number[];
  for (const menteeId of mentees) {
    const level = rand.int(2, 3);
    for (const rater of RATERS) {
      addFeedbackResponse(db, {
        menteeId,
        relationship: rater.relationship,
        raterName: rater.name,
        receivedOn: plusDays(today, -rand.int(10, 40)),
        ratings: rand.some(competencies, competencies.length - 1, competencies.length).map((competency) => ({
          competency,
          score: Math.min(5, Math.max(1, level + rand.int(-1, 2))),
        })),
        strengths: rand.pick(T.STRENGTHS),
        change: rand.pick(T.CHANGES),
      });
    }
  }
}
