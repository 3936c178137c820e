import type { SourceMessages, Translation } from '../define';

/** The frame of the unlocked app: sidebar, navigation, route errors, development banner. */
export const en = {
  'app.brand': { message: 'Mentor Vault', description: 'The product name, beside its mark in the sidebar and on the vault screens.' },
  'app.skipToContent': { message: 'Skip to content', description: 'Link shown on keyboard focus that jumps past the sidebar.' },
  'app.demoTag': { message: 'Demo', description: 'Small tag beside the product name when the demo vault is open.' },
  'app.nav.label': { message: 'Main', description: 'Accessible name of the sidebar navigation.' },
  'app.nav.overview': { message: 'Overview', description: 'Sidebar link: the overview of all mentees.' },
  'app.nav.mentees': { message: 'Mentees', description: 'Sidebar link: the list of mentees.' },
  'app.nav.meetings': { message: 'Meetings', description: 'Sidebar link: all meetings.' },
  'app.nav.notes': { message: 'Notes', description: 'Sidebar link: all notes.' },
  'app.nav.escalations': { message: 'Escalations', description: 'Sidebar link: escalation records.' },
  'app.nav.practice': { message: 'My practice', description: "Sidebar link: the mentor's own development (credentials, hours)." },
  'app.nav.exports': { message: 'Backup & export', description: 'Sidebar link: backups and exports.' },
  'app.nav.competencies': { message: 'Competencies', description: 'Sidebar link: the competency framework.' },
  'app.nav.settings': { message: 'Settings', description: 'Sidebar link: settings.' },
  'app.lock': { message: 'Lock', description: 'Button at the foot of the sidebar that locks the vault.' },
  'app.opening': { message: 'Opening…', description: 'Shown while a screen loads.' },
  'app.routeError.title': { message: 'This screen could not be shown', description: 'Title when a screen failed to render.' },
  'app.routeError.back': { message: 'Back to the start', description: 'Link from an error or unknown screen to the start.' },
  'app.notFound.title': { message: 'Nothing here', description: 'Title of the screen for an unknown address.' },
  'app.startError': { message: 'Mentor Vault could not start', description: 'Title when the state of the vault could not be read at start; the error follows.' },
  'app.dev.label': { message: 'Development mode', description: 'Accessible name of the development-mode banner.' },
  'app.dev.text': {
    message: '<strong>Development mode</strong> Mentor Vault in your browser, served by <code>npm run start:browser</code> on this computer only. This is not the desktop app: use it to develop and try things out.',
    description: 'Banner in the browser development mode. Keep the tags; the command is not translated.',
  },
} as const satisfies SourceMessages;

export const de: Translation<typeof en> = {
  'app.brand': 'Mentor Vault',
  'app.skipToContent': 'Zum Inhalt springen',
  'app.demoTag': 'Demo',
  'app.nav.label': 'Hauptnavigation',
  'app.nav.overview': 'Übersicht',
  'app.nav.mentees': 'Mentees',
  'app.nav.meetings': 'Treffen',
  'app.nav.notes': 'Notizen',
  'app.nav.escalations': 'Eskalationen',
  'app.nav.practice': 'Meine Praxis',
  'app.nav.exports': 'Sicherung & Export',
  'app.nav.competencies': 'Kompetenzen',
  'app.nav.settings': 'Einstellungen',
  'app.lock': 'Sperren',
  'app.opening': 'Wird geöffnet…',
  'app.routeError.title': 'Diese Ansicht konnte nicht angezeigt werden',
  'app.routeError.back': 'Zurück zum Anfang',
  'app.notFound.title': 'Hier ist nichts',
  'app.startError': 'Mentor Vault konnte nicht starten',
  'app.dev.label': 'Entwicklungsmodus',
  'app.dev.text':
    '<strong>Entwicklungsmodus</strong> Mentor Vault in Ihrem Browser, bereitgestellt von <code>npm run start:browser</code> nur auf diesem Computer. Dies ist nicht die Desktop-App: Nutzen Sie sie zum Entwickeln und Ausprobieren.',
};
