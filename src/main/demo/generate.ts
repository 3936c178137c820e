import type { CatalogueLocale } from '../../shared/i18n/locales';
import { writeDefaultCompetenciesIn } from '../features/assessment/built-in';
import { writeBuiltInsIn } from '../features/templates/built-in';
import type { Db } from '../vault/sqlite';
import { fillConfidential } from './confidential';
import { fillFeedback } from './feedback';
import { fillMeetings } from './meetings';
import { fillMentees } from './mentees';
import { fillMentorPractice } from './mentor';
import { fillPlan } from './plan';
import { DemoRandom } from './random';

export interface DemoOptions {
  mentees: number;
  seed?: number;
  /** Private notes in all (default: a few per mentee); 100,000 for the benchmark. */
  notes?: number;
  /** Meetings in all (default: each mentee's past months and coming weeks); 20,000 for the benchmark. */
  meetings?: number;
  /** SMART goals in all, shared out evenly (default: 2-5 per mentee); 5,000 for the benchmark. */
  goals?: number;
  /** The mentor's own practice (credentials, training, hours log); off for a vault of a schema before it. */
  practice?: boolean;
  /** 360 responses from raters; off for a vault of a schema before them. */
  feedback?: boolean;
  /** The language of every invented word (people's names stay); absent = English. */
  locale?: CatalogueLocale;
}

/**
 * Fills a new vault with invented, varied data across every table, for trying the app
 * (the first screen's demo vault) and for benchmarks (the CLI's `demo`). Each domain
 * adds its own filler here.
 */
export function fillDemoVault(db: Db, options: DemoOptions): void {
  const rand = new DemoRandom(options.seed ?? 1);
  const locale = options.locale ?? 'en';
  db.transaction(() => {
    // The built-in agendas and rubric first: the meetings copy and score with them.
    writeBuiltInsIn(db, locale);
    writeDefaultCompetenciesIn(db, locale);
    fillMentees(db, rand, options.mentees, locale);
    fillPlan(db, options.seed, { goals: options.goals, locale });
    fillMeetings(db, options.seed, options.meetings, locale);
    fillConfidential(db, rand, { notes: options.notes, locale });
    if (options.feedback !== false) fillFeedback(db, options.seed, locale);
    if (options.practice !== false) fillMentorPractice(db, options.seed, locale);
  })();
}
