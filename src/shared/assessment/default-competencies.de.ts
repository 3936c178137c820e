import type { DefaultCompetency } from './default-competencies';

/** Die Kompetenzliste eines neuen Tresors auf Deutsch: dieselben Einträge, in derselben Reihenfolge. */
export const de: DefaultCompetency[] = [
  { name: 'Zusammenarbeit', description: 'Arbeitet über Rollen und Teams hinweg auf gemeinsame Ergebnisse hin.' },
  { name: 'Problemlösung', description: 'Erfasst Probleme, wägt Optionen ab und trifft fundierte Entscheidungen.' },
  { name: 'Stakeholder-Kommunikation', description: 'Hält Beteiligte informiert, abgestimmt und zuversichtlich.' },
  { name: 'Führung', description: 'Gibt die Richtung vor, fördert andere und übernimmt Verantwortung.' },
  { name: 'Fachliche Meisterschaft', description: 'Tiefe und Urteilsvermögen im Handwerk der eigenen Rolle.' },
  { name: 'Sichtbarkeit', description: 'Arbeit und Wirkung sind über das eigene Team hinaus bekannt.' },
  { name: 'Schriftliche Kommunikation', description: 'Klare Dokumente, Vorschläge und Updates.' },
  { name: 'Strategisches Denken', description: 'Verbindet die tägliche Arbeit mit den längerfristigen Zielen der Organisation.' },
  { name: 'Feedback geben und annehmen', description: 'Übt konstruktive Kritik und setzt erhaltenes Feedback um.' },
  { name: 'Priorisierung', description: 'Wählt, was am meisten zählt, und sagt Nein zum Rest.' },
];
