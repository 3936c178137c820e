import type { ConfidentialTexts } from './confidential-texts';

/** Die privaten Notizen und Eskalationen der Demo auf Deutsch: dieselben Listen wie `confidential-texts.ts`. */
export const de: ConfidentialTexts = {
  TAGS: ['karriere', 'feedback', 'wohlbefinden', 'beförderung', 'fähigkeiten', 'projekt', 'einzelgespräch', 'ziele', 'sichtbarkeit', 'präsentation', 'einstellung', 'architektur', 'nachfassen', 'anerkennung', 'arbeitslast', 'stakeholder'],
  TITLES: ['Gespräch nach der Klausur', 'Gedanken vor dem Review', 'Beförderung: offene Fragen', 'Sorgen um die Arbeitslast', 'Vorbereitung des Architekturvortrags', 'Nachfassen zum Feedback der Kollegen', 'Quartalsrückblick', 'Notizen zur Störungs-Retro', 'Stakeholder-Landkarte', 'Ideen für herausfordernde Aufgaben', ''],
  OPENERS: [
    'Wirkte heute **sicherer** als letzten Monat, vor allem beim Thema Migration.',
    'Kam müde an; die Rufbereitschaft war anstrengend, und das merkt man.',
    'Die meiste Zeit ging in den Beförderungsantrag und die Frage, welche Nachweise noch fehlen.',
    'Sprach vorsichtig an, dass ein erfahrener Kollege in Design-Reviews immer wieder unterbricht.',
    'Gute Energie. Brachte zum ersten Mal eine schriftliche Tagesordnung mit; dafür habe ich gelobt.',
    'Ruhige Sitzung. Ich habe mehr offene Fragen gestellt und Pausen ausgehalten.',
  ],
  BULLETS: [
    'Um die Leitung der Neuentwicklung des **Zahlungsabgleichs** bitten',
    'Vor dem nächsten Review ein einseitiges Designdokument entwerfen',
    'Beim nächsten Game Day mit dem SRE-Team zusammenarbeiten',
    'Die Fünf-Minuten-Fassung des Vortrags üben',
    'Jeden Freitag drei Erfolge aufschreiben',
    'Einen Termin mit der Produktleitung zur Roadmap vereinbaren',
    'Einen Termin pro Woche absagen und sehen, was passiert',
    'Das vorgeschlagene Kapitel über *Delegation* lesen',
  ],
  CLOSERS: [
    'Versprochene Quelle: [Staff-Engineer-Archetypen](https://staffeng.com/guides/staff-archetypes).',
    'Nächstes Mal: das Ziel zur Sichtbarkeit außerhalb des Teams wieder aufgreifen.',
    'Prüfen, ob das Thema Arbeitslast mit der Führungskraft besprochen werden sollte (nur mit Einverständnis).',
    '> „Ich möchte die Person sein, die man anruft, wenn etwas kaputtgeht.“ Darauf zurückkommen.',
    'Link für später: [Zusammenfassung von Radical Candor](https://www.radicalcandor.com/our-approach/).',
    'Nichts zu eskalieren. Auf das Energieniveau achten.',
  ],
  WORDS: ['Schätzung', 'Roadmap', 'Latenz', 'Mentoring', 'Einstellungen', 'Retro', 'Störung', 'Verantwortung', 'Beförderung', 'Feedback', 'Selbstvertrauen', 'Delegation', 'Stakeholder', 'Migration', 'Review', 'Design', 'Burn-out', 'Kalender', 'Pairing', 'Interview'],
  actionsHeading: '**Aufgaben**',
  alsoDiscussed: (words: string) => `Außerdem besprochen: ${words}.`,
  CASES: [
    {
      category: 'wellbeing',
      severity: 'high',
      title: 'Anzeichen von Erschöpfung nach dem Launch',
      summary: 'Berichtet von schlechtem Schlaf und Angst vor der Rufbereitschaft. Vereinbart, dass dies unter uns und der Führungskraft bleibt.',
      needToKnow: ['Mentor/in', 'Führungskraft'],
      openedDaysAgo: 40,
      steps: [
        { kind: 'action', what: 'Möglichkeiten besprochen; Einverständnis, dass ich die Führungskraft über die Belastung durch die Rufbereitschaft informiere.', informed: ['Führungskraft'], outcome: 'Die Führungskraft prüft den Dienstplan.', daysAgo: 38 },
        { kind: 'note', what: 'Die Führungskraft hat die nächsten zwei Wochen Rufbereitschaft abgenommen.', informed: [], outcome: '', daysAgo: 30 },
        { kind: 'correction', what: 'Korrektur: Es waren drei Wochen Rufbereitschaft, nicht zwei.', informed: [], outcome: '', correctsEntryId: -1, daysAgo: 29 },
        { kind: 'status-change', what: 'Mehr Energie; wir gehen zur Beobachtung über.', informed: [], outcome: '', status: 'monitoring', severity: 'medium', daysAgo: 14 },
        { kind: 'closure', what: 'Nachgefragt: schläft gut und hat wieder Freude an der Arbeit.', informed: ['Führungskraft'], outcome: 'Einvernehmlich abgeschlossen.', daysAgo: 3 },
      ],
    },
    {
      category: 'conflict',
      severity: 'medium',
      title: 'Spannungen mit einem erfahrenen Kollegen in Design-Reviews',
      summary: 'Wiederholte Unterbrechungen in Reviews; vorerst ist Rat gewünscht, keine Eskalation.',
      needToKnow: ['Mentor/in'],
      openedDaysAgo: 12,
      steps: [
        { kind: 'action', what: 'Im Rollenspiel geübt, das Wort zu behalten und darum zu bitten, den Gedanken zu Ende führen zu dürfen.', informed: [], outcome: 'Wird es im nächsten Review ausprobieren.', daysAgo: 10 },
        { kind: 'note', what: 'Die Technik hat einmal funktioniert; im Chat bleibt der Kollege abweisend.', informed: [], outcome: '', daysAgo: 4 },
      ],
    },
    {
      category: 'boundary',
      severity: 'urgent',
      title: 'Nachrichten eines Stakeholders spät in der Nacht',
      summary: 'Ein Stakeholder schreibt nach 23 Uhr und erwartet Antworten. Es gilt die Unternehmensrichtlinie.',
      needToKnow: ['Mentor/in', 'HR-Businesspartner'],
      openedDaysAgo: 2,
      steps: [
        { kind: 'action', what: 'Mit Einverständnis beim HR-Businesspartner angesprochen.', informed: ['HR-Businesspartner'], outcome: 'HR spricht diese Woche mit dem Stakeholder.', daysAgo: 1 },
        { kind: 'status-change', what: 'Auf Wunsch der Mentee-Person darf nun auch die Führungskraft davon wissen.', informed: ['Führungskraft'], outcome: '', needToKnow: ['Mentor/in', 'HR-Businesspartner', 'Führungskraft'], daysAgo: 1 },
      ],
    },
  ],
};
