import type { AddEntryValues } from '../../shared/escalations/schema';

export type DemoStep = (AddEntryValues extends infer T ? (T extends unknown ? Omit<T, 'escalationId' | 'occurredAt'> : never) : never) & { daysAgo: number };

/** An invented escalation and its timeline; a correction's -1 means "the entry just before". */
export interface DemoEscalation {
  category: 'wellbeing' | 'conflict' | 'boundary' | 'performance';
  severity: 'low' | 'medium' | 'high' | 'urgent';
  title: string;
  summary: string;
  needToKnow: string[];
  openedDaysAgo: number;
  steps: DemoStep[];
}

/** The demo's private notes and escalations, in English; `confidential-texts.de.ts` has the same in German. */
export const en = {
  TAGS: ['career', 'feedback', 'wellbeing', 'promotion', 'skills', 'project', 'one-on-one', 'goals', 'visibility', 'presentation', 'hiring', 'architecture', 'follow-up', 'recognition', 'workload', 'stakeholders'],
  TITLES: ['Check-in after the offsite', 'Thoughts before the review', 'Promotion case: open questions', 'Workload worries', 'Prep for the architecture talk', 'Follow-up on feedback from peers', 'Quarterly reflection', 'Notes on the incident retro', 'Stakeholder map', 'Ideas for stretch assignments', ''],
  OPENERS: [
    'Seemed **more confident** today than last month, especially when talking about the migration.',
    'Came in tired; the on-call rotation has been heavy and it shows.',
    'We spent most of the time on the promotion packet and what evidence is still missing.',
    'Raised, carefully, that a senior colleague keeps interrupting in design reviews.',
    'Good energy. Brought a written agenda for the first time, which I praised.',
    'Quiet session. I asked more open questions and let the silences run.',
  ],
  BULLETS: [
    'Ask for the lead role on the **payments reconciliation** rewrite',
    'Draft a one-page design doc before the next review',
    'Pair with the SRE team on the next game day',
    'Practise the five-minute version of the talk',
    'Write down three wins each Friday',
    'Book time with the product lead about the roadmap',
    'Say no to one meeting a week and see what happens',
    'Read the chapter on *delegation* I suggested',
  ],
  CLOSERS: [
    'Resource I promised: [Staff Engineer archetypes](https://staffeng.com/guides/staff-archetypes).',
    'Next time: revisit the goal on visibility outside the team.',
    'I should check whether the workload point needs raising with their manager (with consent).',
    '> "I want to be the person people call when things break." Worth coming back to.',
    'Link for them: [Radical Candor summary](https://www.radicalcandor.com/our-approach/).',
    'Nothing to escalate. Keep an eye on energy levels.',
  ],
  WORDS: ['estimate', 'roadmap', 'latency', 'mentoring', 'hiring', 'retro', 'incident', 'ownership', 'promotion', 'feedback', 'confidence', 'delegation', 'stakeholder', 'migration', 'review', 'design', 'burnout', 'calendar', 'pairing', 'interview'],
  actionsHeading: '**Actions**',
  alsoDiscussed: (words: string) => `Also discussed ${words}.`,
  CASES: [
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
  ] as DemoEscalation[],
};
export type ConfidentialTexts = typeof en;
