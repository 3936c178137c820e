import type { BuiltInTemplates } from './built-in';

/** Die mitgelieferten Vorlagen auf Deutsch: dieselben Einträge wie `built-in.en.ts`. */
export const de: BuiltInTemplates = {
  agendas: {
    'formal-review': [
      { title: 'Offene Aufgaben durchgehen', minutes: 10, context: 'actions' },
      { title: 'Selbsteinschätzung', minutes: 10, context: 'self-assessment' },
      { title: 'Ziele und Meilensteine', minutes: 20, context: 'goals' },
      { title: 'Feedback-Raster', minutes: 10, context: 'feedback' },
      { title: 'Erfolge würdigen', minutes: 5, context: 'wins' },
      { title: 'Nächste Schritte', minutes: 5, context: 'next-steps' },
    ],
    'pilot-review': [
      { title: 'Offene Aufgaben durchgehen', minutes: 5, context: 'actions' },
      { title: 'Selbsteinschätzung', minutes: 10, context: 'self-assessment' },
      { title: 'Ziele und Meilensteine', minutes: 15, context: 'goals' },
      { title: 'Wie lief die Pilotphase: weitermachen, anpassen oder beenden?', minutes: 10, context: 'free' },
      { title: 'Feedback-Raster', minutes: 10, context: 'feedback' },
      { title: 'Erfolge würdigen', minutes: 5, context: 'wins' },
      { title: 'Nächste Schritte', minutes: 5, context: 'next-steps' },
    ],
    'informal-touchpoint': [
      { title: 'Offene Aufgaben durchgehen', minutes: 10, context: 'actions' },
      { title: 'Erfolge seit dem letzten Mal', minutes: 5, context: 'wins' },
      { title: 'Hindernisse und nötige Unterstützung', minutes: 15, context: 'free' },
      { title: 'Nächste Schritte', minutes: 5, context: 'next-steps' },
    ],
    'focused-session': [
      { title: 'Offene Aufgaben durchgehen', minutes: 5, context: 'actions' },
      { title: 'Das eine Thema', minutes: 15, context: 'free' },
      { title: 'Nächste Schritte', minutes: 5, context: 'next-steps' },
    ],
    'async-exercise': [
      { title: 'Aufgabenstellung der Übung', minutes: 5, context: 'free' },
      { title: 'Selbsteinschätzung', minutes: 5, context: 'self-assessment' },
      { title: 'Offene Aufgaben durchgehen', minutes: 5, context: 'actions' },
      { title: 'Nächste Schritte', minutes: 5, context: 'next-steps' },
    ],
  },
  rubric: {
    name: 'Bewertungsraster für Reviews',
    dimensions: [
      {
        name: 'Ziele',
        descriptors: [
          'Die Ziele sind unklar oder werden nicht verfolgt',
          'Die Ziele sind klar; die Arbeit daran hat begonnen',
          'Stetiger, an der Kennzahl gemessener Fortschritt bei den meisten Zielen',
          'Ziele erreicht oder dem Plan voraus, mit gemessenen Ergebnissen',
        ],
      },
      {
        name: 'Meilensteine',
        descriptors: [
          'Meilensteine verfehlt, ohne Plan, den Rückstand aufzuholen',
          'Einige Meilensteine erreicht, andere verzögern sich',
          'Meilensteine pünktlich und mit Nachweis erreicht',
          'Meilensteine früher erreicht oder übertroffen, belegt durch greifbare Nachweise',
        ],
      },
      {
        name: 'Kompetenzentwicklung',
        descriptors: [
          'Keine sichtbare Veränderung bei den Schwerpunktfähigkeiten',
          'Übt die Schwerpunktfähigkeiten mit Unterstützung',
          'Wendet die Fähigkeiten selbstständig in der echten Arbeit an',
          'Vermittelt die Fähigkeiten anderen oder lebt sie vor',
        ],
      },
      {
        name: 'Verhaltensänderungen',
        descriptors: [
          'Gewohnheiten und Verhalten unverändert',
          'Einige neue Verhaltensweisen ausprobiert, noch nicht beständig',
          'Neue Verhaltensweisen beständig und von Kolleginnen und Kollegen bemerkt',
          'Verhalten verinnerlicht; andere fragen um Rat',
        ],
      },
    ],
  },
};
