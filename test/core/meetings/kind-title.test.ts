import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTitleLocale, kindTitle } from '../../../src/shared/meetings/kind-title';
import { addMentee, openMeetingVault, type MeetingVault } from './harness';

/**
 * A meeting's title is the kind's name until the mentor gives it one; a German vault's
 * demo writes that name in German. Turned into another kind, a title that is still a
 * kind's name follows the kind, in its own language; the mentor's own title stays.
 */
let v: MeetingVault;
let menteeId: number;
beforeAll(async () => {
  v = await openMeetingVault('kind-title');
  menteeId = (await addMentee(v)).id;
});
afterAll(() => v.close());

const planned = (title: string, date: string) =>
  v.call('meetings.create', { menteeId, kind: 'formal-review', title, date, time: '10:00', timeZone: 'UTC' });

describe('the default title of a meeting', () => {
  it('is the kind in each language, and recognised as such', () => {
    expect(kindTitle('formal-review')).toBe('Formal review');
    expect(kindTitle('formal-review', 'de')).toBe('Formelles Review');
    expect(kindTitle('focused-session', 'de')).toBe('Kurze fokussierte Sitzung');
    expect(defaultTitleLocale('formal-review', 'Formelles Review')).toBe('de');
    expect(defaultTitleLocale('formal-review', 'Formal review')).toBe('en');
    expect(defaultTitleLocale('formal-review', 'Quarterly check')).toBeUndefined();
  });

  it('follows a conversion in its own language; a title of the mentor’s stays', async () => {
    const german = await planned('Formelles Review', '2030-03-04');
    const english = await planned('', '2030-03-05');
    const own = await planned('Quartalsgespräch', '2030-03-06');
    expect(english.title).toBe('Formal review');
    for (const m of [german, english, own]) await v.call('meetings.convert', { id: m.id, kind: 'focused-session', reason: 'Release week' });
    const title = async (id: number) => (await v.call('meetings.get', { id })).title;
    expect(await title(german.id)).toBe('Kurze fokussierte Sitzung');
    expect(await title(english.id)).toBe('Short focused session');
    expect(await title(own.id)).toBe('Quartalsgespräch');
  });

  it('is written in the language the screens ask for, and a language outside the catalogue is refused', async () => {
    const german = await v.call('meetings.create', { menteeId, kind: 'formal-review', date: '2030-04-01', time: '10:00', timeZone: 'UTC', locale: 'de' });
    expect(german.title).toBe('Formelles Review');
    await expect(v.call('meetings.create', { menteeId, kind: 'formal-review', date: '2030-04-02', time: '10:00', timeZone: 'UTC', locale: 'fr' as 'de' })).rejects.toThrow(/INVALID_INPUT: locale: Choose a language/);
  });

  it('a conversion asked for from German screens writes its decision-log entry in German', async () => {
    const m = await planned('', '2030-05-06');
    const converted = await v.call('meetings.convert', { id: m.id, kind: 'async-exercise', reason: 'Release week', locale: 'de' });
    expect(converted.decisions.map((d) => d.decision)).toEqual(['Formelles Review vom 6.5.2030 wird eine asynchrone Übung']);
  });
});
