import { z } from 'zod';
import { CHARTER_COMMENT_SECTION_LABELS, CHARTER_COMMENT_SECTIONS, type CharterCommentSection } from '../../../shared/charter/comments';
import type { CharterBody, CharterVersion } from '../../../shared/charter/schema';
import { localToday } from '../../../shared/dates';
import { formText, type FormPreviewLine } from '../../../shared/forms/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { getCharterVersion } from '../charter/store';
import { notFound } from '../shared/store-helpers';
import type { AnswerReader } from './answer-reader';
import type { FormWriter } from './form-writer';
import type { FormItems, RegisteredForm } from './register';
import { words } from '../../../shared/i18n/words';

const MAX_COMMENT = 5000;

const list = (items: string[], none: string) => (items.length ? items.map((i) => `• ${i}`).join('\n') : none);
const weeks = (n: number | null, none: string) => (n ? `every ${n} week${n === 1 ? '' : 's'}` : none);

/** Each section's text as the draft holds it, in words a mentee reads (the same parts as the charter PDF). */
export function sectionText(section: CharterCommentSection, version: CharterVersion): string {
  const b: CharterBody = version.body;
  switch (section) {
    case 'purpose':
      return b.purpose || 'Not written yet.';
    case 'roles':
      return `The mentor:\n${list(b.roles.mentor, 'None written yet.')}\nThe mentee:\n${list(b.roles.mentee, 'None written yet.')}`;
    case 'meeting-rhythm': {
      const r = b.meetingRhythm;
      return `Meetings ${r.frequency === 'biweekly' ? 'every two weeks' : r.frequency === 'weekly' ? 'every week' : 'every month'}, ${r.lengthMinutes} minutes, ${r.format.replace('-', ' ')}.\nTopics:\n${list(r.topics, 'None listed.')}`;
    }
    case 'communication':
      return list(b.communication.channels.map((c) => (c.expectedResponse ? `${c.channel}: ${c.expectedResponse}` : c.channel)), 'No channels agreed yet.');
    case 'confidentiality':
      return b.confidentiality || 'Not written yet.';
    case 'escalation':
      return b.escalation.length ? b.escalation.map((s, i) => `${i + 1}. ${s.step}${s.who ? ` (${s.who})` : ''}`).join('\n') : 'No escalation steps agreed yet.';
    case 'reviews': {
      const r = b.reviewRhythm;
      const formal = [r.formalEveryWeeks ? weeks(r.formalEveryWeeks, '') : '', r.afterMajorMilestones ? 'after each major milestone' : ''].filter(Boolean).join(', and ');
      return `Formal reviews: ${formal || 'as agreed'}. Informal touchpoints: ${weeks(r.informalEveryWeeks, 'as needed')}.\nMeaningful progress each quarter:\n${list(b.progressPerQuarter, 'Not written yet.')}`;
    }
    case 'pilot':
      return b.pilot.startDate ? `${b.pilot.weeks} weeks from ${b.pilot.startDate}; the first formal review on ${version.pilotReviewDate ?? 'its last day'}.` : `${b.pilot.weeks} weeks; the start date is not set yet.`;
    case 'glossary':
      return list(b.glossary.map((g) => `${g.term}: ${g.meaning}`), 'No shared terms defined yet.');
    case 'general':
      return '';
  }
}

/** The mentee's current charter draft, section by section; refused when there is no draft to comment on. */
export function charterCommentsContent(db: Db, menteeId: number) {
  const name = sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string | undefined;
  if (name === undefined) throw notFound('mentee');
  const draftId = sql<number>(db, "SELECT id FROM charter_versions WHERE mentee_id = ? AND status = 'draft'").pluck().get(menteeId) as number | undefined;
  if (draftId === undefined) throw new VaultError('INVALID_INPUT', `${name}'s charter has no draft to comment on; start a new version first.`);
  const version = getCharterVersion(db, draftId);
  const items: FormItems = { charterVersion: { id: version.id, version: version.version }, sections: [...CHARTER_COMMENT_SECTIONS] };
  return { menteeName: name, version, items };
}

export function writeCharterComments(w: FormWriter, content: ReturnType<typeof charterCommentsContent>): void {
  w.text(`Charter draft for ${content.menteeName}: your comments`, { size: 18, bold: true });
  w.text(`Version ${content.version.version}, a draft not yet agreed.`, { muted: true });
  w.text('Read each part of the draft and write what you would change or ask in the box below it, in any PDF reader; leave a box empty where you agree. Then save the file (File > Save, not Print) and send it back to your mentor.', { gap: 8 });
  for (const section of CHARTER_COMMENT_SECTIONS) {
    if (section === 'general') continue;
    w.heading(CHARTER_COMMENT_SECTION_LABELS[section]);
    w.text(sectionText(section, content.version), { size: 10.5 });
    w.textField(`section_${section}_comment`, 'Your comment', { height: 60 });
  }
  w.heading('In general');
  w.textField('section_general_comment', 'Anything else about the charter as a whole', { height: 110 });
}

export const charterCommentAnswers = z.strictObject({
  versionId: z.int(),
  version: z.int(),
  comments: z.array(z.strictObject({ section: z.enum(CHARTER_COMMENT_SECTIONS), body: z.string().min(1).max(MAX_COMMENT) })),
});
export type CharterCommentAnswers = z.output<typeof charterCommentAnswers>;

export function readCharterComments(r: AnswerReader, form: RegisteredForm): CharterCommentAnswers {
  const asked = (form.items.sections ?? []).filter((s): s is CharterCommentSection => (CHARTER_COMMENT_SECTIONS as readonly string[]).includes(s));
  const comments = asked
    .map((section) => {
      const label = `The comment on "${CHARTER_COMMENT_SECTION_LABELS[section]}"`;
      return { section, body: r.text(`section_${section}_comment`, label, formText(label, MAX_COMMENT), '') };
    })
    .filter((c) => c.body !== '');
  r.done();
  return charterCommentAnswers.parse({ versionId: form.items.charterVersion!.id, version: form.items.charterVersion!.version, comments });
}

/** Whether the draft the form showed is still the draft being written (not agreed, not discarded). */
function stillTheDraft(db: Db, versionId: number): boolean {
  return sql<string>(db, 'SELECT status FROM charter_versions WHERE id = ?').pluck().get(versionId) === 'draft';
}

export function previewCharterComments(db: Db, a: CharterCommentAnswers, menteeName: string): FormPreviewLine[] {
  const place = words(stillTheDraft(db, a.versionId) ? 'formsPreview.place.charter' : 'formsPreview.place.charterEarlier', { mentee: menteeName, version: a.version });
  return a.comments.map((c) => ({ place, label: words(`forms.section.${c.section}`), value: c.body }));
}

/** One comment row per section commented on, beside the draft it was written on. */
export function landCharterComments(db: Db, form: RegisteredForm, a: CharterCommentAnswers): number {
  const exists = sql<number>(db, 'SELECT 1 FROM charter_versions WHERE id = ?').pluck().get(a.versionId) !== undefined;
  const insert = sql(db, 'INSERT INTO charter_comments (mentee_id, version_id, version, section, body, form_id, received_on) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const c of a.comments) insert.run(form.menteeId, exists ? a.versionId : null, a.version, c.section, c.body, form.id, localToday());
  return a.comments.length;
}
