import { z } from 'zod';
import { agendaItemFields, agendaItemList } from '../meetings/agenda';
import { meetingKind, type MeetingKind } from '../meetings/schema';

/** One item of a kind's template: what a new meeting of that kind starts with. */
export const agendaTemplateItem = z.strictObject(agendaItemFields);
export type AgendaTemplateItem = z.output<typeof agendaTemplateItem>;

export const updateAgendaTemplateInput = z.strictObject({ kind: meetingKind, items: agendaItemList(agendaTemplateItem) });
export const agendaTemplateKindInput = z.strictObject({ kind: meetingKind });

export interface AgendaTemplate {
  kind: MeetingKind;
  items: AgendaTemplateItem[];
  totalMinutes: number;
}
