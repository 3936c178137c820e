import { describe, expect, it } from 'vitest';
import { writtenWords } from '../../../src/main/features/meetings/written';

/**
 * What the meetings code writes into the decision log and a note's title: English as it
 * always was (ISO dates, a kind in lower case inside a sentence), German in German.
 */
describe('the sentences written into records', () => {
  it('read in English as before', () => {
    const en = writtenWords('en');
    expect(en.noteTitle('formal-review', '2030-06-03')).toBe('Formal review of 2030-06-03');
    expect(en.withdrawn('Drop the weekly write-up')).toBe('Withdrawn: Drop the weekly write-up');
    expect(en.withdrawnWhy('informal-touchpoint', '2030-06-10')).toBe('Captured by mistake in the informal touchpoint of 2030-06-10; taken off that meeting.');
    expect(en.moveRhythm(-40)).toBe('Move the rest of the meeting rhythm 40 days earlier');
    expect(en.moveRhythm(1)).toBe('Move the rest of the meeting rhythm 1 day later');
    expect(en.moveRhythmWhy('pilot-review', '2030-02-17', '2030-01-08')).toBe('The pilot review planned for 2030-02-17 was held on 2030-01-08.');
    expect(en.moveRhythmChanged(1, 9)).toBe('1 planned meeting, each 9 days later');
    expect(en.converted('formal-review', '2030-06-03', 'focused-session')).toBe('Formal review of 2030-06-03 becomes a short focused session');
    expect(en.converted('informal-touchpoint', '2030-06-10', 'async-exercise')).toBe('Informal touchpoint of 2030-06-10 becomes an asynchronous exercise');
    expect(en.convertedChanged('formal-review', 'focused-session')).toBe('Meeting kind: Formal review → Short focused session');
  });

  it('read in German, with German dates and no English word', () => {
    const de = writtenWords('de');
    const all = [
      de.noteTitle('formal-review', '2030-06-03'),
      de.withdrawn('Wöchentlichen Bericht streichen'),
      de.withdrawnWhy('informal-touchpoint', '2030-06-10'),
      de.moveRhythm(-40),
      de.moveRhythmWhy('pilot-review', '2030-02-17', '2030-01-08'),
      de.moveRhythmChanged(3, -40),
      de.converted('formal-review', '2030-06-03', 'async-exercise'),
      de.convertedChanged('formal-review', 'focused-session'),
    ];
    expect(all).toEqual([
      'Formelles Review vom 3.6.2030',
      'Zurückgenommen: Wöchentlichen Bericht streichen',
      'Versehentlich im Treffen „Informeller Austausch“ vom 10.6.2030 erfasst; von diesem Treffen entfernt.',
      'Den übrigen Treffenrhythmus um 40 Tage vorziehen',
      'Das Treffen „Pilot-Review“, geplant für den 17.2.2030, fand am 8.1.2030 statt.',
      '3 geplante Treffen, jedes 40 Tage früher',
      'Formelles Review vom 3.6.2030 wird eine asynchrone Übung',
      'Art des Treffens: Formelles Review → Kurze fokussierte Sitzung',
    ]);
    expect(all.join(' ')).not.toMatch(/\b(of|the|meeting|days|earlier|becomes)\b/);
  });
});
