import { defaultCharterBody } from '../../shared/charter/defaults';
import { MEETING_FORMATS, MEETING_FREQUENCIES } from '../../shared/charter/schema';
import { localToday, plusDays } from '../../shared/dates';
import type { GoalStatus } from '../../shared/goals/schema';
import { listCompetencies } from '../features/assessment/competencies';
import { recordAssessment } from '../features/assessment/store';
import { updateMentorProfile } from '../features/mentor/profile';
import { agreeCharter, createCharter, reviseCharter, setPilotReviewed, updateCharter } from '../features/charter/store';
import { completeMilestone, createMilestone, updateMilestone } from '../features/goals/milestones';
import { addReading, createGoal, setGoalStatus, updateGoal } from '../features/goals/store';
import { practiceTable, resourcesTable } from '../features/learning/store';
import { deadlinesTable, decisionsTable, evidenceTable, progressReportsTable, sponsorshipTable } from '../features/records/store';
import { createRecord } from '../features/shared/record-table';
import type { Db } from '../vault/sqlite';
import { readDemoMentees, type DemoMentee } from './mentees';
import { DemoRandom } from './random';
import type { CatalogueLocale } from '../../shared/i18n/locales';
import { de } from './plan-texts.de';
import { en, type GoalTemplate, type PlanTexts } from './plan-texts';

const PLAN_TEXTS: Record<CatalogueLocale, PlanTexts> = { en, de };


/**
 * The plan of every demo mentee: assessments, a charter with 1-3 versions, 2-5 SMART
 * goals with readings, milestones and recalibrations, a learning plan and records.
 * Goes through the stores (the same rules and history rows as the app), with its own
 * seeded generator so other fillers' data stays the same.
 */
export function fillPlan(db: Db, seed = 1, options: { goals?: number; locale?: CatalogueLocale } = {}): void {
  const rand = new DemoRandom(seed * 7919 + 2);
  const today = localToday();
  const locale = options.locale ?? 'en';
  const T = PLAN_TEXTS[locale];
  updateMentorProfile(db, { name: T.PHRASES.mentorName, title: T.PHRASES.mentorTitle });
  const competencies = listCompetencies(db, false);
  const mentees = readDemoMentees(db);
  for (const [index, mentee] of mentees.entries()) {
    const { begun, pilotStart } = planDates(rand, mentee, today);
    fillAssessments(db, rand, T, mentee.id, begun, today, competencies.map((c) => c.id));
    fillCharter(db, rand, T, locale, mentee, pilotStart, today);
    // `goals` in all (benchmarks) is shared out evenly; otherwise 2-5 each.
    const count = options.goals === undefined ? undefined : Math.floor(options.goals / mentees.length) + (index < options.goals % mentees.length ? 1 : 0);
    const goals = fillGoals(db, rand, T, mentee, begun, today, count);
    fillLearning(db, rand, T, mentee.id, goals, begun, today);
    fillRecords(db, rand, T, mentee.id, goals, begun, today);
  }
}

/**
 * When the mentorship began and when its pilot starts, by the mentee's status: a
 * prospective mentee's pilot is still ahead, a pilot mentee is inside it, the others
 * are past it (within the last ~10 months, so every date lands in the demo's year).
 */
function planDates(rand: DemoRandom, mentee: DemoMentee, today: string): { begun: string; pilotStart: string } {
  if (mentee.status === 'prospective') return { begun: plusDays(today, -rand.int(5, 25)), pilotStart: plusDays(today, rand.int(3, 21)) };
  if (mentee.status === 'pilot') {
    const begun = plusDays(today, -rand.int(10, 55));
    return { begun, pilotStart: begun };
  }
  const earliest = plusDays(today, -300);
  const begun = mentee.start_date && mentee.start_date > earliest && mentee.start_date < plusDays(today, -60) ? mentee.start_date : plusDays(today, -rand.int(60, 300));
  return { begun, pilotStart: begun };
}

function dateBetween(rand: DemoRandom, from: string, to: string): string {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return plusDays(from, rand.int(0, span));
}

function fillAssessments(db: Db, rand: DemoRandom, T: PlanTexts, menteeId: number, begun: string, today: string, competencyIds: number[]): void {
  const rated = rand.some(competencyIds, 6, competencyIds.length);
  let levels = new Map(rated.map((id) => [id, rand.int(1, 4)]));
  let date = begun;
  const rounds = rand.int(1, 3);
  for (let round = 0; round < rounds && date <= today; round++) {
    recordAssessment(db, {
      menteeId,
      kind: round === 0 ? 'baseline' : 'reassessment',
      date,
      note: round === 0 ? T.PHRASES.baselineNote : T.PHRASES.reassessmentNote,
      ratings: rated.map((competencyId) => {
        const level = levels.get(competencyId)!;
        return {
          competencyId,
          mentor: level,
          mentee: rand.chance(0.9) ? Math.max(1, Math.min(5, level + rand.int(-1, 1))) : null,
          note: rand.chance(0.15) ? T.PHRASES.ratingNote : '',
        };
      }),
    });
    levels = new Map([...levels].map(([id, level]) => [id, Math.min(5, level + (rand.chance(0.6) ? 1 : 0))]));
    date = plusDays(date, rand.int(60, 120));
  }
}

function fillCharter(db: Db, rand: DemoRandom, T: PlanTexts, locale: CatalogueLocale, mentee: DemoMentee, start: string, today: string): void {
  const body = defaultCharterBody(locale);
  body.purpose = rand.pick(T.PURPOSES);
  body.pilot = { startDate: start, weeks: rand.int(6, 8) };
  body.meetingRhythm.frequency = rand.pick(MEETING_FREQUENCIES);
  body.meetingRhythm.format = rand.pick(MEETING_FORMATS);
  body.meetingRhythm.lengthMinutes = rand.pick([30, 45, 60]);
  let charter = createCharter(db, mentee.id, body);
  if (mentee.status === 'prospective' && rand.chance(0.7)) return; // still a draft being discussed
  charter = agreeCharter(db, { versionId: charter.current.id, agreedOn: start <= today ? start : today }, today);
  if (charter.pilot.reviewDate && charter.pilot.reviewDate < today && rand.chance(0.85)) {
    setPilotReviewed(db, mentee.id, dateBetween(rand, charter.pilot.reviewDate, today));
  }
  const revisions = rand.int(0, 2);
  for (let i = 0; i < revisions; i++) {
    charter = reviseCharter(db, mentee.id, rand.pick(T.REVISION_REASONS));
    const next = structuredClone(charter.current.body);
    next.meetingRhythm.frequency = rand.pick(MEETING_FREQUENCIES);
    next.meetingRhythm.topics = [...next.meetingRhythm.topics, T.PHRASES.addedTopic];
    next.glossary = [...next.glossary, { term: T.PHRASES.focusArea(i + 1), meaning: T.PHRASES.focusMeaning }];
    charter = updateCharter(db, charter.current.id, next, undefined);
    // The last revision is sometimes still an open draft with its reason.
    if (i < revisions - 1 || rand.chance(0.5)) {
      const previous = charter.versions.find((v) => v.status === 'agreed')?.agreedOn ?? start;
      charter = agreeCharter(db, { versionId: charter.current.id, agreedOn: dateBetween(rand, previous <= today ? previous : today, today) }, today);
    }
  }
}

export interface DemoGoal {
  id: number;
  milestoneIds: number[];
}

function fillGoals(db: Db, rand: DemoRandom, T: PlanTexts, mentee: DemoMentee, begun: string, today: string, count?: number): DemoGoal[] {
  const aims = db.prepare('SELECT id FROM career_aims WHERE mentee_id = ?').pluck().all(mentee.id) as number[];
  if (aims.length === 0) return [];
  const goals: DemoGoal[] = [];
  const templates =
    count === undefined ? rand.some(T.GOAL_TEMPLATES, 2, 5) : Array.from({ length: count }, (_v, k) => T.GOAL_TEMPLATES[(k + mentee.id) % T.GOAL_TEMPLATES.length]!);
  for (const template of templates) {
    const startDate = dateBetween(rand, begun, plusDays(today, -14) > begun ? plusDays(today, -14) : begun);
    const targetDate = plusDays(startDate, rand.int(60, 240));
    const finished = targetDate < today;
    const status: GoalStatus = finished ? rand.pick(['achieved', 'achieved', 'dropped', 'at-risk']) : rand.pick(['not-started', 'on-track', 'on-track', 'at-risk']);
    const goal = createGoal(db, {
      menteeId: mentee.id,
      title: template.title,
      area: template.area,
      status: status === 'achieved' || status === 'dropped' ? 'on-track' : status,
      startDate,
      specific: { statement: template.statement },
      measurable: { metric: template.metric, unit: template.unit, baseline: template.baseline, target: template.target },
      attainable: { whyRealistic: template.why, supportNeeded: template.support },
      relevant: { careerAimId: rand.pick(aims) },
      timeBound: { targetDate },
    });
    // Readings walk from the baseline toward the target; an at-risk goal walks slower.
    const pace = status === 'at-risk' ? 0.35 : status === 'achieved' ? 1 : status === 'not-started' ? 0 : 0.7;
    const lastDay = targetDate < today ? targetDate : today;
    const readings = status === 'not-started' ? 0 : Math.min(rand.int(2, 7), Math.floor(daysFrom(startDate, lastDay) / 7));
    for (let i = 1; i <= readings; i++) {
      const share = (pace * i) / readings + (rand.next() - 0.5) * 0.1;
      const value = Math.round((template.baseline + (template.target - template.baseline) * share) * 10) / 10;
      addReading(db, { goalId: goal.id, date: plusDays(startDate, Math.round((i / readings) * daysFrom(startDate, lastDay))), value, note: '' }, today);
    }
    const milestoneIds = fillMilestones(db, rand, T, mentee.id, goal.id, template, startDate, targetDate, today, pace);
    if (rand.chance(0.4)) {
      const values = structuredClone(goal.values);
      if (rand.chance(0.5)) values.measurable.target = template.target + (template.target > template.baseline ? 1 : -1);
      else values.timeBound.targetDate = plusDays(targetDate, rand.int(14, 60));
      updateGoal(db, { id: goal.id, ...values, reason: rand.pick(T.RECALIBRATION_REASONS) });
    }
    if (status !== goal.status) setGoalStatus(db, goal.id, status, status === 'dropped' ? T.PHRASES.droppedReason : '');
    goals.push({ id: goal.id, milestoneIds });
  }
  return goals;
}

function daysFrom(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
}

function fillMilestones(
  db: Db,
  rand: DemoRandom,
  T: PlanTexts,
  menteeId: number,
  goalId: number,
  template: GoalTemplate,
  startDate: string,
  targetDate: string,
  today: string,
  pace: number,
): number[] {
  const ids: number[] = [];
  const count = Math.min(template.milestones.length, rand.int(2, 4));
  template.milestones.slice(0, count).forEach((m, i) => {
    const dueDate = plusDays(startDate, Math.round(((i + 1) / count) * daysFrom(startDate, targetDate)));
    const milestone = createMilestone(db, goalId, {
      title: m.title,
      dueDate,
      indicator: {
        kind: m.kind,
        description: m.indicator,
        value: m.kind === 'quantified-improvement' ? template.baseline + (template.target - template.baseline) * 0.6 : null,
      },
      major: i === count - 1 || rand.chance(0.2),
    });
    ids.push(milestone.id);
    if (dueDate < today && rand.chance(0.35 + pace * 0.5)) {
      const doneOn = dateBetween(rand, plusDays(dueDate, -10) > startDate ? plusDays(dueDate, -10) : startDate, dueDate);
      // Some milestones are proved by an evidence record, others by a line of text.
      const evidenceId = rand.chance(0.4)
        ? createRecord(db, evidenceTable, menteeId, {
            kind: 'project-outcome',
            date: doneOn,
            summary: T.PHRASES.evidenceSummary(m.indicator, m.title),
            value: null,
            source: T.PHRASES.evidenceSource,
            goalId,
            milestoneId: milestone.id,
          }).id
        : null;
      completeMilestone(db, { id: milestone.id, doneOn, evidenceText: evidenceId ? '' : T.PHRASES.confirmedAtReview(m.indicator), evidenceId }, today);
    } else if (rand.chance(0.25)) {
      updateMilestone(db, milestone.id, { title: m.title, dueDate: plusDays(dueDate, rand.int(7, 30)), indicator: milestone.indicator, major: milestone.major }, rand.pick(T.RECALIBRATION_REASONS));
    }
  });
  return ids;
}

function fillLearning(db: Db, rand: DemoRandom, T: PlanTexts, menteeId: number, goals: DemoGoal[], begun: string, today: string): void {
  const goalOrNull = () => (goals.length && rand.chance(0.8) ? rand.pick(goals).id : null);
  for (const r of rand.some(T.RESOURCES, 2, 5)) {
    createRecord(db, resourcesTable, menteeId, {
      ...r,
      goalId: goalOrNull(),
      status: rand.pick(['planned', 'in-progress', 'in-progress', 'done', 'done', 'dropped'] as const),
      notes: rand.chance(0.3) ? T.PHRASES.resourceNote : '',
    });
  }
  const sessions = rand.int(2, 6);
  for (let i = 0; i < sessions; i++) {
    const t = rand.pick(T.TECHNIQUES);
    const date = dateBetween(rand, begun, today);
    const debriefed = daysFrom(date, today) > 7 || rand.chance(0.4);
    createRecord(db, practiceTable, menteeId, {
      date,
      technique: t.technique,
      context: rand.chance(0.5) ? T.PHRASES.practiceContext : '',
      goalId: goalOrNull(),
      attempted: debriefed ? t.attempted : '',
      learned: debriefed ? t.learned : '',
      nextAdjustment: debriefed && rand.chance(0.85) ? t.next : '',
    });
  }
}

function fillRecords(db: Db, rand: DemoRandom, T: PlanTexts, menteeId: number, goals: DemoGoal[], begun: string, today: string): void {
  for (const d of rand.some(T.DECISIONS, 1, 4)) {
    const goal = goals.length && rand.chance(0.5) ? rand.pick(goals) : null;
    createRecord(db, decisionsTable, menteeId, {
      date: dateBetween(rand, begun, today),
      ...d,
      entityKind: goal ? 'goal' : null,
      entityId: goal ? goal.id : null,
    });
  }
  for (const s of rand.some(T.SPONSORSHIP, 1, 3)) {
    createRecord(db, sponsorshipTable, menteeId, { ...s, date: dateBetween(rand, begun, today), outcome: rand.pick(T.OUTCOMES) });
  }
  const evidenceCount = rand.int(2, 5);
  for (let i = 0; i < evidenceCount; i++) {
    const e = rand.pick(T.EVIDENCE);
    const goal = goals.length && rand.chance(0.8) ? rand.pick(goals) : null;
    const milestoneId = goal && goal.milestoneIds.length && rand.chance(0.5) ? rand.pick(goal.milestoneIds) : null;
    createRecord(db, evidenceTable, menteeId, {
      ...e,
      date: dateBetween(rand, begun, today),
      value: e.kind === '360-result' || e.kind === 'performance-review' ? rand.int(30, 50) / 10 : null,
      goalId: goal?.id ?? null,
      milestoneId,
    });
  }
  for (const title of rand.some(T.DEADLINES, 1, 4)) {
    const dueDate = plusDays(today, rand.int(-40, 30));
    createRecord(db, deadlinesTable, menteeId, {
      title,
      dueDate,
      doneOn: dueDate < today && rand.chance(0.6) ? dueDate : null,
      goalId: goals.length && rand.chance(0.5) ? rand.pick(goals).id : null,
    });
  }
  const reports = rand.int(1, 4);
  for (let i = 0; i < reports; i++) {
    createRecord(db, progressReportsTable, menteeId, { date: dateBetween(rand, begun, today), body: rand.pick(T.REPORTS) });
  }
}
