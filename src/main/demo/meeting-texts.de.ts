import type { MeetingTexts } from './meeting-texts';

/** Was die Treffen der Demo festhalten, auf Deutsch: dieselben Listen wie `meeting-texts.ts`. */
export const de: MeetingTexts = {
  NOTES: [
    'Die Woche durchgegangen; die Migration liegt im Plan, aber das Review-Feedback kommt nur langsam.',
    'Die meiste Zeit ging in den Beförderungsantrag und die Frage, welche Nachweise noch fehlen.',
    'Über das Neinsagen gesprochen: Zwei Termine sind schon aus dem Kalender gestrichen.',
    'Mehr Energie als beim letzten Mal. Die Rufbereitschaft ist vorbei.',
    'Den Architekturvortrag gemeinsam vorbereitet; die Fünf-Minuten-Fassung funktioniert.',
    'Die Gliederung des Designdokuments besprochen; der Abschnitt zu den Abwägungen braucht Zahlen.',
  ],
  WINS: [
    'Das Design-Review für den Zahlungsverkehr von Anfang bis Ende geleitet',
    'Demo vor der Produktgruppe lief reibungslos',
    'Erste Woche Rufbereitschaft ohne Eskalation',
    'Den Abgleichsfehler vor dem Termin behoben und ausgeliefert',
    'Unaufgefordertes Lob vom Datenteam bekommen',
    'Die Retro moderiert und die Zeit eingehalten',
  ],
  ACTIONS: [
    ['Das einseitige Designdokument entwerfen', 'mentee'],
    ['Mit dem Principal Architect bekannt machen', 'mentor'],
    ['Einen Termin mit der Produktleitung zur Roadmap vereinbaren', 'mentee'],
    ['Den Artikel über Staff-Engineer-Archetypen teilen', 'mentor'],
    ['Den Fünf-Minuten-Vortrag mit einem Kollegen üben', 'mentee'],
    ['Um die Leitung der nächsten Störungsnachbetrachtung bitten', 'mentee'],
    ['Die Nominierungsfrist für die Vortragsreihe prüfen', 'mentor'],
    ['Jeden Freitag drei Erfolge aufschreiben', 'mentee'],
  ],
  DECISIONS: [
    ['Das nächste Quartal auf Stakeholder-Kommunikation ausrichten', 'Das Feedback zweier Kollegen weist in dieselbe Richtung.'],
    ['Den zweiten Artikel ruhen lassen, bis der Vortrag gehalten ist', 'Für beides reicht die Zeit nicht; der Vortrag hat einen festen Termin.'],
    ['Den Austausch auf Montagvormittag legen', 'Freitags fiel er immer wieder wegen Releases aus.'],
    ['Das Zertifizierungsziel streichen', 'Es dient dem Karriereziel nicht mehr; das Team hat den Technologie-Stack gewechselt.'],
  ],
  EVIDENCE: ['Lebenslauf um die neuen Aufgaben ergänzt', 'Dashboard der Review-Antwortzeiten', 'Feedback von Kollegen aus dem Plattformteam', 'Folien der Demo'],
  REFLECTIONS: ['Fühle mich in Reviews sicherer; in Besprechungen weiche ich Konflikten noch aus.', 'Voller Monat. Beim Schreibziel weniger Fortschritt als erhofft.', 'Der Vortrag lief besser als erwartet.'],
  skippedReason: 'Dienstreise',
  convertedReason: 'Release-Stress in dieser Woche; kurz halten.',
  scoreComment: 'Stetiger Fortschritt seit dem letzten Review.',
};
