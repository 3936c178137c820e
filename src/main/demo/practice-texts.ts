import type { CatalogueLocale } from '../../shared/i18n/locales';
import { de } from './practice-texts.de';

/**
 * The words of the demo's 360 answers and of the mentor's own practice, in English;
 * `practice-texts.de.ts` has the same lists in German. People's names stay as they are.
 */
export const en = {
  STRENGTHS: [
    'Explains trade-offs so that everyone in the room can follow them.',
    'Unblocks people quietly and never takes the credit.',
    'Reviews are thorough and kind; I learn something from each one.',
    'Keeps calm during incidents and writes the clearest timelines.',
    'Brings the customer’s view into every design discussion.',
    'Follows through on every commitment made in a meeting.',
  ],
  CHANGES: [
    'Say no more often: the team sees the overload before you do.',
    'Share drafts earlier instead of waiting until they are polished.',
    'Speak up in the larger forums; the ideas are good.',
    'Delegate the on-call runbook work to the newer engineers.',
    '',
  ],
  TRAINING: [
    ['course', 'Foundations of coaching practice', 'Coaching Academy', 30, ['Active listening', 'Powerful questions', 'Ethics']],
    ['workshop', 'Giving feedback that lands', 'Internal L&D', 6, ['Direct communication', 'Feedback']],
    ['course', 'Mentoring across difference', 'Inclusive Leaders Network', 12, ['Cultural awareness', 'Trust and safety']],
    ['conference', 'Coaching and mentoring conference: two days', 'EMCC chapter', 14, ['Evoking awareness', 'Supervision']],
    ['certificate', 'Team coaching certificate', 'Coaching Academy', 24, ['Team dynamics', 'Contracting']],
  ] as [kind: 'course' | 'workshop' | 'certificate' | 'conference', title: string, provider: string, hours: number, competencies: string[]][],
  SUPERVISORS: ['Dr. Helen Marsh', 'Samir Haddad', 'Peer supervision group'],
  THEMES: [
    'Holding boundaries when a mentee asks for advice on a manager conflict',
    'Noticing my urge to fix instead of ask',
    'Contracting for confidentiality with a sponsor in the room',
    'When to suggest a referral to professional support',
  ],
  REFLECTIONS: [
    ['A session drifted into status updates for forty minutes.', 'An agenda the mentee owns keeps the time on growth, not reporting.', 'Ask for the one topic that matters most before we start.'],
    ['I gave my own career story as the answer.', 'My path is one data point; questions open more doors than anecdotes.', 'Wait ten seconds of silence before offering an example.'],
    ['The mentee arrived upset after a reorganisation.', 'Naming the emotion first made the planning conversation possible.', 'Check in on energy before the agenda.'],
    ['A goal was missed twice and we re-set it without asking why.', 'Recalibrating without a reason teaches that dates do not matter.', 'Always write the reason down together.'],
  ] as [happened: string, learned: string, differently: string][],
  GOAL: {
    title: 'Reach the PCC hours',
    statement: 'Log the client hours and training the PCC credential asks for.',
    metric: 'Client hours logged',
    unit: 'hours',
    whyRealistic: 'Eight mentees meet every two weeks; that is about 200 hours a year.',
    whyRelevant: 'The credential lets me mentor in the company-wide programme.',
    supportNeeded: 'Monthly supervision',
  },
  pseudonym: (letter: string) => `Client ${letter}`,
  longSessionReason: 'We ran over to finish the promotion packet.',
};
export type PracticeTexts = typeof en;

export const PRACTICE_TEXTS: Record<CatalogueLocale, PracticeTexts> = { en, de };
