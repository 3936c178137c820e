import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { PASSPHRASE } from '../../helpers/vault';
import { addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';
import { localToday } from '../../../src/shared/dates';

/**
 * The calendar file in German, read back by ical.js: the app's own words (the calendar's
 * name, the kind, the description's lines) are German, what the mentor typed stays as
 * typed, and the file name the save dialog suggests is German too.
 */
let v: MeetingVault;
let mentee: { id: number; name: string };
let titledId: number;

function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, description: event.description, categories: String(component.getFirstPropertyValue('categories')) };
  });
  return { calendarName: calendar.getFirstPropertyValue('x-wr-calname'), prodId: calendar.getFirstPropertyValue('prodid'), events };
}

async function exportIcs(input: { menteeId?: number; locale?: 'en' | 'de' }) {
  const result = await v.call('calendar.exportIcs', input);
  return { name: basename(result!.path), ...read(readFileSync(result!.path, 'utf8')) };
}

beforeAll(async () => {
  v = await openMeetingVault('ics-languages');
  mentee = await addMentee(v, 'Jörg Weiß');
  await v.call('meetings.create', { menteeId: mentee.id, kind: 'formal-review', date: '2030-04-01', time: '10:00', timeZone: 'Europe/Berlin' });
  titledId = (await v.call('meetings.create', { menteeId: mentee.id, kind: 'informal-touchpoint', date: '2030-04-08', time: '10:00', timeZone: 'Europe/Berlin', title: 'Kaffee am Kanal' })).id;
});
afterAll(() => v.close());

describe('the calendar file in the language asked for', () => {
  it('writes the app’s words in German and leaves the mentor’s as typed', async () => {
    const german = await exportIcs({ menteeId: mentee.id, locale: 'de' });
    expect(german.name).toBe(`Treffen-Jörg-Weiß-${localToday()}.ics`);
    expect(german.prodId).toMatch(/\/\/DE$/);
    expect(german.calendarName).toBe('Mentoring-Treffen');
    const [review, coffee] = german.events;
    expect(review!.summary).toBe('Formelles Review · Jörg Weiß');
    expect(review!.categories).toBe('Formelles Review');
    expect(review!.description.split('\n')).toEqual(['Formelles Review mit Jörg Weiß, 45 Minuten.', '', 'Tagesordnung:', expect.stringMatching(/^- .+ \(\d+ Min\.\)$/), ...Array(5).fill(expect.stringMatching(/ Min\.\)$/))]);
    const titled = await v.call('meetings.get', { id: titledId });
    expect(coffee).toMatchObject({ uid: titled.uid, summary: 'Kaffee am Kanal · Jörg Weiß', categories: 'Informeller Austausch' });
    expect(coffee!.description).toMatch(/^Informeller Austausch mit Jörg Weiß, \d+ Minuten\./);
  });

  it('is English for everyone’s meetings unless asked, and follows one mentee’s document language', async () => {
    const everyone = await exportIcs({});
    expect(everyone.name).toBe(`meetings-all-mentees-${localToday()}.ics`);
    expect(everyone.events[0]!.description).toMatch(/^Formal review with Jörg Weiß, 45 minutes\.\n\nAgenda:\n- /);
    expect((await exportIcs({ locale: 'de' })).name).toBe(`Treffen-alle-Mentees-${localToday()}.ics`);
    v.db.prepare("UPDATE mentees SET document_locale = 'de' WHERE id = ?").run(mentee.id);
    expect((await exportIcs({ menteeId: mentee.id })).events[0]!.summary).toBe('Formelles Review · Jörg Weiß');
    expect((await exportIcs({ menteeId: mentee.id, locale: 'en' })).events[0]!.summary).toBe('Formal review · Jörg Weiß');
    v.db.prepare('UPDATE mentees SET document_locale = NULL WHERE id = ?').run(mentee.id);
  });

  it('the CLI takes --locale, and refuses a language it does not speak', async () => {
    const out = join(v.dir, 'cli-de.ics');
    const done = await runCli(['export', 'ics', v.vaultPath, '--mentee', 'Jörg Weiß', '--locale', 'de', '--out', out], { passphrase: PASSPHRASE, language: { LANG: 'de_DE.UTF-8' } });
    expect(done.stderr).toBe('');
    // The terminal's language says what happened; --locale chose the file's.
    expect(done.stdout).toMatch(/cli-de\.ics geschrieben: 2 Termine, \d+ Bytes\n$/);
    expect(read(readFileSync(out, 'utf8')).events.map((e) => e.categories)).toEqual(['Formelles Review', 'Informeller Austausch']);
    const refused = await runCli(['export', 'ics', v.vaultPath, '--locale', 'fr', '--out', join(v.dir, 'fr.ics')], { passphrase: PASSPHRASE });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('fr');
  }, 120_000);
});
