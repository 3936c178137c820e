import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsByPypdf, fillForm, openMeetingVault, seedPlan, type FormPlan, type MeetingVault, inEnglish, shownIn } from './harness';

const CANARY = 'CANARY-7f3a';
/** Cyrillic, Greek and Vietnamese: scripts the shipped font covers. */
const WORLD = 'Жёлтый ёж · Ελληνικά · Tiếng Việt';

let v: MeetingVault;
let plan: FormPlan;

beforeAll(async () => {
  v = await openMeetingVault('forms-round-trip');
  plan = await seedPlan(v, 'Zoë Ångström-Łukasz');
});
afterAll(() => v.close());

async function make(input: Parameters<MeetingVault['call']>[1] & object, name: string) {
  v.platform.nextSavePath = join(v.dir, `${name}.pdf`);
  const made = await v.call('forms.make', input as never);
  return { made: made!, bytes: readFileSync(made!.path) };
}

async function previewBytes(bytes: Buffer) {
  return v.call('forms.preview', { dropped: { name: 'returned.pdf', base64: bytes.toString('base64') } });
}

describe('a self-assessment form filled by another tool', () => {
  it('carries the mentee, goals, milestones, actions and rubric, and lands on the meeting once', async () => {
    const { made, bytes } = await make({ kind: 'self-assessment', menteeId: plan.mentee.id, meetingId: plan.meetingId }, 'self');
    const fields = fieldsByPypdf(made.path);
    const [g1, g2] = plan.goalIds;
    const [a1] = plan.actionIds;
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining([`goal_${g1}_rating`, `goal_${g2}_comment`, `action_${a1}_done`, 'dimension_0_rating', 'reflection', 'wins', 'evidence', 'mv_form_id', 'mv_mac']),
    );
    const filled = fillForm(v.dir, bytes, {
      [`goal_${g1}_rating`]: '4',
      [`goal_${g1}_comment`]: `${CANARY}-goal ${WORLD}`,
      [`goal_${g2}_comment`]: `${CANARY}-goal2`,
      dimension_0_rating: '3',
      [`action_${a1}_done`]: true,
      reflection: `${CANARY}-reflection ${WORLD}`,
      wins: `${CANARY}-win one\n${CANARY}-win two ${WORLD}`,
      evidence: `${CANARY}-evidence`,
    });
    const before = v.db.prepare('SELECT count(*) FROM self_assessments').pluck().get();
    const preview = await previewBytes(filled);
    expect(v.db.prepare('SELECT count(*) FROM self_assessments').pluck().get()).toBe(before);
    expect(preview!.kind).toBe('self-assessment');
    expect(preview!.menteeName).toBe('Zoë Ångström-Łukasz');
    expect(inEnglish(preview!.lines)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Goal "Lead design reviews"', value: `4: ${CANARY}-goal ${WORLD}` }),
        expect.objectContaining({ label: 'Reflection', value: `${CANARY}-reflection ${WORLD}` }),
        expect.objectContaining({ label: 'Win', value: `${CANARY}-win two ${WORLD}` }),
        expect.objectContaining({ label: '"Draft the review checklist"', value: 'done' }),
      ]),
    );
    // The same preview on a German screen: the app's words German, what the mentee wrote as written.
    const german = shownIn('de', preview!.lines);
    expect(german).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Ziel „Lead design reviews“', value: `4: ${CANARY}-goal ${WORLD}` }),
        expect.objectContaining({ label: 'Reflexion', value: `${CANARY}-reflection ${WORLD}` }),
        expect.objectContaining({ label: '„Draft the review checklist“', value: 'erledigt' }),
      ]),
    );
    expect(german.every((line) => line.place === 'Aufgaben' || line.place.startsWith('Treffen „'))).toBe(true);
    const done = await v.call('forms.import', { token: preview!.token });
    expect(done).toMatchObject({ kind: 'self-assessment', formId: made.formId });

    const meeting = await v.call('meetings.get', { id: plan.meetingId });
    expect(meeting.selfAssessment).toMatchObject({ source: 'import', reflection: `${CANARY}-reflection ${WORLD}` });
    expect(meeting.selfAssessment!.ratings).toEqual([expect.objectContaining({ goalId: g1, rating: 4, comment: `${CANARY}-goal ${WORLD}` })]);
    expect(v.db.prepare('SELECT dimension, rating, levels FROM self_assessment_dimensions WHERE meeting_id = ?').all(plan.meetingId)).toEqual([
      { dimension: 'Goals', rating: 3, levels: 4 },
    ]);
    expect(v.db.prepare('SELECT text FROM meeting_wins WHERE meeting_id = ? ORDER BY id').pluck().all(plan.meetingId)).toEqual([`${CANARY}-win one`, `${CANARY}-win two ${WORLD}`]);
    expect(v.db.prepare('SELECT done_on IS NOT NULL FROM action_items WHERE id = ?').pluck().get(a1)).toBe(1);
    expect(v.db.prepare('SELECT done_on FROM action_items WHERE id = ?').pluck().get(plan.actionIds[1])).toBeNull();

    const again = await v.fail('forms.preview', { dropped: { name: 'again.pdf', base64: filled.toString('base64') } });
    expect(again).toMatchObject({ code: 'CONFLICT', message: /already imported/ });

    // A second form for the same meeting says, before anything is written, that it replaces the first.
    const second = await make({ kind: 'self-assessment', menteeId: plan.mentee.id, meetingId: plan.meetingId }, 'self-2');
    const secondPreview = await previewBytes(fillForm(v.dir, second.bytes, { reflection: 'Later thoughts' }, 'self-2-filled'));
    expect(inEnglish(secondPreview!.lines)[0]).toMatchObject({ label: 'Replaces', value: expect.stringMatching(/^the self-assessment recorded \d{4}-\d{2}-\d{2}$/) });
    expect((await v.call('meetings.get', { id: plan.meetingId })).selfAssessment!.reflection).toBe(`${CANARY}-reflection ${WORLD}`);
  });
});

describe('a feedback form filled by another tool', () => {
  it('names the relationship, lists the assessed competencies with the scale, and lands through the feedback entry point', async () => {
    const { made, bytes } = await make({ kind: 'feedback', menteeId: plan.mentee.id, relationship: 'direct-report' }, 'feedback');
    const competencies = v.db
      .prepare('SELECT c.id, c.name FROM assessment_ratings r JOIN competencies c ON c.id = r.competency_id ORDER BY c.position')
      .all() as { id: number; name: string }[];
    const fields = Object.keys(fieldsByPypdf(made.path));
    for (const c of competencies) expect(fields).toContain(`competency_${c.id}_rating`);
    expect(fields.filter((f) => f.startsWith('competency_'))).toHaveLength(competencies.length);
    const filled = fillForm(v.dir, bytes, {
      [`competency_${competencies[0]!.id}_rating`]: '5',
      [`competency_${competencies[1]!.id}_rating`]: '2',
      strengths: `${CANARY}-strengths ${WORLD}`,
      change: `${CANARY}-change`,
      rater_name: `${CANARY}-name Σοφία`,
    }, 'feedback-filled');
    const preview = await previewBytes(filled);
    expect(inEnglish(preview!.lines)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Rater', value: `${CANARY}-name Σοφία` })]));
    await v.call('forms.import', { token: preview!.token });
    const row = v.db
      .prepare('SELECT id, relationship, rater_name, strengths, change, form_id FROM feedback_responses WHERE mentee_id = ?')
      .get(plan.mentee.id) as { id: number; relationship: string; rater_name: string; strengths: string; change: string; form_id: string };
    expect(row).toMatchObject({ relationship: 'direct-report', rater_name: `${CANARY}-name Σοφία`, strengths: `${CANARY}-strengths ${WORLD}`, change: `${CANARY}-change`, form_id: made.formId });
    const ratings = v.db.prepare('SELECT competency, score FROM feedback_ratings WHERE response_id = ? ORDER BY score DESC').all(row.id);
    expect(ratings).toEqual([
      { competency: competencies[0]!.name, score: 5 },
      { competency: competencies[1]!.name, score: 2 },
    ]);
  });
});

describe('a check-in form filled by another tool', () => {
  it('moves, meets and adds the mentee\'s deadlines and files a progress report; a date that is not a date is named', async () => {
    const due = await v.call('deadlines.create', { menteeId: plan.mentee.id, title: 'Send the review guide', dueDate: '2099-03-01' });
    const moving = await v.call('deadlines.create', { menteeId: plan.mentee.id, title: 'Book the guild slot', dueDate: '2099-03-05' });
    const { bytes } = await make({ kind: 'check-in', menteeId: plan.mentee.id }, 'check-in');
    const bad = fillForm(v.dir, bytes, { [`deadline_${due.id}_met`]: '31/02/2099', new_deadline_1_title: 'Pair on a review' }, 'check-in-bad');
    const refused = await v.fail('forms.preview', { dropped: { name: 'bad.pdf', base64: bad.toString('base64') } });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.issues).toEqual([
      { path: [`deadline_${due.id}_met`], message: '"Send the review guide" met on: The date it was met must be a date written as YYYY-MM-DD, such as 2026-03-31 (the form holds "31/02/2099").' },
      { path: ['new_deadline_1_due'], message: 'New deadline 1\'s date: give the date "Pair on a review" is due.' },
    ]);

    const good = fillForm(v.dir, bytes, {
      [`deadline_${due.id}_met`]: '2099-02-20',
      [`deadline_${moving.id}_moved`]: '2099-04-01',
      new_deadline_1_title: `${CANARY}-deadline ${WORLD}`,
      new_deadline_1_due: '2099-05-01',
      attempted: `${CANARY}-attempted ${WORLD}`,
      learned: `${CANARY}-learned`,
      adjusted: `${CANARY}-adjusted`,
    }, 'check-in-good');
    const preview = await previewBytes(good);
    await v.call('forms.import', { token: preview!.token });
    const rows = v.db.prepare('SELECT title, due_date, done_on FROM deadlines WHERE mentee_id = ? ORDER BY id').all(plan.mentee.id);
    expect(rows).toEqual([
      { title: 'Send the review guide', due_date: '2099-03-01', done_on: '2099-02-20' },
      { title: 'Book the guild slot', due_date: '2099-04-01', done_on: null },
      { title: `${CANARY}-deadline ${WORLD}`, due_date: '2099-05-01', done_on: null },
    ]);
    const report = v.db.prepare('SELECT body FROM progress_reports WHERE mentee_id = ?').pluck().get(plan.mentee.id) as string;
    expect(report).toBe(`Attempted: ${CANARY}-attempted ${WORLD}\n\nLearned: ${CANARY}-learned\n\nAdjusted: ${CANARY}-adjusted`);
  });
});
