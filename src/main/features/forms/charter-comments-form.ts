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
import { selectKey, type FormWriter } from './form-writer';
import { documentWords, type DocWords } from '../documents/words';
import type { FormItems, RegisteredForm } from './register';
import { words } from '../../../shared/i18n/words';

const MAX_COMMENT = 5000;

const list = (items: string[], none: string) => (items.length ? items.map((i) => `• ${i}`).join('\n') : none);

/** Each section's text as the draft holds it, in words a mentee reads (the same parts as the charter PDF), in the form's language. */
export function sectionText(section: CharterCommentSection, version: CharterVersion, w: DocWords = documentWords()): string {
  const b: CharterBody = version.body;
  const { t } = w;
  const every = (n: number | null) => (n ? t('formPdf.charter.everyWeeks', { count: n }) : null);
  switch (section) {
    case 'purpose':
      return b.purpose || t('documents.charter.notWritten');
    case 'roles':
      return [t('formPdf.charter.mentorRoles'), list(b.roles.mentor, t('documents.charter.noneWritten')), t('formPdf.charter.menteeRoles'), list(b.roles.mentee, t('documents.charter.noneWritten'))].join('\n');
    case 'meeting-rhythm': {
      const r = b.meetingRhythm;
      return [t('formPdf.charter.meetings', { frequency: r.frequency, minutes: r.lengthMinutes, format: selectKey(r.format) }), t('formPdf.charter.topics'), list(r.topics, t('documents.charter.noneListed'))].join('\n');
    }
    case 'communication':
      return list(b.communication.channels.map((c) => (c.expectedResponse ? `${c.channel}: ${c.expectedResponse}` : c.channel)), t('documents.charter.noChannels'));
    case 'confidentiality':
      return b.confidentiality || t('documents.charter.notWritten');
    case 'escalation':
      return b.escalation.length ? b.escalation.map((s, i) => `${i + 1}. ${s.step}${s.who ? ` (${s.who})` : ''}`).join('\n') : t('documents.charter.noEscalation');
    case 'reviews': {
      const r = b.reviewRhythm;
      const parts = [every(r.formalEveryWeeks), r.afterMajorMilestones ? t('documents.charter.afterMilestones') : null].filter((p): p is string => p !== null);
      const formal = parts.length === 2 ? t('documents.charter.andJoin', { first: parts[0]!, second: parts[1]! }) : (parts[0] ?? t('formPdf.charter.asAgreed'));
      const informal = every(r.informalEveryWeeks) ?? t('formPdf.charter.asNeeded');
      return [t('formPdf.charter.reviews', { formal, informal }), t('formPdf.charter.progress'), list(b.progressPerQuarter, t('documents.charter.notWritten'))].join('\n');
    }
    case 'pilot': {
      const review = version.pilotReviewDate;
      return b.pilot.startDate
        ? t('formPdf.charter.pilot', { weeks: b.pilot.weeks, start: w.longDate(b.pilot.startDate), review: review ? 'date' : 'none', date: review ? w.longDate(review) : '' })
        : t('formPdf.charter.pilotUnset', { weeks: b.pilot.weeks });
    }
    case 'glossary':
      return list(b.glossary.map((g) => `${g.term}: ${g.meaning}`), t('documents.charter.noGlossary'));
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
  const { t } = w.words;
  w.text(t('formPdf.charter.title', { mentee: content.menteeName }), { size: 18, bold: true });
  w.text(t('formPdf.charter.version', { version: content.version.version }), { muted: true });
  w.text(`${t('formPdf.charter.intro')} ${t('formPdf.saveAndSend')}`, { gap: 8 });
  for (const section of CHARTER_COMMENT_SECTIONS) {
    if (section === 'general') continue;
    w.heading(t(`forms.section.${section}`));
    w.text(sectionText(section, content.version, w.words), { size: 10.5 });
    w.textField(`section_${section}_comment`, t('formPdf.charter.yourComment'), { height: 60 });
  }
  w.heading(t('formPdf.charter.general'));
  w.textField('section_general_comment', t('formPdf.charter.generalComment'), { height: 110 });
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
