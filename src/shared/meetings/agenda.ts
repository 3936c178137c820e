import { z } from 'zod';
import { id, requiredText } from '../primitives';

/**
 * What an agenda item brings on screen in the meeting mode: the open action items, the
 * self-assessment, the goals with their charts and milestones, the rubric, the wins,
 * the next steps, or nothing but notes ("free").
 */
export const AGENDA_CONTEXTS = ['actions', 'self-assessment', 'goals', 'feedback', 'wins', 'next-steps', 'free'] as const;
export type AgendaContext = (typeof AGENDA_CONTEXTS)[number];
export const AGENDA_CONTEXT_LABELS: Record<AgendaContext, string> = {
  actions: 'Action items',
  'self-assessment': 'Self-assessment',
  goals: 'Goals and milestones',
  feedback: 'Feedback rubric',
  wins: 'Wins',
  'next-steps': 'Next steps',
  free: 'Free discussion',
};

export const MAX_AGENDA_ITEMS = 30;

export const agendaItemFields = {
  title: requiredText('Title'),
  minutes: z.int('Minutes must be a whole number').min(1, 'An item lasts 1 to 240 minutes').max(240, 'An item lasts 1 to 240 minutes'),
  context: z.enum(AGENDA_CONTEXTS, 'Choose what the item shows'),
};
/** An agenda's items, for a meeting or a kind's template. */
export const agendaItemList = <T extends z.ZodType>(item: T) =>
  z
    .array(item, 'Items must be a list')
    .min(1, 'An agenda has at least one item')
    .max(MAX_AGENDA_ITEMS, `An agenda has at most ${MAX_AGENDA_ITEMS} items`);

/** A meeting's agenda, in order: items with an id are kept (with their notes and timers), others are new. */
export const setAgendaInput = z.strictObject({
  meetingId: id,
  items: agendaItemList(z.strictObject({ id: id.optional(), ...agendaItemFields })),
});

export interface AgendaItem {
  id: number;
  position: number;
  title: string;
  plannedMinutes: number;
  context: AgendaContext;
  /** Meeting notes taken on this item (part of the meeting record, not a private note). */
  notes: string;
  /** Time spent on the item in the meeting mode. */
  spentSeconds: number;
}
