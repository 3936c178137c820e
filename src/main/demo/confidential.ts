import type { AddEntryValues } from '../../shared/escalations/schema';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import { addEntry, createEscalation } from '../features/escalations/store';
import type { Db } from '../vault/sqlite';
import { de } from './confidential-texts.de';
import { en, type ConfidentialTexts } from './confidential-texts';
import type { DemoRandom } from './random';

const CONFIDENTIAL_TEXTS: Record<CatalogueLocale, ConfidentialTexts> = { en, de };

function noteBody(rand: DemoRandom, T: ConfidentialTexts): string {
  const lines = [rand.pick(T.OPENERS), '', T.actionsHeading, ...rand.some(T.BULLETS, 2, 4).map((b) => `- ${b}`), ''];
  if (rand.chance(0.5)) lines.push(T.alsoDiscussed(rand.some(T.WORDS, 2, 4).join(', ')), '');
  lines.push(rand.pick(T.CLOSERS));
  return lines.join('\n');
}

/** Invented times, counted back from now, as ISO strings. */
function daysAgo(days: number, minutes = 0): string {
  return new Date(Date.now() - days * 86_400_000 + minutes * 60_000).toISOString();
}

/**
 * Private notes (several per mentee, or exactly `noteCount` in all for benchmarks) and
 * a few escalation records with their timelines. Notes go in with prepared statements
 * inside the caller's transaction: 100,000 of them take seconds, not minutes.
 */
export function fillConfidential(db: Db, rand: DemoRandom, options: { notes?: number; locale?: CatalogueLocale } = {}): void {
  const T = CONFIDENTIAL_TEXTS[options.locale ?? 'en'];
  const mentees = db.prepare('SELECT id FROM mentees ORDER BY id').pluck().all() as number[];
  if (mentees.length === 0) return;
  fillNotes(db, rand, T, mentees, options.notes ?? mentees.reduce((n) => n + rand.int(3, 7), 0));
  fillEscalations(db, rand, T, mentees);
}

function fillNotes(db: Db, rand: DemoRandom, T: ConfidentialTexts, mentees: number[], count: number): void {
  const insert = db.prepare('INSERT INTO notes (mentee_id, meeting_id, title, body, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?)');
  const tag = db.prepare('INSERT INTO note_tags (tag, note_id) VALUES (?, ?)');
  for (let i = 0; i < count; i++) {
    const created = rand.int(1, 700);
    const createdAt = daysAgo(created, rand.int(0, 600));
    const updatedAt = rand.chance(0.3) ? daysAgo(rand.int(0, created - 1), rand.int(0, 600)) : createdAt;
    const id = Number(insert.run(mentees[i % mentees.length], rand.pick(T.TITLES), noteBody(rand, T), createdAt, updatedAt).lastInsertRowid);
    for (const t of rand.some(T.TAGS, 1, 3)) tag.run(t, id);
  }
}

function fillEscalations(db: Db, rand: DemoRandom, T: ConfidentialTexts, mentees: number[]): void {
  T.CASES.forEach((c, i) => {
    const menteeId = mentees[(i * 3 + rand.int(0, 1)) % mentees.length]!;
    const id = createEscalation(
      db,
      { menteeId, category: c.category, severity: c.severity, title: c.title, summary: c.summary, needToKnow: c.needToKnow, openedAt: daysAgo(c.openedDaysAgo) },
      daysAgo(c.openedDaysAgo, 30),
    );
    const ids: number[] = [];
    for (const { daysAgo: ago, ...step } of c.steps) {
      // -1 in the table above means "the entry just before".
      const entry = (step.kind === 'correction' ? { ...step, correctsEntryId: ids[ids.length - 1]! } : step) as AddEntryValues;
      ids.push(addEntry(db, { ...entry, escalationId: id, occurredAt: daysAgo(ago) }, daysAgo(ago, 45)));
    }
  });
}
