import type { CharterDefaultTexts } from './default-texts';

/** The starting charter's words in English; `defaults.de.ts` has the same entries in German. */
export const en: CharterDefaultTexts = {
  mentorRoles: [
    'Guidance on goals and on how to approach them',
    'Candid, timely feedback and productive critique',
    'Access to networks and introductions',
    'Advocacy for stretch opportunities and recognition',
  ],
  menteeRoles: [
    'Drives the agenda and takes the initiative',
    'Follows through on agreed actions and deadlines',
    'Seeks out opportunities and asks for feedback',
    'Comes to each meeting prepared, with progress since the last one',
  ],
  topics: ['Progress on goals and milestones', 'Obstacles and the support needed', 'Feedback on recent work', 'Next steps'],
  channels: [
    { channel: 'Chat', expectedResponse: 'Same working day' },
    { channel: 'Email', expectedResponse: 'Within two working days' },
  ],
  confidentiality:
    'What we discuss stays between us unless we both agree otherwise. The only exception is a concern about ' +
    'safety, legal obligations or serious misconduct, which follows the escalation process below.',
  escalation: [
    { step: 'Raise the concern directly at the next meeting, or sooner if it is urgent', who: 'Mentee or mentor' },
    { step: 'Agree what will be done and a date to revisit it', who: 'Mentor and mentee' },
    { step: 'If it is not resolved, involve the programme lead', who: 'Mentor' },
    { step: 'For safety, legal or conduct concerns, go to HR straight away', who: 'Mentor' },
  ],
  progressPerQuarter: [
    'At least one milestone achieved and proved by evidence',
    'A visible step: a presentation, a demo or a new responsibility',
    'A debriefed practice session on the quarter\'s focus skill',
  ],
  /** The plan's own words, so "milestone" or "productive critique" mean the same to both sides. */
  glossary: [
    { term: 'Milestone', meaning: 'A dated step toward a goal, done only when a tangible indicator proves it.' },
    { term: 'Tangible indicator', meaning: 'What proves a milestone: a deliverable, a review outcome, or a quantified improvement.' },
    { term: 'SMART goal', meaning: 'A goal that is Specific, Measurable, Attainable, Relevant to a career aim, and Time-bound.' },
    { term: 'Productive critique', meaning: 'Candid feedback about the work, given to help it improve, with a concrete next step.' },
    { term: 'Touchpoint', meaning: 'A short informal check-in between formal reviews.' },
    { term: 'Review', meaning: 'A formal meeting that looks back at goals, milestones and evidence, and adjusts the plan.' },
    { term: 'Pilot period', meaning: 'The first weeks of the mentorship, ending with a review of whether and how to continue.' },
    { term: 'Recalibration', meaning: 'A deliberate change to a goal or milestone, recorded with what changed and why.' },
    { term: 'Escalation', meaning: 'Raising a sensitive concern through the agreed steps when it cannot be settled between us.' },
    { term: 'Debrief', meaning: 'After practising a technique: what was attempted, what was learned, what to adjust next.' },
    { term: 'Evidence', meaning: 'Feedback, results or outcomes that show progress on a goal or milestone.' },
    { term: 'Sponsorship', meaning: 'The mentor using their standing to open doors: introductions, nominations, visible roles.' },
  ],
  concurrentReason: 'Begun on a second computer at the same time as the first version, so it follows it.',
};
