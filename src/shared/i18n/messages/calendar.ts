import type { SourceMessages, Translation } from '../define';

/** The calendar export: planned meetings as an .ics file. */
export const en = {
  'calendar.export.title': { message: 'Meetings as a calendar file', description: 'Title of the calendar export dialog.' },
  'calendar.export.description': {
    message: 'Planned meetings as an .ics file your calendar can import; importing it again updates the same events.',
    description: 'Under the title of the calendar export dialog; keep “.ics”.',
  },
  'calendar.export.scope': { message: 'Meetings of', description: 'Label of the choice of mentee (or all).' },
  'calendar.export.all': { message: 'All mentees', description: 'First choice: the meetings of every mentee.' },
  'calendar.export.choosing': { message: 'Choose where to save the calendar…', description: 'Progress while the save dialog is open.' },
  'calendar.export.written': { message: 'Calendar written: {count, plural, one {# event} other {# events}}.', description: 'After the file is written.' },
  'calendar.export.done': { message: 'Done', description: 'Button closing the dialog after the export.' },
  'calendar.export.cancel': { message: 'Cancel', description: 'Button closing the dialog without exporting.' },
  'calendar.export.submit': { message: 'Export .ics…', description: 'Button writing the file; keep “.ics”.' },
  'calendar.ics.name': { message: 'Mentoring meetings', description: 'Name of the calendar inside the .ics file, as a calendar app lists it.' },
  'calendar.ics.about': {
    message: '{kind} with {mentee}, {minutes, plural, one {# minute} other {# minutes}}.',
    description: 'First line of an event’s description in the calendar file; kind is the kind of meeting, mentee a name.',
  },
  'calendar.ics.agenda': { message: 'Agenda:', description: 'In an event’s description, before the agenda items.' },
  'calendar.ics.item': { message: '- {title} ({minutes} min)', description: 'One agenda item in an event’s description; keep the leading dash.' },
  'calendar.fileName': {
    message: '{scope, select, all {meetings-all-mentees-{date}} other {meetings-{mentee}-{date}}}',
    description: 'Name the calendar file is saved under (no extension); date is like 2026-03-31, mentee a name with hyphens for spaces.',
  },
} as const satisfies SourceMessages;

export const de: Translation<typeof en> = {
  'calendar.export.title': 'Treffen als Kalenderdatei',
  'calendar.export.description': 'Geplante Treffen als .ics-Datei, die Ihr Kalender importieren kann; ein erneuter Import aktualisiert dieselben Termine.',
  'calendar.export.scope': 'Treffen für',
  'calendar.export.all': 'Alle Mentees',
  'calendar.export.choosing': 'Wählen Sie, wo der Kalender gespeichert wird…',
  'calendar.export.written': 'Kalender geschrieben: {count, plural, one {# Termin} other {# Termine}}.',
  'calendar.export.done': 'Fertig',
  'calendar.export.cancel': 'Abbrechen',
  'calendar.export.submit': '.ics exportieren…',
  'calendar.ics.name': 'Mentoring-Treffen',
  'calendar.ics.about': '{kind} mit {mentee}, {minutes, plural, one {# Minute} other {# Minuten}}.',
  'calendar.ics.agenda': 'Tagesordnung:',
  'calendar.ics.item': '- {title} ({minutes} Min.)',
  'calendar.fileName': '{scope, select, all {Treffen-alle-Mentees-{date}} other {Treffen-{mentee}-{date}}}',
};
