import type { SourceMessages, Translation } from '../define';

/** The plain-data export (JSON), behind its warnings. */
export const en = {
  'dataExport.json.title': { message: 'Export data as JSON', description: 'Title of the JSON export dialog.' },
  'dataExport.json.warningTitle': { message: 'This file is not encrypted.', description: 'Warning heading in the JSON export.' },
  'dataExport.json.warningText': {
    message:
      'Anyone who can read the file can read everything in it. Keep it somewhere safe and delete it when you no longer need it. For a copy that stays encrypted, make a backup instead.',
    description: 'Warning text in the JSON export.',
  },
  'dataExport.json.scope': { message: 'What to export', description: 'Label of the choice of mentee (or everything).' },
  'dataExport.json.all': { message: 'Everything (all mentees)', description: 'First choice: every mentee and the rest of the vault.' },
  'dataExport.json.confidential': { message: 'Include private notes and escalation records', description: 'Checkbox: confidential material goes in too.' },
  'dataExport.json.confidentialTitle': { message: 'Confidential material will be written in plain text.', description: 'Second warning heading, once confidential material is included.' },
  'dataExport.json.confidentialText': {
    message: 'Private notes and escalation records are meant never to leave the vault unencrypted. Include them only for your own archive, never for someone else.',
    description: 'Second warning text.',
  },
  'dataExport.json.acknowledge': { message: 'I understand that this file is not encrypted', description: 'Checkbox the mentor ticks before the export.' },
  'dataExport.json.writing': { message: 'Writing the export…', description: 'Progress while the file is written.' },
  'dataExport.json.written': {
    message:
      'Export written: {rows, plural, one {# row} other {# rows}} from {tables, plural, one {# table} other {# tables}}{confidential, select, yes {, confidential material included} other {}}.',
    description: 'After the file is written.',
  },
  'dataExport.json.done': { message: 'Done', description: 'Button closing the dialog after the export.' },
  'dataExport.json.cancel': { message: 'Cancel', description: 'Button closing the dialog without exporting.' },
  'dataExport.json.submit': { message: 'Export JSON…', description: 'Button writing the file.' },
} as const satisfies SourceMessages;

export const de: Translation<typeof en> = {
  'dataExport.json.title': 'Daten als JSON exportieren',
  'dataExport.json.warningTitle': 'Diese Datei ist nicht verschlüsselt.',
  'dataExport.json.warningText':
    'Wer die Datei lesen kann, kann alles darin lesen. Bewahren Sie sie sicher auf und löschen Sie sie, sobald Sie sie nicht mehr brauchen. Für eine Kopie, die verschlüsselt bleibt, legen Sie stattdessen eine Sicherung an.',
  'dataExport.json.scope': 'Was exportiert wird',
  'dataExport.json.all': 'Alles (alle Mentees)',
  'dataExport.json.confidential': 'Private Notizen und Eskalationsakten einschließen',
  'dataExport.json.confidentialTitle': 'Vertrauliches wird als Klartext geschrieben.',
  'dataExport.json.confidentialText':
    'Private Notizen und Eskalationsakten sollen den Tresor nie unverschlüsselt verlassen. Schließen Sie sie nur für Ihr eigenes Archiv ein, nie für andere.',
  'dataExport.json.acknowledge': 'Mir ist bewusst, dass diese Datei nicht verschlüsselt ist',
  'dataExport.json.writing': 'Der Export wird geschrieben…',
  'dataExport.json.written':
    'Export geschrieben: {rows, plural, one {# Zeile} other {# Zeilen}} aus {tables, plural, one {# Tabelle} other {# Tabellen}}{confidential, select, yes {, Vertrauliches eingeschlossen} other {}}.',
  'dataExport.json.done': 'Fertig',
  'dataExport.json.cancel': 'Abbrechen',
  'dataExport.json.submit': 'JSON exportieren…',
};
