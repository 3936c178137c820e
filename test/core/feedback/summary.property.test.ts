import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeedbackResponse } from '../../../src/main/features/feedback/responses';
import { feedbackSummary } from '../../../src/main/features/feedback/summary';
import { ANONYMITY_THRESHOLD, RATER_RELATIONSHIPS } from '../../../src/shared/feedback/schema';
import { openFeedbackVault, type FeedbackVault } from './harness';

let v: FeedbackVault;
let menteeId: number;

beforeAll(async () => {
  v = await openFeedbackVault('property');
  menteeId = (await v.call('mentees.create', { name: 'Property Mentee', status: 'active' })).id;
});
afterAll(() => v.close());

const COMPETENCIES = ['Collaboration', 'Leadership', 'Visibility'];

const responseArb = fc.record({
  relationship: fc.constantFrom(...RATER_RELATIONSHIPS),
  ratings: fc.subarray(COMPETENCIES).chain((names) =>
    fc.tuple(...names.map((competency) => fc.integer({ min: 1, max: 5 }).map((score) => ({ competency, score })))),
  ),
  strengths: fc.constantFrom('', 'Calm under pressure', 'Listens well', 'Writes clear designs'),
});

describe('feedback.summary against a direct computation', () => {
  it('never shows a group of fewer than three raters; means and counts equal the raw scores', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 14 }), (responses) => {
        v.db.exec('DELETE FROM evidence');
        for (const r of responses) addFeedbackResponse(v.db, { menteeId, receivedOn: '2026-02-01', ...r, ratings: [...r.ratings] });
        const summary = feedbackSummary(v.db, menteeId);
        expect(summary.responses).toBe(responses.length);

        for (const name of COMPETENCIES) {
          const byRel = new Map<string, number[]>();
          for (const r of responses) {
            const s = r.ratings.find((x) => x.competency === name);
            if (s) byRel.set(r.relationship, [...(byRel.get(r.relationship) ?? []), s.score]);
          }
          const c = summary.competencies.find((x) => x.competency === name);
          if (byRel.size === 0) {
            expect(c).toBeUndefined();
            continue;
          }
          const expected = new Map<string, number[]>();
          const merged: number[] = [];
          for (const [rel, scores] of byRel) {
            if (scores.length >= ANONYMITY_THRESHOLD) expected.set(rel, scores);
            else merged.push(...scores);
          }
          if (merged.length >= ANONYMITY_THRESHOLD) expected.set('others', merged);

          expect(c!.groups.map((g) => g.group).sort()).toEqual([...expected.keys()].sort());
          for (const g of c!.groups) {
            expect(g.count).toBeGreaterThanOrEqual(ANONYMITY_THRESHOLD);
            const scores = expected.get(g.group)!;
            const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
            expect(g.count).toBe(scores.length);
            expect(g.mean).toBeCloseTo(mean, 10);
            expect(g.sd).toBeCloseTo(Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / scores.length), 10);
          }
          const rated = [...byRel.values()].reduce((n, s) => n + s.length, 0);
          expect(c!.groups.reduce((n, g) => n + g.count, 0) + c!.withheld).toBe(rated);
        }
        // Comments only once the whole set reaches the threshold, as words without a rater.
        const words = responses.map((r) => r.strengths).filter((s) => s !== '');
        expect([...summary.comments.strengths].sort()).toEqual(responses.length >= ANONYMITY_THRESHOLD ? words.sort() : []);
      }),
      { numRuns: 60 },
    );
  });
});
