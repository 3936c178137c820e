import { localToday, plusDays } from '../../../src/shared/dates';
import { longDate } from '../../../src/main/features/documents/typeset';
import type { Harness } from '../../helpers/confidential-vault';

/**
 * One mentee with a plan whose every word is known, made through the real bridge
 * methods: a charter agreed (v1) and revised (v2, a draft), two goals with milestones
 * and readings, evidence, sponsorship and decisions inside and outside a report period.
 */
export const ADA = 'Ada Lovelace';
export const MENTOR = 'Jordan Avery';

export interface PlanFixture {
  menteeId: number;
  agreedVersionId: number;
  draftVersionId: number;
  today: string;
  agreedOn: string;
  period: { from: string; to: string };
  words: {
    purpose: string;
    reason: string;
    goals: string[];
    milestones: string[];
    glossaryTerm: string;
    evidenceIn: string;
    evidenceOut: string;
    sponsorshipIn: string;
    decisionIn: string;
    milestoneDone: string;
  };
}

export async function buildPlan(h: Harness, name = ADA): Promise<PlanFixture> {
  const today = localToday();
  const d = (days: number) => plusDays(today, days);
  await h.ok('mentor.update', { name: MENTOR, title: 'Director of Engineering' });
  const mentee = await h.ok('mentees.create', {
    name,
    role: 'Staff Engineer',
    team: 'Analytical Engines',
    status: 'active',
    careerAims: [{ title: 'Become a principal engineer', horizon: '3 years' }],
  });
  const aim = mentee.careerAims[0]!.id;
  const defaults = await h.ok('charter.defaults', {});
  const purpose = 'Grow Ada into a principal engineer who leads the design of general-purpose engines.';
  const created = await h.ok('charter.create', {
    menteeId: mentee.id,
    body: {
      ...defaults,
      purpose,
      pilot: { startDate: d(-150), weeks: 8 },
      glossary: [...defaults.glossary, { term: 'Difference engine', meaning: 'The first machine we studied together.' }],
    },
  });
  const agreedOn = d(-140);
  await h.ok('charter.agree', { versionId: created.current.id, agreedOn });
  const reason = 'Moved to monthly formal reviews after the pilot.';
  const revised = await h.ok('charter.revise', { menteeId: mentee.id, reason });

  const goalA = await h.ok('goals.create', {
    menteeId: mentee.id,
    title: 'Lead the analytical engine design review',
    area: 'leadership',
    status: 'on-track',
    startDate: d(-120),
    specific: { statement: 'Run the quarterly design review for the analytical engine.' },
    measurable: { metric: 'Design reviews led', unit: 'reviews', baseline: 0, target: 6 },
    attainable: { whyRealistic: 'She already co-leads two reviews.', supportNeeded: 'A slot on the architecture council agenda.' },
    relevant: { careerAimId: aim },
    timeBound: { targetDate: d(120) },
  });
  const goalB = await h.ok('goals.create', {
    menteeId: mentee.id,
    title: 'Publish the notes on the engine',
    area: 'visibility',
    status: 'at-risk',
    startDate: d(-100),
    specific: { statement: 'Write and publish the translator notes with original commentary.' },
    measurable: { metric: 'Notes published', unit: 'notes', baseline: 1, target: 7 },
    attainable: { whyRealistic: 'The drafts exist.' },
    relevant: { careerAimId: aim },
    timeBound: { targetDate: d(200) },
  });
  for (const [goalId, date, value] of [
    [goalA.id, d(-110), 1],
    [goalA.id, d(-60), 2],
    [goalA.id, d(-20), 4],
    [goalB.id, d(-30), 3],
  ] as const) {
    await h.ok('goals.addReading', { goalId, date, value });
  }
  const m1 = await h.ok('milestones.create', {
    goalId: goalA.id,
    title: 'First design review chaired',
    dueDate: d(-40),
    indicator: { kind: 'deliverable', description: 'Review minutes circulated' },
    major: true,
  });
  await h.ok('milestones.create', {
    goalId: goalA.id,
    title: 'Council adopts the review format',
    dueDate: d(60),
    indicator: { kind: 'review-outcome', description: 'Council sign-off' },
  });
  await h.ok('milestones.create', {
    goalId: goalB.id,
    title: 'Note G on Bernoulli numbers',
    dueDate: d(-5),
    indicator: { kind: 'quantified-improvement', description: 'Notes published', value: 4 },
  });
  await h.ok('milestones.complete', { id: m1.id, doneOn: d(-35), evidenceText: 'Minutes sent to the whole council' });

  const evidenceIn = 'Council praised the clarity of the review minutes.';
  const evidenceOut = 'An old peer note from before the period.';
  await h.ok('evidence.create', { menteeId: mentee.id, kind: 'peer-feedback', date: d(-30), summary: evidenceIn, value: 4.5, goalId: goalA.id });
  await h.ok('evidence.create', { menteeId: mentee.id, kind: 'other', date: d(-200), summary: evidenceOut });
  const sponsorshipIn = 'Introduced to the Royal Society secretary';
  await h.ok('sponsorship.create', { menteeId: mentee.id, kind: 'introduction', date: d(-25), title: sponsorshipIn, audience: 'Royal Society', outcome: 'Invited to present.' });
  const decisionIn = 'Defer the second notes milestone by a month';
  await h.ok('decisions.create', { menteeId: mentee.id, date: d(-15), decision: decisionIn, rationale: 'The printer slipped.' });

  return {
    menteeId: mentee.id,
    agreedVersionId: created.current.id,
    draftVersionId: revised.current.id,
    today,
    agreedOn,
    period: { from: d(-90), to: today },
    words: {
      purpose,
      reason,
      goals: [goalA.title, goalB.title],
      milestones: ['First design review chaired', 'Council adopts the review format', 'Note G on Bernoulli numbers'],
      glossaryTerm: 'Difference engine',
      evidenceIn,
      evidenceOut,
      sponsorshipIn,
      decisionIn,
      milestoneDone: 'First design review chaired',
    },
  };
}

export { longDate };
