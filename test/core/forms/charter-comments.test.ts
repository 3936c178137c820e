import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMentee } from '../meetings/harness';
import { fieldsByPypdf, fillForm, openMeetingVault, type MeetingVault, inEnglish } from './harness';

const CANARY = 'CANARY-c4a7';
const WORLD = 'Жёлтый ёж · Ελληνικά · Tiếng Việt';

let v: MeetingVault;
beforeAll(async () => {
  v = await openMeetingVault('forms-charter-comments');
});
afterAll(() => v.close());

async function make(menteeId: number, name: string) {
  v.platform.nextSavePath = join(v.dir, `${name}.pdf`);
  const made = await v.call('forms.make', { kind: 'charter-comments', menteeId });
  return { made: made!, bytes: readFileSync(made!.path) };
}
const preview = (bytes: Buffer) => v.call('forms.preview', { dropped: { name: 'returned.pdf', base64: bytes.toString('base64') } });

describe('the charter draft for the mentee\'s comments, filled by another tool', () => {
  it('is refused while there is no draft to comment on', async () => {
    const mentee = await addMentee(v, 'Ines Duarte');
    const refused = await v.fail('forms.make', { kind: 'charter-comments', menteeId: mentee.id });
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: "Ines Duarte's charter has no draft to comment on; start a new version first." });
  });

  it('shows each section of the draft, and records the comments per section beside that draft', async () => {
    const mentee = await addMentee(v, 'Zoë Ångström-Łukasz');
    const charter = await v.call('charter.create', { menteeId: mentee.id });
    const { made, bytes } = await make(mentee.id, 'charter');
    const fields = Object.keys(fieldsByPypdf(made.path));
    expect(fields).toEqual(expect.arrayContaining(['section_purpose_comment', 'section_roles_comment', 'section_glossary_comment', 'section_general_comment', 'mv_mac']));
    const text = spawnSync('pdftotext', [made.path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Zoë Ångström-Łukasz');
    // The draft's own words, read-only in the form (a default escalation step and glossary term).
    expect(text).toContain('Escalation process');
    expect(charter.versions).toHaveLength(1);
    expect(text).toContain('Confidentiality agreement');

    const filled = fillForm(v.dir, bytes, {
      section_purpose_comment: `${CANARY}-purpose ${WORLD}`,
      section_escalation_comment: `${CANARY}-escalation`,
      section_general_comment: `${CANARY}-general`,
    }, 'charter-filled');
    const before = v.db.prepare('SELECT count(*) FROM charter_comments').pluck().get();
    const seen = await preview(filled);
    expect(v.db.prepare('SELECT count(*) FROM charter_comments').pluck().get()).toBe(before);
    expect(seen!.kind).toBe('charter-comments');
    expect(inEnglish(seen!.lines)).toEqual([
      { place: "Zoë Ångström-Łukasz's charter, version 1", label: 'Purpose', value: `${CANARY}-purpose ${WORLD}` },
      { place: "Zoë Ångström-Łukasz's charter, version 1", label: 'Escalation process', value: `${CANARY}-escalation` },
      { place: "Zoë Ångström-Łukasz's charter, version 1", label: 'The charter as a whole', value: `${CANARY}-general` },
    ]);
    const done = await v.call('forms.import', { token: seen!.token });
    expect(done).toMatchObject({ kind: 'charter-comments', recorded: 3 });

    const comments = await v.call('charter.comments', { menteeId: mentee.id });
    expect(comments.map((c) => [c.section, c.body, c.version, c.onEarlierDraft, c.resolvedOn])).toEqual([
      ['purpose', `${CANARY}-purpose ${WORLD}`, 1, false, null],
      ['escalation', `${CANARY}-escalation`, 1, false, null],
      ['general', `${CANARY}-general`, 1, false, null],
    ]);
    const resolved = await v.call('charter.resolveComment', { commentId: comments[0]!.id, resolvedOn: '2099-01-02' });
    expect(resolved.at(-1)).toMatchObject({ section: 'purpose', resolvedOn: '2099-01-02' });
    expect((await v.fail('charter.resolveComment', { commentId: comments[0]!.id, resolvedOn: '2099-13-40' })).issues?.[0]?.path).toEqual(['resolvedOn']);

    expect(await v.fail('forms.preview', { dropped: { name: 'again.pdf', base64: filled.toString('base64') } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('imports a comment on a draft agreed since, marked as on an earlier draft; the comments go with the mentee', async () => {
    const mentee = await addMentee(v, 'Kwame Mensah');
    const body = { ...(await v.call('charter.defaults', {})), purpose: 'Grow into a staff engineer', pilot: { startDate: '2025-01-06', weeks: 6 } };
    const charter = await v.call('charter.create', { menteeId: mentee.id, body });
    const { bytes } = await make(mentee.id, 'charter-agreed');
    await v.call('charter.agree', { versionId: charter.versions[0]!.id, agreedOn: '2025-01-05', agreedByMentor: 'Ada Mentor', agreedByMentee: 'Kwame Mensah' });
    const seen = await preview(fillForm(v.dir, bytes, { section_pilot_comment: `${CANARY}-pilot` }, 'charter-agreed-filled'));
    expect(inEnglish(seen!.lines)).toEqual([{ place: "Kwame Mensah's charter, version 1 (on an earlier draft)", label: 'Pilot period', value: `${CANARY}-pilot` }]);
    await v.call('forms.import', { token: seen!.token });
    expect(await v.call('charter.comments', { menteeId: mentee.id })).toEqual([expect.objectContaining({ section: 'pilot', onEarlierDraft: true })]);

    await v.call('mentees.delete', { id: mentee.id, confirmName: 'Kwame Mensah' });
    expect(v.db.prepare('SELECT count(*) FROM charter_comments WHERE mentee_id = ?').pluck().get(mentee.id)).toBe(0);
  });
});
