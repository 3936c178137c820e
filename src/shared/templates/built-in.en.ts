import type { BuiltInTemplates } from './built-in';

/** The built-in templates in English, as migration 004 seeded them; `built-in.de.ts` has the same in German. */
export const en: BuiltInTemplates = {
  agendas: {
    'formal-review': [
      { title: 'Review action items', minutes: 10, context: 'actions' },
      { title: 'Self-assessment', minutes: 10, context: 'self-assessment' },
      { title: 'Goals and milestones', minutes: 20, context: 'goals' },
      { title: 'Feedback rubric', minutes: 10, context: 'feedback' },
      { title: 'Wins to celebrate', minutes: 5, context: 'wins' },
      { title: 'Next steps', minutes: 5, context: 'next-steps' },
    ],
    'pilot-review': [
      { title: 'Review action items', minutes: 5, context: 'actions' },
      { title: 'Self-assessment', minutes: 10, context: 'self-assessment' },
      { title: 'Goals and milestones', minutes: 15, context: 'goals' },
      { title: 'How the pilot went: continue, adjust or stop', minutes: 10, context: 'free' },
      { title: 'Feedback rubric', minutes: 10, context: 'feedback' },
      { title: 'Wins to celebrate', minutes: 5, context: 'wins' },
      { title: 'Next steps', minutes: 5, context: 'next-steps' },
    ],
    'informal-touchpoint': [
      { title: 'Review action items', minutes: 10, context: 'actions' },
      { title: 'Wins since last time', minutes: 5, context: 'wins' },
      { title: 'Obstacles and support needed', minutes: 15, context: 'free' },
      { title: 'Next steps', minutes: 5, context: 'next-steps' },
    ],
    'focused-session': [
      { title: 'Review action items', minutes: 5, context: 'actions' },
      { title: 'The one topic', minutes: 15, context: 'free' },
      { title: 'Next steps', minutes: 5, context: 'next-steps' },
    ],
    'async-exercise': [
      { title: 'Exercise brief', minutes: 5, context: 'free' },
      { title: 'Self-assessment', minutes: 5, context: 'self-assessment' },
      { title: 'Review action items', minutes: 5, context: 'actions' },
      { title: 'Next steps', minutes: 5, context: 'next-steps' },
    ],
  },
  rubric: {
    name: 'Review rubric',
    dimensions: [
      {
        name: 'Goals',
        descriptors: [
          'Goals are unclear or not being worked on',
          'Goals are clear; work on them has started',
          'Steady progress on most goals, measured against the metric',
          'Goals met or ahead of plan, with measured results',
        ],
      },
      {
        name: 'Milestones',
        descriptors: [
          'Milestones missed without a plan to recover',
          'Some milestones met; others slipping',
          'Milestones met on time with evidence',
          'Milestones met early or exceeded, proved by tangible indicators',
        ],
      },
      {
        name: 'Skill development',
        descriptors: [
          'No visible change in the focus skills',
          'Practising the focus skills with support',
          'Applies the skills independently in real work',
          'Teaches or models the skills for others',
        ],
      },
      {
        name: 'Behavioural outcomes',
        descriptors: [
          'Habits and behaviours unchanged',
          'Some new behaviours tried, not yet consistent',
          'New behaviours consistent and noticed by peers',
          'Behaviours embedded; others ask for advice',
        ],
      },
    ],
  },
};
