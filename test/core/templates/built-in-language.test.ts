import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDefaultCompetenciesIn } from '../../../src/main/features/assessment/built-in';
import { writeBuiltInsIn } from '../../../src/main/features/templates/built-in';
import { DEFAULT_COMPETENCIES_BY_LOCALE } from '../../../src/shared/assessment/default-competencies';
import { MEETING_KINDS } from '../../../src/shared/meetings/schema';
import { BUILT_IN_TEMPLATES } from '../../../src/shared/templates/built-in';
import { routerCalls } from '../../helpers/router-calls';
import { settingsApp } from '../../helpers/settings-app';
import { PASSPHRASE } from '../../helpers/vault';
import { addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';

/**
 * The built-in agendas and rubric are rows the migrations seeded in English. A vault made
 * in German has them in German from the start; an agenda reset comes back in the language
 * asked for; whatever the mentor changed, or a rubric already scored with, is never rewritten.
 */
const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('a vault created in German', () => {
  const app = settingsApp('built-in-language');
  const { call, fail } = routerCalls(app.dispatch);
  beforeAll(() => app.open());
  afterAll(() => app.close());

  it('refuses a language the app does not speak, naming the field, and creates nothing', async () => {
    const error = await fail('vault.create', { passphrase: PASSPHRASE, location: 'default', locale: 'fr' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['locale'], message: 'Choose a language for the document: en or de' }] });
    expect((await call('vault.status', {})).state).toBe('none');
  });

  it('starts with the German agendas and the German default rubric; new meetings copy them', async () => {
    await call('vault.create', { passphrase: PASSPHRASE, location: 'default', locale: 'de' });
    const agendas = await call('templates.agendas', {});
    for (const t of agendas) expect(t.items).toEqual(BUILT_IN_TEMPLATES.de.agendas[t.kind]);
    const [rubric] = await call('templates.rubrics', {});
    expect(rubric).toMatchObject({ name: 'Bewertungsraster für Reviews', isDefault: true });
    expect(rubric!.dimensions.map((d) => d.name)).toEqual(['Ziele', 'Meilensteine', 'Kompetenzentwicklung', 'Verhaltensänderungen']);
    expect(rubric!.dimensions.map((d) => d.descriptors)).toEqual(BUILT_IN_TEMPLATES.de.rubric.dimensions.map((d) => d.descriptors));
    const mentee = await call('mentees.create', { name: 'Nia Mensah', status: 'active' });
    const meeting = await call('meetings.create', { menteeId: mentee.id, kind: 'formal-review', date: '2030-01-07', time: '10:00', timeZone: 'UTC' });
    expect(meeting.agenda.map((i) => i.title)).toEqual(['Offene Aufgaben durchgehen', 'Selbsteinschätzung', 'Ziele und Meilensteine', 'Feedback-Raster', 'Erfolge würdigen', 'Nächste Schritte']);
    const competencies = await call('competencies.list', {});
    expect(competencies.map((c) => ({ name: c.name, description: c.description }))).toEqual(DEFAULT_COMPETENCIES_BY_LOCALE.de);
  });
});

describe('built-ins in an existing vault', () => {
  let v: MeetingVault;
  beforeAll(async () => {
    v = await openMeetingVault('built-in-language');
  });
  afterAll(() => v.close());

  it('are English as migrated; an agenda reset comes back in the language asked for, English when none', async () => {
    for (const t of await v.call('templates.agendas', {})) expect(t.items).toEqual(BUILT_IN_TEMPLATES.en.agendas[t.kind]);
    const german = await v.call('templates.resetAgenda', { kind: 'pilot-review', locale: 'de' });
    expect(titles(german.items)).toContain('Wie lief die Pilotphase: weitermachen, anpassen oder beenden?');
    expect((await v.call('templates.resetAgenda', { kind: 'pilot-review' })).items).toEqual(BUILT_IN_TEMPLATES.en.agendas['pilot-review']);
    expect(await v.fail('templates.resetAgenda', { kind: 'pilot-review', locale: 'fr' })).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['locale'] }] });
  });

  it('leave what the mentor edited, and a rubric already scored with, as they are', async () => {
    const edited = [{ title: 'Check-in', minutes: 5, context: 'free' as const }];
    await v.call('templates.updateAgenda', { kind: 'focused-session', items: edited });
    const mentee = await addMentee(v);
    const review = await v.call('meetings.create', { menteeId: mentee.id, kind: 'formal-review', date: '2030-02-04', time: '10:00', timeZone: 'UTC' });
    const [rubric] = await v.call('templates.rubrics', {});
    await v.call('meetings.score', { meetingId: review.id, dimensionId: rubric!.dimensions[0]!.id, score: 2, comment: '' });

    writeBuiltInsIn(v.db, 'de');
    const agendas = await v.call('templates.agendas', {});
    for (const t of agendas) {
      expect(t.items).toEqual(t.kind === 'focused-session' ? edited : BUILT_IN_TEMPLATES.de.agendas[t.kind]);
    }
    expect(agendas.map((t) => t.kind)).toEqual([...MEETING_KINDS]);
    expect((await v.call('templates.rubrics', {}))[0]).toEqual({ ...rubric, usedBy: 1 });
    expect((await v.call('meetings.get', { id: review.id })).agenda[0]!.title).toBe('Review action items');
  });

  it('leave a competency list the mentor changed in English', async () => {
    const [first] = await v.call('competencies.list', {});
    await v.call('competencies.update', { id: first!.id, name: 'Teamwork', description: first!.description });
    const before = await v.call('competencies.list', {});
    writeDefaultCompetenciesIn(v.db, 'de');
    expect(await v.call('competencies.list', {})).toEqual(before);
    expect(before.map((c) => c.name)).toContain('Problem solving');
  });
});
