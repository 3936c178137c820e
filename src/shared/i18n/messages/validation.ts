import type { SourceMessages, Translation } from '../define';

/**
 * The words of a refused field, in every language but English. English shows the shared
 * schema's own sentence, which names the field ("Title is required") because the bridge
 * and the CLI show it without the form around it. Beside a field in another language the
 * label is already on screen, so these say only what is wrong. `validation.rule.*` follow
 * the kind of check (src/shared/i18n/field-issue.ts); `validation.says.*` are the schemas'
 * own sentences, which the schemas take from here so that the English text is kept once.
 */
export const en = {
  'validation.rule.required': { message: 'Required', description: 'Beside an empty field that must be filled.' },
  'validation.rule.tooShort': { message: 'At least {min, plural, one {# character} other {# characters}}', description: 'Beside a text field that is too short. min: the least number of characters.' },
  'validation.rule.tooLong': { message: 'At most {max, plural, one {# character} other {# characters}}', description: 'Beside a text field that is too long. max: the most characters allowed.' },
  'validation.rule.tooFew': { message: 'At least {min, plural, one {# entry} other {# entries}}', description: 'Beside a list with too few entries.' },
  'validation.rule.tooMany': { message: 'At most {max, plural, one {# entry} other {# entries}}', description: 'Beside a list with too many entries.' },
  'validation.rule.tooLow': { message: 'At least {min, number}', description: 'Beside a number below the least allowed.' },
  'validation.rule.tooHigh': { message: 'At most {max, number}', description: 'Beside a number above the most allowed.' },
  'validation.rule.notDate': { message: 'Enter a date', description: 'Beside a date field holding something else.' },
  'validation.rule.notDateTime': { message: 'Enter a date and a time', description: 'Beside a date-and-time field holding something else.' },
  'validation.rule.notNumber': { message: 'Enter a number', description: 'Beside a number field holding something else.' },
  'validation.rule.notWholeNumber': { message: 'Enter a whole number', description: 'Beside a number field that takes whole numbers only.' },
  'validation.rule.chooseOne': { message: 'Choose one of the options', description: 'Beside a select or choice with nothing (or something unknown) chosen.' },
  'validation.rule.badForm': { message: 'Not in the expected form', description: 'Beside a field whose text has the wrong shape (an email, a link).' },
  'validation.rule.invalid': { message: 'Not valid', description: 'Beside a field refused for a reason with no words of its own.' },

  'validation.says.recalibrationReason': { message: 'Say why this recalibration is made', description: 'A goal is recalibrated without a reason.' },
  'validation.says.quantifiedNeedsValue': { message: 'A quantified improvement needs its value', description: 'A milestone indicator of the kind "quantified improvement" has no number.' },
  'validation.says.whatProvedIt': { message: 'Say what proved it: a line of evidence, a linked evidence record, or both', description: 'Completing a milestone without evidence.' },
  'validation.says.targetDiffersFromBaseline': { message: 'target value must differ from the baseline', description: 'A measurable goal whose target equals its baseline (the SMART letter is shown before it in English).' },
  'validation.says.targetDateAfterStart': { message: 'target date must not be before the start date', description: 'A goal whose target date is before its start.' },
  'validation.says.targetDateNotPast': { message: 'target date must not be in the past', description: 'A new goal with a target date already past.' },
  'validation.says.decisionLinkBoth': { message: 'Choose both the kind and the item it changed, or neither', description: 'A decision linked to a kind of record without the record, or the other way round.' },
  'validation.says.glossaryTermOnce': { message: 'Each term appears once in the glossary', description: 'The charter glossary holds the same term twice.' },
  'validation.says.ratingByEither': { message: 'Give a rating by the mentor, the mentee or both', description: 'An assessment rating row with neither rating.' },
  'validation.says.competencyOncePerRound': { message: 'Each competency is rated once per round', description: 'An assessment round rates one competency twice.' },
  'validation.says.competencyOncePerResponse': { message: 'Each competency is rated once per response', description: 'A 360 feedback response rates one competency twice.' },
  'validation.says.writeSomething': { message: 'Write something in the note', description: 'Saving an empty note.' },
  'validation.says.fromNotAfterTo': { message: '"From" must not be after "To"', description: 'A date range that ends before it starts (fields named From and To).' },
  'validation.says.describeEvidence': { message: 'Describe the evidence or link an evidence record', description: 'Evidence captured in a meeting with neither text nor a linked record.' },
  'validation.says.rateGoalOnce': { message: 'Rate each goal once', description: 'A meeting rates one goal twice.' },
  'validation.says.newTargetDateOrValue': { message: 'Give a new target date or target value', description: 'A recalibration proposed in a meeting that changes nothing.' },
  'validation.says.timeZone': { message: 'Time zone must be an IANA name such as Europe/Berlin', description: 'An unknown time zone name. Keep "Europe/Berlin" as it is.' },
  'validation.says.renewalAfterAward': { message: 'Renewal due must not be before the award date', description: 'A credential whose renewal date is before its award.' },
  'validation.says.hoursAboveZero': { message: 'Hours must be more than 0', description: 'Training or supervision with no hours.' },
  'validation.says.reflectionPart': { message: 'Write at least one part of the reflection', description: 'Saving an empty reflection.' },
  'validation.says.toNotBeforeFrom': { message: 'To must not be before From', description: 'A period in the mentor log that ends before it starts.' },
  'validation.says.whyLengthDiffers': { message: 'Say why the length differs', description: 'A meeting counted with other minutes than it lasted, without a reason.' },
  'validation.says.groupSize': { message: 'Say how many were in the group', description: 'Group mentoring hours without the group size.' },
  'validation.says.dimensionOnce': { message: 'Each dimension appears once', description: 'A rubric names one dimension twice.' },
  'validation.says.periodBothEnds': { message: 'Give both the start and the end of the period', description: 'A period with only one end.' },
  'validation.says.periodInOrder': { message: 'The period must not end before it starts', description: 'A period that ends before it starts.' },
  'validation.says.escalationChange': { message: 'Choose what changes: status, severity or who may know', description: 'An escalation update that changes nothing.' },
  'validation.says.formMeeting': { message: 'Choose the meeting the self-assessment is for', description: 'Making a self-assessment form without its meeting.' },
  'validation.says.formRelationship': { message: 'Choose how the rater works with the mentee', description: 'Making a 360 feedback form without the relationship.' },
  'validation.says.reportEndsAfterStart': { message: 'The period must end on or after its first day', description: 'A progress report period that ends before it starts.' },
  'validation.says.reportTenYears': { message: 'A report covers at most ten years', description: 'A progress report period longer than ten years.' },
} as const satisfies SourceMessages;

export const de: Translation<typeof en> = {
  'validation.rule.required': 'Bitte ausfüllen',
  'validation.rule.tooShort': 'Mindestens {min, plural, one {# Zeichen} other {# Zeichen}}',
  'validation.rule.tooLong': 'Höchstens {max, plural, one {# Zeichen} other {# Zeichen}}',
  'validation.rule.tooFew': 'Mindestens {min, plural, one {# Eintrag} other {# Einträge}}',
  'validation.rule.tooMany': 'Höchstens {max, plural, one {# Eintrag} other {# Einträge}}',
  'validation.rule.tooLow': 'Mindestens {min, number}',
  'validation.rule.tooHigh': 'Höchstens {max, number}',
  'validation.rule.notDate': 'Geben Sie ein Datum ein',
  'validation.rule.notDateTime': 'Geben Sie Datum und Uhrzeit ein',
  'validation.rule.notNumber': 'Geben Sie eine Zahl ein',
  'validation.rule.notWholeNumber': 'Geben Sie eine ganze Zahl ein',
  'validation.rule.chooseOne': 'Wählen Sie eine der Möglichkeiten',
  'validation.rule.badForm': 'Nicht in der erwarteten Form',
  'validation.rule.invalid': 'Ungültig',

  'validation.says.recalibrationReason': 'Sagen Sie, warum neu kalibriert wird',
  'validation.says.quantifiedNeedsValue': 'Eine messbare Verbesserung braucht ihren Wert',
  'validation.says.whatProvedIt': 'Sagen Sie, was es belegt: eine Zeile als Nachweis, einen verknüpften Nachweis oder beides',
  'validation.says.targetDiffersFromBaseline': 'Der Zielwert muss sich vom Ausgangswert unterscheiden',
  'validation.says.targetDateAfterStart': 'Das Zieldatum darf nicht vor dem Startdatum liegen',
  'validation.says.targetDateNotPast': 'Das Zieldatum darf nicht in der Vergangenheit liegen',
  'validation.says.decisionLinkBoth': 'Wählen Sie die Art und den geänderten Eintrag, oder keines von beiden',
  'validation.says.glossaryTermOnce': 'Jeder Begriff steht nur einmal im Glossar',
  'validation.says.ratingByEither': 'Geben Sie eine Bewertung durch Mentor, Mentee oder beide an',
  'validation.says.competencyOncePerRound': 'Jede Kompetenz wird pro Runde nur einmal bewertet',
  'validation.says.competencyOncePerResponse': 'Jede Kompetenz wird pro Rückmeldung nur einmal bewertet',
  'validation.says.writeSomething': 'Schreiben Sie etwas in die Notiz',
  'validation.says.fromNotAfterTo': '„Von“ darf nicht nach „Bis“ liegen',
  'validation.says.describeEvidence': 'Beschreiben Sie den Nachweis oder verknüpfen Sie einen Nachweis-Eintrag',
  'validation.says.rateGoalOnce': 'Bewerten Sie jedes Ziel nur einmal',
  'validation.says.newTargetDateOrValue': 'Geben Sie ein neues Zieldatum oder einen neuen Zielwert an',
  'validation.says.timeZone': 'Die Zeitzone muss ein IANA-Name sein, etwa Europe/Berlin',
  'validation.says.renewalAfterAward': 'Die Verlängerung darf nicht vor dem Verleihungsdatum fällig sein',
  'validation.says.hoursAboveZero': 'Die Stunden müssen mehr als 0 sein',
  'validation.says.reflectionPart': 'Schreiben Sie mindestens einen Teil der Reflexion',
  'validation.says.toNotBeforeFrom': '„Bis“ darf nicht vor „Von“ liegen',
  'validation.says.whyLengthDiffers': 'Sagen Sie, warum die Dauer abweicht',
  'validation.says.groupSize': 'Sagen Sie, wie viele Personen in der Gruppe waren',
  'validation.says.dimensionOnce': 'Jede Dimension steht nur einmal da',
  'validation.says.periodBothEnds': 'Geben Sie Anfang und Ende des Zeitraums an',
  'validation.says.periodInOrder': 'Der Zeitraum darf nicht enden, bevor er beginnt',
  'validation.says.escalationChange': 'Wählen Sie, was sich ändert: Status, Schweregrad oder wer davon wissen darf',
  'validation.says.formMeeting': 'Wählen Sie das Treffen, für das die Selbsteinschätzung ist',
  'validation.says.formRelationship': 'Wählen Sie, wie die bewertende Person mit der Mentee zusammenarbeitet',
  'validation.says.reportEndsAfterStart': 'Der Zeitraum muss am ersten Tag oder danach enden',
  'validation.says.reportTenYears': 'Ein Bericht umfasst höchstens zehn Jahre',
};

/** A schema's own sentence, in English, from the one place it is written. */
export function says(id: keyof typeof en & `validation.says.${string}`): string {
  return en[id].message;
}
