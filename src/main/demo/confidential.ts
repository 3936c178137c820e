import type { AddEntryValues } from '../../shared/escalations/schema';
import { addEntry, createEscalation } from '../features/escalations/store';
import type { Db } from '../vault/sqlite';
import type { DemoRandom } from './random';

const TAGS = ['career', 'feedback', 'wellbeing', 'promotion', 'skills', 'project', 'one-on-one', 'goals', 'visibility', 'presentation', 'hiring', 'architecture', 'follow-up', 'recognition', 'workload', 'stakeholders'];
const TITLES = ['Check-in after the offsite', 'Thoughts before the review', 'Promotion case: open questions', 'Workload worries', 'Prep for the architecture talk', 'Follow-up on feedback from peers', 'Quarterly reflection', 'Notes on the incident retro', 'Stakeholder map', 'Ideas for stretch assignments', ''];
const OPENERS = [
  'Seemed **more confident** today than last month, especially when talking about the migration.',
  'Came in tired; the on-call rotation has been heavy and it shows.',
  'We spent most of the time on the promotion packet and what evidence is still missing.',
  'Raised, carefully, that a senior colleague keeps interrupting in design reviews.',
  'Good energy. Brought a written agenda for the first time, which I praised.',
  'Quiet session. I asked more open questions and let the silences run.',
];
const BULLETS = [
  'Ask for the lead role on the **payments reconciliation** rewrite',
  'Draft a one-page design doc before the next review',
  'Pair with the SRE team on the next game day',
  'Practise the five-minute version of the talk',
  'Write down three wins each Friday',
  'Book time with the product lead about the roadmap',
  'Say no to one meeting a week and see what happens',
  'Read the chapter on *delegation* I suggested',
];
const CLOSERS = [
  'Resource I promised: [Staff Engineer archetypes](https://staffeng.com/guides/staff-archetypes).',
  'Next time: revisit the goal on visibility outside the team.',
  'I should check whether the workload point needs raising with their manager (with consent).',
  '> "I want to be the person people call when things break." Worth coming back to.',
  'Link for them: [Radical Candor summary](https://www.radicalcandor.com/our-approach/).',
  'Nothing to escalate. Keep an eye on energy levels.',
];

const WORDS = ['estimate', 'roadmap', 'latency', 'mentoring', 'hiring', 'retro', 'incident', 'ownership', 'promotion', 'feedback', 'confidence', 'delegation', 'stakeholder', 'migration', 'review', 'design', 'burnout', 'calendar', 'pairing', 'interview'];

function noteBody(rand: DemoRandom): string {
  const lines = [rand.pick(OPENERS), '', '**Actions**', ...rand.some(BULLETS, 2, 4).map((b) => `- ${b}`), ''];
  if (rand.chance(0.5)) lines.push(`Also discussed ${rand.some(WORDS, 2, 4).join(', ')}.`, '');
  lines.push(rand.pick(CLOSERS));
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
export function fillConfidential(db: Db, rand: DemoRandom, options: { notes?: number } = {}): void {
  const mentees = db.prepare('SELECT id FROM mentees ORDER BY id').pluck().all() as number[];
  if (mentees.length === 0) return;
  fillNotes(db, rand, mentees, options.notes ?? mentees.reduce((n) => n + rand.int(3, 7), 0));
  fillEscalations(db, rand, mentees);
}

function fillNotes(db: Db, rand: DemoRandom, mentees: number[], count: number): void {
  const insert = db.prepare('INSERT INTO notes (mentee_id, meeting_id, title, body, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?)');
  const tag = db.prepare('INSERT INTO note_tags (tag, note_id) VALUES (?, ?)');
  for (let i = 0; i < count; i++) {
    const created = rand.int(1, 700);
    const createdAt = daysAgo(created, rand.int(0, 600));
    const updatedAt = rand.chance(0.3) ? daysAgo(rand.int(0, created - 1), rand.int(0, 600)) : createdAt;
    const id = Number(insert.run(mentees[i % mentees.length], rand.pick(TITLES), noteBody(rand), createdAt, updatedAt).lastInsertRowid);
    for (const t of rand.some(TAGS, 1, 3)) tag.run(t, id);
  }
}

type Step = (AddEntryValues extends infer T ? (T extends unknown ? Omit<T, 'escalationId' | 'occurredAt'> : never) : never) & { daysAgo: number };

const CASES: { category: 'wellbeing' | 'conflict' | 'boundary' | 'performance'; severity: 'low' | 'medium' | 'high' | 'urgent'; title: string; summary: string; needToKnow: string[]; openedDaysAgo: number; steps: Step[] }[] = [
  {
    category: 'wellbeing',
    severity: 'high',
    title: 'Signs of burnout after the launch',
    summary: 'Mentee described sleeping badly and dreading on-call. Agreed to keep this between us and their manager.',
    needToKnow: ['Mentor', 'Line manager'],
    openedDaysAgo: 40,
    steps: [
      { kind: 'action', what: 'Talked through options; mentee agreed I may tell their manager about the on-call load.', informed: ['Line manager'], outcome: 'Manager will review the rotation.', daysAgo: 38 },
      { kind: 'note', what: 'Manager removed them from the next two on-call weeks.', informed: [], outcome: '', daysAgo: 30 },
      { kind: 'correction', what: 'Correction: it was three on-call weeks, not two.', informed: [], outcome: '', correctsEntryId: -1, daysAgo: 29 },
      { kind: 'status-change', what: 'Energy better; moving to monitoring.', informed: [], outcome: '', status: 'monitoring', severity: 'medium', daysAgo: 14 },
      { kind: 'closure', what: 'Check-in: sleeping well, enjoys the work again.', informed: ['Line manager'], outcome: 'Closed by agreement.', daysAgo: 3 },
    ],
  },
  {
    category: 'conflict',
    severity: 'medium',
    title: 'Friction with a senior colleague in design reviews',
    summary: 'Repeated interruptions in reviews; mentee wants advice, not escalation, for now.',
    needToKnow: ['Mentor'],
    openedDaysAgo: 12,
    steps: [
      { kind: 'action', what: 'Role-played how to hold the floor and ask for the point to be finished.', informed: [], outcome: 'Will try it in the next review.', daysAgo: 10 },
      { kind: 'note', what: 'Mentee reports the technique worked once; colleague still dismissive in chat.', informed: [], outcome: '', daysAgo: 4 },
    ],
  },
  {
    category: 'boundary',
    severity: 'urgent',
    title: 'Late-night messages from a stakeholder',
    summary: 'A stakeholder messages the mentee after 23:00 expecting answers. Company policy applies.',
    needToKnow: ['Mentor', 'HR business partner'],
    openedDaysAgo: 2,
    steps: [
      { kind: 'action', what: 'With consent, raised it with the HR business partner.', informed: ['HR business partner'], outcome: 'HR will speak to the stakeholder this week.', daysAgo: 1 },
      { kind: 'status-change', what: 'Who may know widened to include the line manager, at the mentee\'s request.', informed: ['Line manager'], outcome: '', needToKnow: ['Mentor', 'HR business partner', 'Line manager'], daysAgo: 1 },
    ],
  },
];

function fillEscalations(db: Db, rand: DemoRandom, mentees: number[]): void {
  CASES.forEach((c, i) => {
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
