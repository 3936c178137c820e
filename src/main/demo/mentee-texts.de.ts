import type { MenteeTexts } from './mentee-texts';

/** Die Wörter der Mentee-Profile der Demo auf Deutsch: dieselben Listen wie `mentee-texts.ts`. */
export const de: MenteeTexts = {
  ROLES: ['Softwareentwicklung', 'Senior-Softwareentwicklung', 'Produktdesign', 'Datenanalyse', 'Engineering-Management', 'Produktmanagement', 'Qualitätssicherung', 'Site Reliability Engineering', 'UX-Forschung', 'Technische Teamleitung'],
  TEAMS: ['Zahlungsverkehr', 'Plattform', 'Wachstum', 'Mobile', 'Daten', 'Identität', 'Suche', 'Infrastruktur', 'Bestellabschluss', 'Designsysteme'],
  AIMS: ['Staff Engineer werden', 'Eine teamübergreifende Initiative leiten', 'Ins Engineering-Management wechseln', 'Einen Produktbereich ganz verantworten', 'Auf einer Fachkonferenz sprechen', 'Jüngere Kolleginnen und Kollegen begleiten', 'Tiefes Fachwissen in verteilten Systemen aufbauen', 'Zum Principal Designer wachsen'],
  STRENGTHS: ['Klare schriftliche Kommunikation', 'Ruhig unter Druck', 'Gutes Gespür bei der Fehlersuche', 'Neugierig und schnell im Lernen', 'Genießt das Vertrauen im Team', 'Gründliche Code-Reviews', 'Zerlegt Probleme geschickt', 'Einfühlsam gegenüber Nutzerinnen und Nutzern'],
  GAPS: ['Arbeit abgeben', 'Bei Umfangswünschen widersprechen', 'Vor der Geschäftsleitung präsentieren', 'Größere Vorhaben schätzen', 'Kritisches Feedback geben', 'Sichtbarkeit außerhalb des Teams', 'Konsequent priorisieren', 'Umgang mit Stakeholdern'],
  AREAS: ['Architektur-Reviews', 'Personalauswahl und Interviews', 'Störungsleitung', 'Öffentliches Sprechen', 'Produktstrategie', 'Maschinelles Lernen', 'Barrierefreiheit', 'Budgetplanung', 'Open Source', 'Sicherheit'],
  HORIZONS: ['1 Jahr', '2 Jahre', '3–5 Jahre'],
  aspiration: (aim: string) => `Ziel in drei Jahren: ${aim}.`,
};
