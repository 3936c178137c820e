import type { SourceMessages, Translation } from '../define';

/**
 * The words printed on the exchange forms (the fillable PDFs a mentee or a rater fills in),
 * and the names the forms are saved under. Only what is shown changes with the language:
 * the fields' names and the choices' values stay the same, so a form in any language imports.
 */
export const en = {
  'formPdf.saveAndSend': {
    message: 'Then save the file (File > Save, not Print) and send it back to your mentor.',
    description: 'Form instructions: how to return the form. Keep the menu names as the reader’s menus say them.',
  },
  'formPdf.inYourWords': { message: 'In your words', description: 'Form heading before the free-text boxes.' },

  'formPdf.self.title': { message: 'Self-assessment for {mentee}', description: 'Title of the self-assessment form; mentee is a name.' },
  'formPdf.self.before': { message: 'Before the meeting “{meeting}” on {date}.', description: 'Under the title; meeting is its title, date a long date.' },
  'formPdf.self.intro': {
    message: 'Fill in the boxes in any PDF reader. Leave blank what you would rather talk about in person.',
    description: 'Instructions on the self-assessment form (followed by how to return it).',
  },
  'formPdf.self.goals': { message: 'Your goals', description: 'Form heading.' },
  'formPdf.self.noGoals': { message: 'No open goals yet.', description: 'When the mentee has no open goal.' },
  'formPdf.self.goalRating': {
    message: '{goal} (target {date}): how is it going, 1 (not started) to 5 (done)?',
    description: 'Label beside the 1-5 rating of a goal; goal is its title, date a short date.',
  },
  'formPdf.self.milestone': { message: 'Open milestone: {milestone}, due {date}', description: 'Under a goal; date is a short date.' },
  'formPdf.self.goalComment': { message: 'A word on “{goal}” (optional)', description: 'Label of the comment box of a goal.' },
  'formPdf.self.rubric': { message: 'The review rubric', description: 'Form heading of the rubric dimensions.' },
  'formPdf.self.rubricIntro': {
    message: 'Rate yourself on each dimension; the levels say what each number means.',
    description: 'Under the rubric heading.',
  },
  'formPdf.self.actions': { message: 'Open action items', description: 'Form heading.' },
  'formPdf.self.actionsIntro': { message: 'Tick each one that is done.', description: 'Under the action items heading.' },
  'formPdf.self.reflection': { message: 'Reflection: how have the weeks since the last meeting gone?', description: 'Label of a large text box.' },
  'formPdf.self.wins': { message: 'Wins', description: 'Label of a text box: successes since the last meeting.' },
  'formPdf.self.winsHint': { message: 'One per line.', description: 'Under the wins label.' },
  'formPdf.self.evidence': { message: 'Evidence of progress', description: 'Label of a text box.' },
  'formPdf.self.evidenceHint': {
    message: 'One per line: a result, feedback received, a link to a piece of work.',
    description: 'Under the evidence label.',
  },

  'formPdf.checkIn.title': { message: 'Progress check-in for {mentee}', description: 'Title of the check-in form.' },
  'formPdf.checkIn.intro': {
    message: 'Update your deadlines and write a short report in any PDF reader. Write dates as YYYY-MM-DD, such as 2026-03-31.',
    description: 'Instructions on the check-in form (followed by how to return it). Dates must still be typed as 2026-03-31: translate the pattern’s letters only.',
  },
  'formPdf.checkIn.deadlines': { message: 'Your deadlines', description: 'Form heading.' },
  'formPdf.checkIn.noDeadlines': { message: 'No open deadlines yet: set some below.', description: 'When there is no open deadline.' },
  'formPdf.checkIn.deadline': { message: '{deadline} (due {date})', description: 'A deadline the mentee set; date is a short date.' },
  'formPdf.checkIn.met': { message: 'Met on (date), if it is done', description: 'Label of a date box.' },
  'formPdf.checkIn.moved': { message: 'Moved to (new date), if it moved', description: 'Label of a date box.' },
  'formPdf.checkIn.newDeadlines': { message: 'New deadlines', description: 'Form heading.' },
  'formPdf.checkIn.newWhat': { message: 'New deadline {number}: what', description: 'Label of a text box.' },
  'formPdf.checkIn.newBy': { message: 'New deadline {number}: by (date)', description: 'Label of a date box.' },
  'formPdf.checkIn.report': { message: 'Progress report', description: 'Form heading.' },
  'formPdf.checkIn.attempted': { message: 'What did you attempt?', description: 'Label of a text box.' },
  'formPdf.checkIn.learned': { message: 'What did you learn?', description: 'Label of a text box.' },
  'formPdf.checkIn.adjusted': { message: 'What did you adjust as a result?', description: 'Label of a text box.' },

  'formPdf.feedback.title': { message: 'Feedback for {mentee}', description: 'Title of the feedback form.' },
  'formPdf.feedback.askedAs': {
    message:
      'Asked of you as their {relationship, select, manager {manager} peer {peer} directReport {direct report} stakeholder {stakeholder} other {colleague}}.',
    description: 'Under the title: what the rater is to the person rated (directReport: someone who reports to them).',
  },
  'formPdf.feedback.intro': {
    message:
      'Choose a rating for each competency and write a few words below, in any PDF reader, then save the file (File > Save, not Print) and send it back. Your answers are combined with other raters’ and never shown on their own to the person you rate.',
    description: 'Instructions on the feedback form.',
  },
  'formPdf.feedback.scale': { message: 'The scale', description: 'Form heading of the 1-5 scale.' },
  'formPdf.feedback.scale.1': { message: 'Rarely seen; a clear gap', description: 'What a rating of 1 means.' },
  'formPdf.feedback.scale.2': { message: 'Sometimes seen; still developing', description: 'What a rating of 2 means.' },
  'formPdf.feedback.scale.3': { message: 'Seen consistently at the level the role needs', description: 'What a rating of 3 means.' },
  'formPdf.feedback.scale.4': { message: 'A strength, often beyond what the role needs', description: 'What a rating of 4 means.' },
  'formPdf.feedback.scale.5': { message: 'An example others learn from', description: 'What a rating of 5 means.' },
  'formPdf.feedback.competencies': { message: 'Competencies', description: 'Form heading.' },
  'formPdf.feedback.strengths': { message: 'Strengths: what does this person do well?', description: 'Label of a text box.' },
  'formPdf.feedback.change': { message: 'One thing to change that would make the biggest difference', description: 'Label of a text box.' },
  'formPdf.feedback.raterName': { message: 'Your name (optional)', description: 'Label of the rater’s name.' },

  'formPdf.charter.title': { message: 'Charter draft for {mentee}: your comments', description: 'Title of the charter comments form.' },
  'formPdf.charter.docTitle': { message: 'Charter draft for {mentee}', description: 'The PDF’s title (its metadata, in the reader’s title bar).' },
  'formPdf.charter.version': { message: 'Version {version}, a draft not yet agreed.', description: 'Under the title.' },
  'formPdf.charter.intro': {
    message:
      'Read each part of the draft and write what you would change or ask in the box below it, in any PDF reader; leave a box empty where you agree.',
    description: 'Instructions on the charter comments form (followed by how to return it).',
  },
  'formPdf.charter.yourComment': { message: 'Your comment', description: 'Label of the box under each part of the charter.' },
  'formPdf.charter.general': { message: 'In general', description: 'Form heading of the comment on the whole charter.' },
  'formPdf.charter.generalComment': { message: 'Anything else about the charter as a whole', description: 'Label of a text box.' },
  'formPdf.charter.mentorRoles': { message: 'The mentor:', description: 'Before the list of the mentor’s roles.' },
  'formPdf.charter.menteeRoles': { message: 'The mentee:', description: 'Before the list of the mentee’s roles.' },
  'formPdf.charter.meetings': {
    message:
      'Meetings {frequency, select, weekly {every week} biweekly {every two weeks} other {every month}}, {minutes, plural, one {# minute} other {# minutes}}, {format, select, inPerson {in person} video {by video} phone {by phone} other {asynchronously}}.',
    description: 'The agreed meeting rhythm, one sentence.',
  },
  'formPdf.charter.topics': { message: 'Topics:', description: 'Before the list of topics of the meetings.' },
  'formPdf.charter.reviews': { message: 'Formal reviews: {formal}. Informal touchpoints: {informal}.', description: 'The review rhythm, one sentence.' },
  'formPdf.charter.everyWeeks': { message: 'every {count, plural, one {week} other {# weeks}}', description: 'A rhythm, inside a sentence.' },
  'formPdf.charter.asAgreed': { message: 'as agreed', description: 'Formal reviews with no rhythm set, inside a sentence.' },
  'formPdf.charter.asNeeded': { message: 'as needed', description: 'Touchpoints with no rhythm set, inside a sentence.' },
  'formPdf.charter.progress': { message: 'Meaningful progress each quarter:', description: 'Before the list of what counts as progress.' },
  'formPdf.charter.pilot': {
    message:
      '{weeks, plural, one {# week} other {# weeks}} from {start}; the first formal review {review, select, none {on its last day} other {on {date}}}.',
    description: 'The pilot period; start and date are long dates; review is none when no date is set.',
  },
  'formPdf.charter.pilotUnset': {
    message: '{weeks, plural, one {# week} other {# weeks}}; the start date is not set yet.',
    description: 'The pilot period without a start date.',
  },

  'formPdf.fileName.self-assessment': { message: 'self-assessment-{mentee}-{date}', description: 'File name the form is saved under (no extension); keep it free of / \\ : * ? " < > |.' },
  'formPdf.fileName.check-in': { message: 'check-in-{mentee}', description: 'File name the form is saved under (no extension).' },
  'formPdf.fileName.charter-comments': { message: 'charter-comments-{mentee}-v{version}', description: 'File name the form is saved under (no extension).' },
  'formPdf.fileName.feedback': {
    message:
      'feedback-{mentee}-{relationship, select, manager {manager} peer {peer} directReport {direct-report} stakeholder {stakeholder} other {other}}',
    description: 'File name the form is saved under (no extension); the rater’s relationship, hyphens for spaces.',
  },
} as const satisfies SourceMessages;

export const de: Translation<typeof en> = {
  'formPdf.saveAndSend': 'Speichern Sie dann die Datei (Datei > Speichern, nicht Drucken) und schicken Sie sie an Ihre Mentorin oder Ihren Mentor zurück.',
  'formPdf.inYourWords': 'In Ihren Worten',

  'formPdf.self.title': 'Selbsteinschätzung für {mentee}',
  'formPdf.self.before': 'Vor dem Treffen „{meeting}“ am {date}.',
  'formPdf.self.intro': 'Füllen Sie die Felder in einem beliebigen PDF-Reader aus. Lassen Sie frei, worüber Sie lieber persönlich sprechen möchten.',
  'formPdf.self.goals': 'Ihre Ziele',
  'formPdf.self.noGoals': 'Noch keine offenen Ziele.',
  'formPdf.self.goalRating': '{goal} (Zieldatum {date}): Wie läuft es, von 1 (nicht begonnen) bis 5 (erreicht)?',
  'formPdf.self.milestone': 'Offener Meilenstein: {milestone}, fällig am {date}',
  'formPdf.self.goalComment': 'Ein Wort zu „{goal}“ (optional)',
  'formPdf.self.rubric': 'Das Bewertungsraster des Reviews',
  'formPdf.self.rubricIntro': 'Schätzen Sie sich in jeder Dimension ein; die Stufen sagen, was jede Zahl bedeutet.',
  'formPdf.self.actions': 'Offene Aufgaben',
  'formPdf.self.actionsIntro': 'Haken Sie jede Aufgabe ab, die erledigt ist.',
  'formPdf.self.reflection': 'Reflexion: Wie sind die Wochen seit dem letzten Treffen verlaufen?',
  'formPdf.self.wins': 'Erfolge',
  'formPdf.self.winsHint': 'Ein Erfolg pro Zeile.',
  'formPdf.self.evidence': 'Nachweise für Fortschritt',
  'formPdf.self.evidenceHint': 'Ein Nachweis pro Zeile: ein Ergebnis, erhaltenes Feedback, ein Link zu einer Arbeit.',

  'formPdf.checkIn.title': 'Fortschritts-Check-in für {mentee}',
  'formPdf.checkIn.intro': 'Aktualisieren Sie Ihre Fristen und schreiben Sie einen kurzen Bericht, in einem beliebigen PDF-Reader. Schreiben Sie Daten als JJJJ-MM-TT, etwa 2026-03-31.',
  'formPdf.checkIn.deadlines': 'Ihre Fristen',
  'formPdf.checkIn.noDeadlines': 'Noch keine offenen Fristen: Legen Sie unten welche fest.',
  'formPdf.checkIn.deadline': '{deadline} (fällig am {date})',
  'formPdf.checkIn.met': 'Erledigt am (Datum), falls erledigt',
  'formPdf.checkIn.moved': 'Verschoben auf (neues Datum), falls verschoben',
  'formPdf.checkIn.newDeadlines': 'Neue Fristen',
  'formPdf.checkIn.newWhat': 'Neue Frist {number}: was',
  'formPdf.checkIn.newBy': 'Neue Frist {number}: bis (Datum)',
  'formPdf.checkIn.report': 'Fortschrittsbericht',
  'formPdf.checkIn.attempted': 'Was haben Sie versucht?',
  'formPdf.checkIn.learned': 'Was haben Sie gelernt?',
  'formPdf.checkIn.adjusted': 'Was haben Sie daraufhin angepasst?',

  'formPdf.feedback.title': 'Feedback für {mentee}',
  'formPdf.feedback.askedAs':
    'Sie werden als {relationship, select, manager {Führungskraft} peer {Kollegin oder Kollege} directReport {direkt unterstellte Person} stakeholder {Stakeholder} other {Kontaktperson}} dieser Person um Ihre Einschätzung gebeten.',
  'formPdf.feedback.intro':
    'Wählen Sie für jede Kompetenz eine Bewertung und schreiben Sie unten ein paar Worte, in einem beliebigen PDF-Reader; speichern Sie dann die Datei (Datei > Speichern, nicht Drucken) und schicken Sie sie zurück. Ihre Antworten werden mit denen anderer Personen zusammengefasst und der bewerteten Person nie einzeln gezeigt.',
  'formPdf.feedback.scale': 'Die Skala',
  'formPdf.feedback.scale.1': 'Selten zu sehen; eine deutliche Lücke',
  'formPdf.feedback.scale.2': 'Manchmal zu sehen; noch in Entwicklung',
  'formPdf.feedback.scale.3': 'Durchgängig auf dem Niveau zu sehen, das die Rolle verlangt',
  'formPdf.feedback.scale.4': 'Eine Stärke, oft über das hinaus, was die Rolle verlangt',
  'formPdf.feedback.scale.5': 'Ein Vorbild, von dem andere lernen',
  'formPdf.feedback.competencies': 'Kompetenzen',
  'formPdf.feedback.strengths': 'Stärken: Was macht diese Person gut?',
  'formPdf.feedback.change': 'Eine Sache, deren Änderung den größten Unterschied machen würde',
  'formPdf.feedback.raterName': 'Ihr Name (optional)',

  'formPdf.charter.title': 'Entwurf der Vereinbarung für {mentee}: Ihre Kommentare',
  'formPdf.charter.docTitle': 'Entwurf der Vereinbarung für {mentee}',
  'formPdf.charter.version': 'Version {version}, ein noch nicht vereinbarter Entwurf.',
  'formPdf.charter.intro':
    'Lesen Sie jeden Teil des Entwurfs und schreiben Sie in das Feld darunter, was Sie ändern oder fragen möchten, in einem beliebigen PDF-Reader; lassen Sie ein Feld leer, wo Sie zustimmen.',
  'formPdf.charter.yourComment': 'Ihr Kommentar',
  'formPdf.charter.general': 'Allgemein',
  'formPdf.charter.generalComment': 'Sonstiges zur Vereinbarung als Ganzes',
  'formPdf.charter.mentorRoles': 'Mentor/in:',
  'formPdf.charter.menteeRoles': 'Mentee:',
  'formPdf.charter.meetings':
    'Treffen {frequency, select, weekly {jede Woche} biweekly {alle zwei Wochen} other {jeden Monat}}, {minutes, plural, one {# Minute} other {# Minuten}}, {format, select, inPerson {persönlich} video {per Video} phone {per Telefon} other {asynchron}}.',
  'formPdf.charter.topics': 'Themen:',
  'formPdf.charter.reviews': 'Formelle Reviews: {formal}. Informeller Austausch: {informal}.',
  'formPdf.charter.everyWeeks': '{count, plural, one {jede Woche} other {alle # Wochen}}',
  'formPdf.charter.asAgreed': 'wie vereinbart',
  'formPdf.charter.asNeeded': 'nach Bedarf',
  'formPdf.charter.progress': 'Bedeutsamer Fortschritt je Quartal:',
  'formPdf.charter.pilot':
    '{weeks, plural, one {# Woche} other {# Wochen}} ab dem {start}; das erste formelle Review {review, select, none {an ihrem letzten Tag} other {am {date}}}.',
  'formPdf.charter.pilotUnset': '{weeks, plural, one {# Woche} other {# Wochen}}; das Startdatum steht noch nicht fest.',

  'formPdf.fileName.self-assessment': 'Selbsteinschätzung-{mentee}-{date}',
  'formPdf.fileName.check-in': 'Check-in-{mentee}',
  'formPdf.fileName.charter-comments': 'Kommentare-Vereinbarung-{mentee}-v{version}',
  'formPdf.fileName.feedback':
    'Feedback-{mentee}-{relationship, select, manager {Führungskraft} peer {Kollegin-Kollege} directReport {unterstellte-Person} stakeholder {Stakeholder} other {Andere}}',
};
