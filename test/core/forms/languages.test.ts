import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MakeFormValues } from '../../../src/shared/forms/schema';
import { fieldsByPypdf, fillForm, openMeetingVault, seedPlan, shownIn, type FormPlan, type MeetingVault } from './harness';

/**
 * A form in German: every word the app prints is German, the fields keep the names (and
 * the choices the values) an English form has, so a German form filled by another tool
 * imports exactly as an English one does.
 */
const CANARY = 'CANARY-de-41c';

let v: MeetingVault;
let plan: FormPlan;
let deadlineId: number;

beforeAll(async () => {
  v = await openMeetingVault('forms-languages');
  plan = await seedPlan(v, 'Jörg Weiß');
  deadlineId = (await v.call('deadlines.create', { menteeId: plan.mentee.id, title: 'Leitfaden verschicken', dueDate: '2099-03-01' })).id;
  const body = { ...(await v.call('charter.defaults', {})), purpose: 'Wachsen', pilot: { startDate: '2099-01-06', weeks: 6 } };
  await v.call('charter.create', { menteeId: plan.mentee.id, body });
});
afterAll(() => v.close());

type Input = Omit<MakeFormValues, 'menteeId' | 'meetingId' | 'relationship' | 'raterName'> & Partial<MakeFormValues>;

/** Made through the bridge, saved under the name the save dialog suggested. */
async function make(input: Input) {
  const made = await v.call('forms.make', { menteeId: plan.mentee.id, ...input } as never);
  const text = spawnSync('pdftotext', ['-layout', made!.path, '-'], { encoding: 'utf8' }).stdout;
  return { made: made!, bytes: readFileSync(made!.path), text, fields: fieldsByPypdf(made!.path) };
}

const names = (fields: Record<string, unknown>) => Object.keys(fields).filter((name) => !name.startsWith('mv_')).sort();
const preview = (bytes: Buffer) => v.call('forms.preview', { dropped: { name: 'zurück.pdf', base64: bytes.toString('base64') } });

describe('an exchange form in German', () => {
  it('self-assessment: German words, the English form’s fields and choices, and it imports', async () => {
    const english = await make({ kind: 'self-assessment', meetingId: plan.meetingId, locale: 'en' });
    const german = await make({ kind: 'self-assessment', meetingId: plan.meetingId, locale: 'de' });
    expect(basename(english.made.path)).toBe('self-assessment-Jörg-Weiß-2099-02-01.pdf');
    expect(basename(german.made.path)).toBe('Selbsteinschätzung-Jörg-Weiß-2099-02-01.pdf');
    for (const words of ['Selbsteinschätzung für Jörg Weiß', '1. Februar 2099', 'Ihre Ziele', 'Offener Meilenstein', 'Offene Aufgaben', 'Reflexion', 'Datei > Speichern']) {
      expect(german.text).toContain(words);
    }
    for (const words of ['Self-assessment', 'Your goals', 'Open milestone', 'Reflection', 'File > Save']) expect(german.text).not.toContain(words);
    expect(names(german.fields)).toEqual(names(english.fields));

    const [g1] = plan.goalIds;
    const [a1] = plan.actionIds;
    const filled = fillForm(v.dir, german.bytes, { [`goal_${g1}_rating`]: '4', dimension_0_rating: '2', [`action_${a1}_done`]: true, reflection: `${CANARY} Überlegung` }, 'self-de');
    const seen = await preview(filled);
    expect(shownIn('de', seen!.lines)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Ziel „Lead design reviews“', value: '4' }),
        expect.objectContaining({ label: 'Reflexion', value: `${CANARY} Überlegung` }),
        expect.objectContaining({ label: '„Draft the review checklist“', value: 'erledigt' }),
      ]),
    );
    await v.call('forms.import', { token: seen!.token });
    const meeting = await v.call('meetings.get', { id: plan.meetingId });
    expect(meeting.selfAssessment).toMatchObject({ source: 'import', reflection: `${CANARY} Überlegung` });
    expect(meeting.selfAssessment!.ratings).toEqual([expect.objectContaining({ goalId: g1, rating: 4 })]);
    expect(v.db.prepare('SELECT rating FROM self_assessment_dimensions WHERE meeting_id = ?').pluck().all(plan.meetingId)).toEqual([2]);
    expect(v.db.prepare('SELECT done_on IS NOT NULL FROM action_items WHERE id = ?').pluck().get(a1)).toBe(1);
  });

  it('feedback: the scale and the relationship in German, ratings import as numbers', async () => {
    const english = await make({ kind: 'feedback', relationship: 'direct-report', locale: 'en' });
    const german = await make({ kind: 'feedback', relationship: 'direct-report', locale: 'de' });
    expect(basename(german.made.path)).toBe('Feedback-Jörg-Weiß-unterstellte-Person.pdf');
    for (const words of ['Feedback für Jörg Weiß', 'direkt unterstellte Person', 'Die Skala', 'Ein Vorbild, von dem andere lernen', 'Kompetenzen', 'Ihr Name (optional)']) {
      expect(german.text).toContain(words);
    }
    expect(german.text).not.toContain('The scale');
    expect(names(german.fields)).toEqual(names(english.fields));
    const competency = names(german.fields).find((name) => name.startsWith('competency_'))!;
    const seen = await preview(fillForm(v.dir, german.bytes, { [competency]: '5', strengths: `${CANARY} Stärken` }, 'feedback-de'));
    await v.call('forms.import', { token: seen!.token });
    const row = v.db.prepare('SELECT id, relationship, strengths FROM feedback_responses WHERE mentee_id = ?').get(plan.mentee.id) as { id: number; relationship: string; strengths: string };
    expect(row).toMatchObject({ relationship: 'direct-report', strengths: `${CANARY} Stärken` });
    expect(v.db.prepare('SELECT score FROM feedback_ratings WHERE response_id = ?').pluck().all(row.id)).toEqual([5]);
  });

  it('check-in: German labels, dates still typed as YYYY-MM-DD, and the deadlines move', async () => {
    const german = await make({ kind: 'check-in', locale: 'de' });
    expect(basename(german.made.path)).toBe('Check-in-Jörg-Weiß.pdf');
    for (const words of ['Fortschritts-Check-in für Jörg Weiß', 'JJJJ-MM-TT', 'Ihre Fristen', 'Leitfaden verschicken (fällig am 1. März 2099)', 'Neue Frist 1: was', 'Was haben Sie gelernt?']) {
      expect(german.text).toContain(words);
    }
    const seen = await preview(fillForm(v.dir, german.bytes, { [`deadline_${deadlineId}_moved`]: '2099-04-01', learned: `${CANARY} gelernt` }, 'check-in-de'));
    await v.call('forms.import', { token: seen!.token });
    expect(v.db.prepare('SELECT due_date FROM deadlines WHERE id = ?').pluck().get(deadlineId)).toBe('2099-04-01');
  });

  it('charter comments: the draft’s parts in German, and the comments land by section', async () => {
    const german = await make({ kind: 'charter-comments', locale: 'de' });
    expect(basename(german.made.path)).toBe('Kommentare-Vereinbarung-Jörg-Weiß-v1.pdf');
    for (const words of ['Entwurf der Vereinbarung für Jörg Weiß', 'Rhythmus der Treffen', 'Treffen alle zwei Wochen', 'Themen:', 'Formelle Reviews:', '6 Wochen ab dem 6. Januar 2099', 'Ihr Kommentar', 'Allgemein']) {
      expect(german.text).toContain(words);
    }
    for (const words of ['Your comment', 'every two weeks', 'Topics:', 'weeks from']) expect(german.text).not.toContain(words);
    const seen = await preview(fillForm(v.dir, german.bytes, { section_pilot_comment: `${CANARY} kürzer`, section_general_comment: `${CANARY} gut` }, 'charter-de'));
    await v.call('forms.import', { token: seen!.token });
    expect((await v.call('charter.comments', { menteeId: plan.mentee.id })).map((c) => [c.section, c.body])).toEqual([
      ['pilot', `${CANARY} kürzer`],
      ['general', `${CANARY} gut`],
    ]);
  });

  it('follows the mentee’s document language when none is asked for, and the one asked for over it', async () => {
    v.db.prepare("UPDATE mentees SET document_locale = 'de' WHERE id = ?").run(plan.mentee.id);
    try {
      expect((await make({ kind: 'check-in' })).text).toContain('Ihre Fristen');
      expect((await make({ kind: 'check-in', locale: 'en' })).text).toContain('Your deadlines');
    } finally {
      v.db.prepare('UPDATE mentees SET document_locale = NULL WHERE id = ?').run(plan.mentee.id);
    }
    expect((await make({ kind: 'check-in' })).text).toContain('Your deadlines');
  });
});
