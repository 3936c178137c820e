import type { GoalArea } from '../../shared/goals/schema';
import type { EvidenceKind, SponsorshipKind } from '../../shared/records/schema';

/** Invented but plausible words for the demo plan: varied enough that screens look real. `plan-texts.de.ts` has the same in German. */

export interface GoalTemplate {
  area: GoalArea;
  title: string;
  statement: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  why: string;
  support: string;
  milestones: { title: string; kind: 'deliverable' | 'review-outcome' | 'quantified-improvement'; indicator: string }[];
}

export const GOAL_TEMPLATES: GoalTemplate[] = [
  {
    area: 'collaboration',
    title: 'Review across team boundaries',
    statement: 'Review pull requests for two neighbouring teams every month and pair on one cross-team change per quarter.',
    metric: 'Cross-team reviews per month',
    unit: 'reviews',
    baseline: 1,
    target: 8,
    why: 'Already reviews carefully inside the team; the other teams asked for more reviewers.',
    support: 'Introductions to the two tech leads; time carved out in sprint planning.',
    milestones: [
      { title: 'Added as reviewer on both repositories', kind: 'deliverable', indicator: 'CODEOWNERS entries merged' },
      { title: 'First paired cross-team change shipped', kind: 'deliverable', indicator: 'Change released with both teams credited' },
      { title: 'Peers rate collaboration as a strength', kind: 'review-outcome', indicator: 'Mid-year review names collaboration' },
    ],
  },
  {
    area: 'problem-solving',
    title: 'Handle incidents without escalation',
    statement: 'Lead the diagnosis of production incidents in the payments path through to a written root cause.',
    metric: 'Incidents resolved without escalation',
    unit: 'per quarter',
    baseline: 1,
    target: 5,
    why: 'Strong debugging instincts; on the rota since spring with a senior shadow.',
    support: 'Shadow two incident commanders; access to the runbook repository.',
    milestones: [
      { title: 'Incident-command training done', kind: 'deliverable', indicator: 'Course certificate' },
      { title: 'Led a sev-2 end to end', kind: 'review-outcome', indicator: 'Post-incident review signed off by the SRE lead' },
      { title: 'Three incidents closed solo', kind: 'quantified-improvement', indicator: 'Incidents without escalation' },
    ],
  },
  {
    area: 'stakeholder-communication',
    title: 'Clear updates for product stakeholders',
    statement: 'Send a fortnightly written update to product and support that they rate as clear and useful.',
    metric: 'Stakeholder update rating',
    unit: 'score (1-10)',
    baseline: 5,
    target: 8,
    why: 'Writes well; needs a rhythm and a template more than new skills.',
    support: 'Template from the mentor; feedback from the product manager on the first three.',
    milestones: [
      { title: 'Update template agreed with product', kind: 'deliverable', indicator: 'Template in the team wiki' },
      { title: 'Rating of 7 or more twice in a row', kind: 'quantified-improvement', indicator: 'Survey score' },
      { title: 'Presented the quarter to the leadership team', kind: 'review-outcome', indicator: 'Director feedback' },
    ],
  },
  {
    area: 'leadership',
    title: 'Grow a junior engineer',
    statement: 'Mentor one junior engineer through their first on-call rotation and first design document.',
    metric: 'Engineers mentored to independence',
    unit: 'people',
    baseline: 0,
    target: 2,
    why: 'Patient and trusted by newer colleagues; the team is hiring two juniors.',
    support: 'Lighter sprint load while mentoring; a monthly check-in with the manager.',
    milestones: [
      { title: 'Mentoring plan agreed with the junior', kind: 'deliverable', indicator: 'Shared plan document' },
      { title: 'Junior completes on-call alone', kind: 'review-outcome', indicator: 'Rotation without a shadow' },
      { title: 'Second mentee onboarded', kind: 'quantified-improvement', indicator: 'People mentored' },
    ],
  },
  {
    area: 'technical-mastery',
    title: 'Own the event pipeline design',
    statement: 'Write and land the design for moving the event pipeline to exactly-once delivery.',
    metric: 'Design documents approved',
    unit: 'documents',
    baseline: 0,
    target: 3,
    why: 'Knows the pipeline best on the team; the architecture group offered review slots.',
    support: 'A staff engineer as reviewer; two architecture-review slots.',
    milestones: [
      { title: 'Problem statement reviewed', kind: 'deliverable', indicator: 'RFC draft circulated' },
      { title: 'Design approved at architecture review', kind: 'review-outcome', indicator: 'Approval recorded in the review notes' },
      { title: 'Duplicate events cut by half', kind: 'quantified-improvement', indicator: 'Duplicate rate' },
    ],
  },
  {
    area: 'visibility',
    title: 'Be known beyond the team',
    statement: 'Give talks and demos outside the team so the work and its impact are known across the department.',
    metric: 'Talks and demos outside the team',
    unit: 'talks',
    baseline: 0,
    target: 4,
    why: 'Has results worth showing; nervous about speaking but keen to practise.',
    support: 'Dry runs with the mentor; a slot at the engineering all-hands.',
    milestones: [
      { title: 'Demo at the guild meeting', kind: 'deliverable', indicator: 'Recording shared' },
      { title: 'Talk at the engineering all-hands', kind: 'deliverable', indicator: 'Slides and recording' },
      { title: 'Invited back to present', kind: 'review-outcome', indicator: 'Invitation from another department' },
    ],
  },
  {
    area: 'promotion',
    title: 'Build the promotion case',
    statement: 'Collect the evidence for a promotion case at the next calibration, mapped to the level guide.',
    metric: 'Level-guide criteria with evidence',
    unit: 'criteria',
    baseline: 4,
    target: 12,
    why: 'Already operates at the next level in most areas; the evidence is scattered.',
    support: 'The manager\'s view of the gaps; examples of strong cases.',
    milestones: [
      { title: 'Gap analysis against the level guide', kind: 'deliverable', indicator: 'Mapped document' },
      { title: 'Manager agrees the case is ready', kind: 'review-outcome', indicator: 'Manager sign-off' },
      { title: 'Ten criteria evidenced', kind: 'quantified-improvement', indicator: 'Criteria with evidence' },
    ],
  },
  {
    area: 'other',
    title: 'Protect time for deep work',
    statement: 'Keep two blocks of focus time each week and cut recurring meetings that do not need them.',
    metric: 'Time to first review response',
    unit: 'hours',
    baseline: 30,
    target: 8,
    why: 'Meeting load grew after the re-org; most of it can be declined or delegated.',
    support: 'Mentor to role-play declining meetings; manager to back the calendar change.',
    milestones: [
      { title: 'Calendar audit done', kind: 'deliverable', indicator: 'List of meetings kept and dropped' },
      { title: 'Review response under 12 hours', kind: 'quantified-improvement', indicator: 'Median response time' },
    ],
  },
];

export const PURPOSES = [
  'Grow from a strong individual contributor into someone who leads technical work across teams.',
  'Prepare for a move into engineering management within the next year, with eyes open.',
  'Build the visibility and the evidence for a promotion at the next calibration.',
  'Develop confidence and influence with stakeholders outside engineering.',
  'Find a sustainable way to take on more scope without burning out.',
];

export const REVISION_REASONS = [
  'Workload changed after the re-org: meet every two weeks instead of weekly.',
  'Added terms we kept misunderstanding to the glossary.',
  'The mentee moved to a new team; updated topics and the escalation contact.',
  'Pilot review: agreed to keep going with a monthly formal review.',
  'Switched to in-person meetings now that we share an office.',
];

export const RECALIBRATION_REASONS = [
  'The project was paused for a quarter, so the date moves.',
  'First readings show the target was too modest.',
  'Scope cut after the re-org; a smaller target is still a stretch.',
  'Metric was hard to collect; switched to one the team already tracks.',
  'Holiday and on-call overlap; moved to keep it realistic.',
];

export const RESOURCES: { kind: 'course' | 'book' | 'article' | 'assignment' | 'shadowing' | 'other'; title: string; link: string }[] = [
  { kind: 'book', title: 'The Staff Engineer\'s Path', link: 'ISBN 978-1098118730' },
  { kind: 'book', title: 'Crucial Conversations', link: 'ISBN 978-1260474183' },
  { kind: 'book', title: 'Designing Data-Intensive Applications', link: 'ISBN 978-1449373320' },
  { kind: 'course', title: 'Incident command fundamentals', link: 'Internal academy: SRE-201' },
  { kind: 'course', title: 'Presenting with confidence', link: 'Internal academy: COMMS-110' },
  { kind: 'article', title: 'Writing design docs people read', link: 'https://example.org/articles/design-docs' },
  { kind: 'article', title: 'How to give feedback that lands', link: 'https://example.org/articles/feedback' },
  { kind: 'assignment', title: 'Run the next sprint retrospective', link: '' },
  { kind: 'assignment', title: 'Own the on-call handover document', link: 'Team wiki: on-call' },
  { kind: 'shadowing', title: 'Shadow the director in quarterly planning', link: '' },
  { kind: 'shadowing', title: 'Shadow an architecture review', link: 'Architecture guild calendar' },
  { kind: 'other', title: 'Join the interview panel training', link: '' },
];

export const TECHNIQUES = [
  { technique: 'Situation-behaviour-impact feedback', attempted: 'Gave SBI feedback to a peer about late reviews.', learned: 'Naming the impact made it land without defensiveness.', next: 'Ask what they need before suggesting a fix.' },
  { technique: 'Saying no with an alternative', attempted: 'Declined a feature request and offered a smaller version.', learned: 'The alternative mattered more than the no.', next: 'Bring data on the cost of the original ask.' },
  { technique: 'Pre-wiring a decision', attempted: 'Met two stakeholders before the design review.', learned: 'Objections surfaced early and the meeting was short.', next: 'Pre-wire the sceptic first, not last.' },
  { technique: 'Timeboxed problem framing', attempted: 'Spent 20 minutes framing the bug before touching code.', learned: 'Found the cause in the logs without a debugger.', next: 'Write the hypothesis down before testing it.' },
  { technique: 'Delegating with context', attempted: 'Handed the migration task to a junior with the why.', learned: 'Fewer check-ins needed than expected.', next: 'Agree the first checkpoint up front.' },
  { technique: 'Storytelling in demos', attempted: 'Opened the demo with the customer problem.', learned: 'Questions were about impact, not implementation.', next: 'Cut the architecture slide.' },
  { technique: 'Active listening in one-to-ones', attempted: 'Summarised back before answering.', learned: 'Twice the real question was different.', next: 'Keep notes to a minimum during the talk.' },
];

export const DECISIONS = [
  { decision: 'Move meetings to every two weeks', rationale: 'Workload peaked; fewer, better-prepared meetings serve the plan better.', changed: 'Meeting rhythm in the charter' },
  { decision: 'Drop the conference-talk goal for now', rationale: 'No conference slot this half; visibility comes from internal demos instead.', changed: 'Visibility goal marked dropped' },
  { decision: 'Focus the quarter on stakeholder communication', rationale: 'It unlocks both the promotion case and the product partnership.', changed: 'Priorities for the quarter' },
  { decision: 'Extend the pilot by two weeks', rationale: 'Holidays cut the pilot short; not enough signal to review yet.', changed: 'Pilot length' },
  { decision: 'Add a shadowing assignment with the director', rationale: 'Seeing planning from the inside is the fastest way to learn it.', changed: 'Learning plan' },
  { decision: 'Lower the incident target', rationale: 'Fewer incidents happened this quarter, which is good news.', changed: 'Problem-solving goal target' },
];

export const SPONSORSHIP: { kind: SponsorshipKind; title: string; audience: string }[] = [
  { kind: 'presentation', title: 'Quarterly results to the leadership team', audience: 'VP Engineering and directors' },
  { kind: 'demo', title: 'Live demo of the new checkout flow', audience: 'Product all-hands' },
  { kind: 'leadership-role', title: 'Led the on-call guild for a quarter', audience: 'Platform engineers' },
  { kind: 'introduction', title: 'Introduced to the head of data science', audience: 'Head of data science' },
  { kind: 'nomination', title: 'Nominated for the engineering excellence award', audience: 'Awards committee' },
  { kind: 'other', title: 'Wrote a post on the engineering blog', audience: 'Whole company and public' },
];

export const OUTCOMES = [
  'Asked to present again next quarter.',
  'Two follow-up conversations with senior leaders.',
  'Shortlisted; feedback was very positive.',
  'Started a regular sync with that group.',
  'Well received; a few tough questions handled calmly.',
];

export const EVIDENCE: { kind: EvidenceKind; summary: string; source: string }[] = [
  { kind: 'peer-feedback', summary: 'Peers say reviews are thorough and kind; asked for more of them.', source: 'Peer survey' },
  { kind: '360-result', summary: '360 shows clear growth in stakeholder communication.', source: 'Annual 360' },
  { kind: 'project-outcome', summary: 'Shipped the migration a week early with no incidents.', source: 'Project retrospective' },
  { kind: 'performance-review', summary: 'Mid-year review: exceeds expectations on delivery.', source: 'Mid-year review' },
  { kind: 'other', summary: 'Customer thanked the team for the quick fix.', source: 'Support ticket' },
];

export const DEADLINES = [
  'Send the draft design doc to the mentor',
  'Book the dry run for the demo',
  'Finish chapter four of the book',
  'Ask the manager for promotion-case feedback',
  'Write the incident review',
  'Collect three pieces of peer feedback',
];

export const REPORTS = [
  'Good fortnight: the first stakeholder update went out and got a 7. Struggled to find focus time; will try blocking mornings.',
  'Led the incident on Tuesday. Root cause found in the retry logic; review written. Nervous, but it went fine.',
  'Slow progress this week: on-call was heavy. Still on track for the design review date.',
  'Paired with the other team on the schema change. Learned a lot about their deploy process.',
  'Gave the guild demo. Questions were mostly about impact, which felt like a win.',
];

/** The short phrases the plan filler writes between the lists above. */
export const PHRASES = {
  mentorName: 'Jordan Avery',
  mentorTitle: 'Director of Engineering',
  baselineNote: 'First candid conversation.',
  reassessmentNote: 'Quarterly re-assessment.',
  ratingNote: 'Clear examples from the last project.',
  addedTopic: 'Visibility and sponsorship',
  focusArea: (n: number) => `Focus area ${n}`,
  focusMeaning: 'The one skill we practise deliberately this quarter.',
  droppedReason: 'Priorities changed after the re-org.',
  evidenceSource: 'Review meeting',
  evidenceSummary: (indicator: string, milestone: string) => `${indicator}: ${milestone.toLowerCase()}.`,
  confirmedAtReview: (indicator: string) => `${indicator}: confirmed at the review.`,
  resourceNote: 'Recommended by the mentor after the last review.',
  practiceContext: 'During a regular team meeting.',
};

/** Every word the plan filler writes, in one language. */
export const en = {
  GOAL_TEMPLATES,
  PURPOSES,
  REVISION_REASONS,
  RECALIBRATION_REASONS,
  RESOURCES,
  TECHNIQUES,
  DECISIONS,
  SPONSORSHIP,
  OUTCOMES,
  EVIDENCE,
  DEADLINES,
  REPORTS,
  PHRASES,
};
export type PlanTexts = typeof en;
