import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGoal, addMentee } from '../meetings/harness';
import { fieldsByPypdf, fillForm, openMeetingVault, seedPlan, type FormPlan, type MeetingVault } from './harness';

/** A canary in every place a form must never reach. */
const CANARIES = {
  privateNote: 'CANARY-private-note-51d',
  meetingNote: 'CANARY-meeting-private-note-8e2',
  escalation: 'CANARY-escalation-93a',
  otherMentee: 'CANARY-other-mentee-c07',
  otherGoal: 'CANARY-other-goal-4b1',
  otherRater: 'CANARY-other-rater-e65',
} as const;

let v: MeetingVault;
let plan: FormPlan;

beforeAll(async () => {
  v = await openMeetingVault('forms-canaries');
  plan = await seedPlan(v, 'Noor Haddad');
  await v.call('notes.create', { menteeId: plan.mentee.id, title: CANARIES.privateNote, body: CANARIES.privateNote, tags: [] });
  await v.call('meetings.savePrivateNote', { meetingId: plan.meetingId, noteId: null, text: CANARIES.meetingNote });
  await v.call('escalations.create', { menteeId: plan.mentee.id, category: 'wellbeing', severity: 'high', title: CANARIES.escalation, summary: CANARIES.escalation });
  const someoneElse = await addMentee(v, CANARIES.otherMentee);
  await addGoal(v, someoneElse, CANARIES.otherGoal);
  await v.call('deadlines.create', { menteeId: someoneElse.id, title: CANARIES.otherMentee, dueDate: '2099-01-01' });
  await v.call('deadlines.create', { menteeId: plan.mentee.id, title: 'Own deadline', dueDate: '2099-01-01' });
  await v.call('charter.create', { menteeId: plan.mentee.id });
  await v.call('charter.create', { menteeId: someoneElse.id, body: { ...(await v.call('charter.defaults', {})), purpose: CANARIES.otherMentee } });
  // Another rater's answers, already imported.
  v.platform.nextSavePath = join(v.dir, 'first-rater.pdf');
  const first = await v.call('forms.make', { kind: 'feedback', menteeId: plan.mentee.id, relationship: 'peer' });
  const filled = fillForm(v.dir, first!.path, { strengths: CANARIES.otherRater, change: CANARIES.otherRater, rater_name: CANARIES.otherRater }, 'first-filled');
  const preview = await v.call('forms.preview', { dropped: { name: 'f.pdf', base64: filled.toString('base64') } });
  await v.call('forms.import', { token: preview!.token });
});
afterAll(() => v.close());

/** Everything a form shows or holds: its drawn text, its field values, and every byte once uncompressed. */
function everythingIn(path: string): string {
  const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
  const fields = JSON.stringify(fieldsByPypdf(path));
  const qdf = join(v.dir, 'qdf.pdf');
  spawnSync('qpdf', ['--qdf', '--object-streams=disable', path, qdf]);
  return `${text}\n${fields}\n${readFileSync(qdf, 'latin1')}`;
}

describe('no form carries what is confidential or anyone else\'s', () => {
  const kinds = [
    { name: 'self-assessment', input: () => ({ kind: 'self-assessment' as const, menteeId: plan.mentee.id, meetingId: plan.meetingId }) },
    { name: 'feedback', input: () => ({ kind: 'feedback' as const, menteeId: plan.mentee.id, relationship: 'manager' as const }) },
    { name: 'check-in', input: () => ({ kind: 'check-in' as const, menteeId: plan.mentee.id }) },
    { name: 'charter-comments', input: () => ({ kind: 'charter-comments' as const, menteeId: plan.mentee.id }) },
  ];
  for (const kind of kinds) {
    it(`the ${kind.name} form`, async () => {
      v.platform.nextSavePath = join(v.dir, `${kind.name}.pdf`);
      const made = await v.call('forms.make', kind.input());
      const all = everythingIn(made!.path);
      // The canaries' absence means something only because the form's own content is found.
      expect(all).toContain('Noor Haddad');
      for (const canary of Object.values(CANARIES)) expect(all).not.toContain(canary);
    });
  }
});
