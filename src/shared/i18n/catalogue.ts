import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageArea, SourceMessage } from './define';
import { PSEUDO_LOCALE, type Locale } from './locales';
import * as app from './messages/app';
import * as assessment from './messages/assessment';
import * as backup from './messages/backup';
import * as calendar from './messages/calendar';
import * as charter from './messages/charter';
import * as cli from './messages/cli';
import * as components from './messages/components';
import * as dataExport from './messages/data-export';
import * as documents from './messages/documents';
import * as dashboard from './messages/dashboard';
import * as errors from './messages/errors';
import * as escalations from './messages/escalations';
import * as feedback from './messages/feedback';
import * as forms from './messages/forms';
import * as formPdf from './messages/form-pdf';
import * as formsPreview from './messages/forms-preview';
import * as goals from './messages/goals';
import * as learning from './messages/learning';
import * as meetings from './messages/meetings';
import * as meetingsMode from './messages/meetings-mode';
import * as mentor from './messages/mentor';
import * as templates from './messages/templates';
import * as mentees from './messages/mentees';
import * as mentorPdf from './messages/mentor-pdf';
import * as hoursLog from './messages/hours-log';
import * as mentorRecords from './messages/mentor-records';
import * as notes from './messages/notes';
import * as records from './messages/records';
import * as search from './messages/search';
import * as settings from './messages/settings';
import * as shell from './messages/shell';
import * as sync from './messages/sync';
import * as validation from './messages/validation';
import * as vault from './messages/vault';
import { pseudoMessage } from './pseudo';

/** Every area of the app's one catalogue. A new area is added here. */
const AREAS = { app, assessment, backup, calendar, charter, cli, components, dashboard, dataExport, documents, errors, escalations, feedback, forms, formPdf, formsPreview, goals, hoursLog, learning, meetings, meetingsMode, mentees, mentor, mentorPdf, mentorRecords, notes, records, search, settings, shell, sync, templates, validation, vault } satisfies Record<string, MessageArea>;

type Areas = typeof AREAS;
type IdsOf<Area> = Area extends { en: infer Source } ? keyof Source & string : never;
/** Every id in the catalogue ('mentees.list.title'). */
export type MessageId = { [Name in keyof Areas]: IdsOf<Areas[Name]> }[keyof Areas];

/**
 * The areas merged into one table, refusing an id that two areas both declare (a merge
 * would silently keep one and drop the other), and an id outside its area's prefix.
 */
export function composeCatalogue(areas: Record<string, MessageArea>): {
  en: Record<string, SourceMessage>;
  de: Record<string, string>;
} {
  const en: Record<string, SourceMessage> = {};
  const de: Record<string, string> = {};
  const declaredBy = new Map<string, string>();
  for (const [name, area] of Object.entries(areas)) {
    for (const [id, source] of Object.entries(area.en)) {
      const earlier = declaredBy.get(id);
      if (earlier !== undefined) throw new Error(`The message id '${id}' is declared by the area '${earlier}' and again by '${name}': rename one.`);
      declaredBy.set(id, name);
      en[id] = source;
      de[id] = area.de[id]!;
    }
  }
  return { en, de };
}

export const catalogue = composeCatalogue(AREAS);

export type CompiledMessages = Record<string, string> | Record<string, MessageFormatElement[]>;

const compiled = new Map<Locale, CompiledMessages>();

/** The messages of one locale, id -> ICU message, as react-intl and @formatjs/intl take them. */
export function messagesFor(locale: Locale): CompiledMessages {
  let messages = compiled.get(locale);
  if (!messages) {
    if (locale === PSEUDO_LOCALE) messages = Object.fromEntries(Object.entries(catalogue.en).map(([id, m]) => [id, pseudoMessage(m.message)]));
    else if (locale === 'de') messages = catalogue.de;
    else messages = Object.fromEntries(Object.entries(catalogue.en).map(([id, m]) => [id, m.message]));
    compiled.set(locale, messages);
  }
  return messages;
}
