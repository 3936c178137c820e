/** What the demo's meetings capture, in English; `meeting-texts.de.ts` has the same lists in German. */
export const en = {
  NOTES: [
    'Walked through the week; the migration is on track but review feedback is slow to arrive.',
    'Most of the time went on the promotion packet and which evidence is still missing.',
    'Talked about saying no: two meetings dropped from the calendar already.',
    'Energy better than last time. The on-call rotation ended.',
    'Prepared the architecture talk together; the five-minute version works.',
    'Reviewed the design doc outline; the trade-offs section needs numbers.',
  ],
  WINS: [
    'Led the payments design review end to end',
    'Demo to the product group went smoothly',
    'First on-call week without escalating',
    'Shipped the reconciliation fix ahead of schedule',
    'Got unprompted praise from the data team',
    'Ran the retro and kept it to time',
  ],
  ACTIONS: [
    ['Draft the one-page design doc', 'mentee'],
    ['Introduce to the principal architect', 'mentor'],
    ['Book time with the product lead about the roadmap', 'mentee'],
    ['Share the staff-engineer archetypes article', 'mentor'],
    ['Practise the five-minute talk with a peer', 'mentee'],
    ['Ask for the lead role on the next incident review', 'mentee'],
    ['Check the nomination deadline for the tech talk series', 'mentor'],
    ['Write down three wins each Friday', 'mentee'],
  ] as [string, 'mentor' | 'mentee'][],
  DECISIONS: [
    ['Focus the next quarter on stakeholder communication', 'Feedback from two peers points the same way.'],
    ['Pause the second article until the talk is done', 'Not enough time for both; the talk has a fixed date.'],
    ['Move touchpoints to Monday mornings', 'Fridays kept getting cancelled by releases.'],
    ['Drop the certification goal', 'It no longer serves the career aim; the team changed stack.'],
  ] as [string, string][],
  EVIDENCE: ['Updated CV with the new responsibilities', 'Dashboard of review turnaround times', 'Peer feedback from the platform team', 'Slides of the demo'],
  REFLECTIONS: ['Feeling more confident in reviews; still avoid conflict in meetings.', 'Busy month. Less progress than hoped on the writing goal.', 'The talk went better than expected.'],
  skippedReason: 'Travel',
  convertedReason: 'Release crunch that week; keep it short.',
  scoreComment: 'Steady progress since last review.',
};
export type MeetingTexts = typeof en;
