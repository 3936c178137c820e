import type { PracticeTexts } from './practice-texts';

/** Die 360°-Antworten und die eigene Praxis der Mentorin in der Demo, auf Deutsch: dieselben Listen wie `practice-texts.ts`. */
export const de: PracticeTexts = {
  STRENGTHS: [
    'Erklärt Abwägungen so, dass alle im Raum folgen können.',
    'Räumt anderen still Hindernisse aus dem Weg und nimmt nie die Anerkennung dafür in Anspruch.',
    'Reviews sind gründlich und freundlich; ich lerne aus jedem etwas.',
    'Bleibt bei Störungen ruhig und schreibt die klarsten Zeitabläufe.',
    'Bringt die Sicht der Kundschaft in jede Designdiskussion ein.',
    'Hält jede Zusage ein, die in einem Treffen gemacht wurde.',
  ],
  CHANGES: [
    'Öfter Nein sagen: Das Team sieht die Überlastung früher als Sie.',
    'Entwürfe früher teilen, statt zu warten, bis sie ausgefeilt sind.',
    'In den größeren Runden das Wort ergreifen; die Ideen sind gut.',
    'Die Arbeit an den Runbooks der Rufbereitschaft an die Neueren abgeben.',
    '',
  ],
  TRAINING: [
    ['course', 'Grundlagen der Coaching-Praxis', 'Coaching-Akademie', 30, ['Aktives Zuhören', 'Wirkungsvolle Fragen', 'Ethik']],
    ['workshop', 'Feedback geben, das ankommt', 'Interne Personalentwicklung', 6, ['Direkte Kommunikation', 'Feedback']],
    ['course', 'Mentoring über Unterschiede hinweg', 'Netzwerk Inklusive Führung', 12, ['Kulturelles Bewusstsein', 'Vertrauen und Sicherheit']],
    ['conference', 'Coaching- und Mentoring-Konferenz: zwei Tage', 'EMCC-Landesverband', 14, ['Bewusstsein wecken', 'Supervision']],
    ['certificate', 'Zertifikat Teamcoaching', 'Coaching-Akademie', 24, ['Teamdynamik', 'Auftragsklärung']],
  ],
  SUPERVISORS: ['Dr. Helen Marsh', 'Samir Haddad', 'Kollegiale Supervisionsgruppe'],
  THEMES: [
    'Grenzen wahren, wenn eine Mentee-Person Rat zu einem Konflikt mit der Führungskraft sucht',
    'Meinen Drang bemerken, Lösungen zu liefern, statt zu fragen',
    'Vertraulichkeit vereinbaren, wenn eine Förderin mit im Raum ist',
    'Wann eine Empfehlung an professionelle Unterstützung angebracht ist',
  ],
  REFLECTIONS: [
    ['Eine Sitzung ist vierzig Minuten lang in Statusberichte abgeglitten.', 'Eine Tagesordnung, die der Mentee-Person gehört, hält die Zeit bei der Entwicklung statt beim Berichten.', 'Vor Beginn nach dem einen Thema fragen, das am meisten zählt.'],
    ['Ich habe meine eigene Laufbahn als Antwort erzählt.', 'Mein Weg ist nur ein Beispiel; Fragen öffnen mehr Türen als Anekdoten.', 'Zehn Sekunden Stille abwarten, bevor ich ein Beispiel anbiete.'],
    ['Die Mentee-Person kam nach einer Umstrukturierung aufgewühlt an.', 'Erst das Gefühl zu benennen, hat das Planungsgespräch möglich gemacht.', 'Vor der Tagesordnung nach der Energie fragen.'],
    ['Ein Ziel wurde zweimal verfehlt, und wir haben es neu gesetzt, ohne nach dem Grund zu fragen.', 'Neu zu kalibrieren ohne Begründung lehrt, dass Termine nicht zählen.', 'Den Grund immer gemeinsam aufschreiben.'],
  ],
  GOAL: {
    title: 'Die PCC-Stunden erreichen',
    statement: 'Die Klientenstunden und die Weiterbildung nachweisen, die das PCC-Zertifikat verlangt.',
    metric: 'Erfasste Klientenstunden',
    unit: 'Stunden',
    whyRealistic: 'Acht Mentees treffen sich alle zwei Wochen; das sind etwa 200 Stunden im Jahr.',
    whyRelevant: 'Mit dem Zertifikat kann ich im unternehmensweiten Programm mentorieren.',
    supportNeeded: 'Monatliche Supervision',
  },
  pseudonym: (letter: string) => `Klient/in ${letter}`,
  longSessionReason: 'Wir haben überzogen, um den Beförderungsantrag fertigzustellen.',
};
