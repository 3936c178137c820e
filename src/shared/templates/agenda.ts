import { z } from 'zod';
import { documentLocale } from '../documents/schema';
import { agendaItemFields, agendaItemList } from '../meetings/agenda';
import { meetingKind, type MeetingKind } from '../meetings/schema';

/** One item of a kind's template: what a new meeting of that kind starts with. */
export const agendaTemplateItem = z.strictObject(agendaItemFields);
export type AgendaTemplateItem = z.output<typeof agendaTemplateItem>;

export const updateAgendaTemplateInput = z.strictObject({ kind: meetingKind, items: agendaItemList(agendaTemplateItem) });
/** `locale`: the language of the built-in agenda to go back to (the app's); absent = English. */
export const resetAgendaTemplateInput = z.strictObject({ kind: meetingKind, locale: documentLocale.optional() });

export interface AgendaTemplate {
  kind: MeetingKind;
  items: AgendaTemplateItem[];
  totalMinutes: number;
}
