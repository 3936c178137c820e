import type { CharterDefaultTexts } from './default-texts';

/** Die Wörter der Ausgangsvereinbarung auf Deutsch: dieselben Einträge wie `defaults.en.ts`. */
export const de: CharterDefaultTexts = {
  mentorRoles: [
    'Orientierung bei den Zielen und beim Weg dorthin',
    'Offenes, zeitnahes Feedback und konstruktive Kritik',
    'Zugang zu Netzwerken und Kontakten',
    'Fürsprache für herausfordernde Aufgaben und für Anerkennung',
  ],
  menteeRoles: [
    'Bestimmt die Themen und ergreift die Initiative',
    'Setzt vereinbarte Aufgaben und Fristen verlässlich um',
    'Sucht aktiv nach Gelegenheiten und bittet um Feedback',
    'Kommt vorbereitet zu jedem Treffen, mit den Fortschritten seit dem letzten',
  ],
  topics: ['Fortschritt bei Zielen und Meilensteinen', 'Hindernisse und die nötige Unterstützung', 'Feedback zur aktuellen Arbeit', 'Nächste Schritte'],
  channels: [
    { channel: 'Chat', expectedResponse: 'Am selben Arbeitstag' },
    { channel: 'E-Mail', expectedResponse: 'Innerhalb von zwei Arbeitstagen' },
  ],
  confidentiality:
    'Was wir besprechen, bleibt unter uns, sofern wir nicht beide etwas anderes vereinbaren. Einzige Ausnahme ist ' +
    'ein Anliegen, das Sicherheit, rechtliche Pflichten oder schweres Fehlverhalten betrifft; dafür gilt das unten beschriebene Eskalationsverfahren.',
  escalation: [
    { step: 'Das Anliegen beim nächsten Treffen direkt ansprechen, bei Dringlichkeit früher', who: 'Mentee oder Mentor/in' },
    { step: 'Vereinbaren, was geschieht, und einen Termin, um darauf zurückzukommen', who: 'Mentor/in und Mentee' },
    { step: 'Ist es dann nicht gelöst, die Programmleitung einbeziehen', who: 'Mentor/in' },
    { step: 'Bei Fragen der Sicherheit, des Rechts oder des Verhaltens sofort die Personalabteilung einschalten', who: 'Mentor/in' },
  ],
  progressPerQuarter: [
    'Mindestens ein Meilenstein erreicht und durch Nachweise belegt',
    'Ein sichtbarer Schritt: eine Präsentation, eine Demo oder eine neue Verantwortung',
    'Eine nachbesprochene Übungseinheit zur Schwerpunktfähigkeit des Quartals',
  ],
  /** Die Begriffe des Plans, damit „Meilenstein“ oder „konstruktive Kritik“ für beide dasselbe bedeuten. */
  glossary: [
    { term: 'Meilenstein', meaning: 'Ein datierter Schritt auf dem Weg zu einem Ziel; erreicht erst, wenn ein greifbarer Nachweis ihn belegt.' },
    { term: 'Greifbarer Nachweis', meaning: 'Was einen Meilenstein belegt: ein Arbeitsergebnis, das Ergebnis einer Überprüfung oder eine messbare Verbesserung.' },
    { term: 'SMART-Ziel', meaning: 'Ein Ziel, das spezifisch, messbar, erreichbar, relevant für ein Karriereziel und terminiert ist.' },
    { term: 'Konstruktive Kritik', meaning: 'Offenes Feedback zur Arbeit, das sie besser machen soll, mit einem konkreten nächsten Schritt.' },
    { term: 'Informeller Austausch', meaning: 'Ein kurzes, zwangloses Gespräch zwischen den formellen Reviews.' },
    { term: 'Review', meaning: 'Ein formelles Treffen, das auf Ziele, Meilensteine und Nachweise zurückblickt und den Plan anpasst.' },
    { term: 'Pilotphase', meaning: 'Die ersten Wochen des Mentorings; sie enden mit einem Review, ob und wie es weitergeht.' },
    { term: 'Neukalibrierung', meaning: 'Eine bewusste Änderung an einem Ziel oder Meilenstein, festgehalten mit dem, was sich geändert hat, und dem Grund.' },
    { term: 'Eskalation', meaning: 'Ein heikles Anliegen über die vereinbarten Schritte vorbringen, wenn es sich nicht zwischen uns klären lässt.' },
    { term: 'Nachbesprechung', meaning: 'Nach dem Üben einer Technik: was versucht wurde, was daraus gelernt wurde und was als Nächstes anders gemacht wird.' },
    { term: 'Nachweis', meaning: 'Feedback, Ergebnisse oder Resultate, die Fortschritt bei einem Ziel oder Meilenstein zeigen.' },
    { term: 'Förderung', meaning: 'Die Mentorin oder der Mentor nutzt das eigene Ansehen, um Türen zu öffnen: Kontakte, Nominierungen, sichtbare Rollen.' },
  ],
  concurrentReason: 'Gleichzeitig mit der ersten Version auf einem zweiten Computer begonnen, daher folgt sie ihr.',
};
