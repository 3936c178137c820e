import type { FormKind, FormPreviewLine, ImportedForm, MakeFormValues } from '../../../shared/forms/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { requireMentee } from '../shared/store-helpers';
import { AnswerReader } from './answer-reader';
import { charterCommentsContent, landCharterComments, previewCharterComments, readCharterComments, writeCharterComments } from './charter-comments-form';
import { checkInContent, landCheckIn, previewCheckIn, readCheckIn, writeCheckIn } from './check-in-form';
import { feedbackContent, landFeedback, previewFeedback, readFeedback, writeFeedback } from './feedback-form';
import { formKey, formMac, sameHex, vaultTag } from './form-key';
import { FormWriter, selectKey } from './form-writer';
import { readFormFields, type FieldMap } from './read-fields';
import { itemIdsOf, markImported, newFormId, registeredForm, registerForm, type FormItems, type RegisteredForm } from './register';
import { landSelfAssessment, previewSelfAssessment, readSelfAssessment, selfAssessmentContent, writeSelfAssessment } from './self-assessment-form';
import { words } from '../../../shared/i18n/words';
import { readDocumentLocale } from '../documents/queries';
import { documentWords } from '../documents/words';

/** The hidden fields every form carries; the MAC covers what the form asks (see form-key.ts). */
export const ID_FIELDS = { formId: 'mv_form_id', vault: 'mv_vault', mac: 'mv_mac', kind: 'mv_kind' } as const;

export interface MadeFormFile {
  formId: string;
  kind: FormKind;
  bytes: Buffer;
  pages: number;
}

const safeName = (s: string) => s.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'form';

export interface PlannedForm {
  fileName: string;
  /** Seals, registers and lays the form out; run once the mentor chose where it goes. */
  build(): Promise<MadeFormFile>;
}

/**
 * Checks what the form is for and reads its content (a refusal comes before any dialog);
 * nothing is written until `build` runs, so a cancelled save leaves the vault as it was.
 * The form's words and file name are in the language asked for, else the mentee's.
 */
export function planForm(db: Db, v: MakeFormValues): PlannedForm {
  requireMentee(db, v.menteeId);
  const docWords = documentWords(v.locale ?? readDocumentLocale(db, v.menteeId));
  const { t } = docWords;
  const fileName = (name: string) => `${name}.pdf`;
  if (v.kind === 'self-assessment') {
    const content = selfAssessmentContent(db, v.meetingId!);
    if (content.meeting.mentee_id !== v.menteeId) {
      throw new VaultError('INVALID_INPUT', "meetingId: Choose one of this mentee's meetings", [{ path: ['meetingId'], message: "Choose one of this mentee's meetings" }]);
    }
    return {
      fileName: fileName(t('formPdf.fileName.self-assessment', { mentee: safeName(content.meeting.mentee_name), date: content.meeting.local_date })),
      build: async () => {
        const writer = await FormWriter.create(t('formPdf.self.title', { mentee: content.meeting.mentee_name }), docWords);
        writeSelfAssessment(writer, content);
        return seal(db, writer, v, content.meeting.id, content.items);
      },
    };
  }
  if (v.kind === 'check-in') {
    const content = checkInContent(db, v.menteeId);
    return {
      fileName: fileName(t('formPdf.fileName.check-in', { mentee: safeName(content.menteeName) })),
      build: async () => {
        const writer = await FormWriter.create(t('formPdf.checkIn.title', { mentee: content.menteeName }), docWords);
        writeCheckIn(writer, content);
        return seal(db, writer, v, null, content.items);
      },
    };
  }
  if (v.kind === 'charter-comments') {
    const content = charterCommentsContent(db, v.menteeId);
    return {
      fileName: fileName(t('formPdf.fileName.charter-comments', { mentee: safeName(content.menteeName), version: content.version.version })),
      build: async () => {
        const writer = await FormWriter.create(t('formPdf.charter.docTitle', { mentee: content.menteeName }), docWords);
        writeCharterComments(writer, content);
        return seal(db, writer, v, null, content.items);
      },
    };
  }
  const content = feedbackContent(db, v.menteeId);
  return {
    fileName: fileName(t('formPdf.fileName.feedback', { mentee: safeName(content.menteeName), relationship: selectKey(v.relationship!) })),
    build: async () => {
      const writer = await FormWriter.create(t('formPdf.feedback.title', { mentee: content.menteeName }), docWords);
      writeFeedback(writer, content, v.relationship!, v.raterName);
      return seal(db, writer, v, null, content.items);
    },
  };
}

async function seal(db: Db, writer: FormWriter, v: MakeFormValues, meetingId: number | null, items: FormItems): Promise<MadeFormFile> {
  const formId = newFormId();
  const key = formKey(db);
  writer.hidden(ID_FIELDS.formId, formId);
  writer.hidden(ID_FIELDS.kind, v.kind);
  writer.hidden(ID_FIELDS.vault, vaultTag(key));
  writer.hidden(ID_FIELDS.mac, formMac(key, { kind: v.kind, formId, menteeId: v.menteeId, meetingId, itemIds: itemIdsOf(items) }));
  const saved = await writer.save();
  registerForm(db, { id: formId, kind: v.kind, menteeId: v.menteeId, meetingId, relationship: v.kind === 'feedback' ? v.relationship : null, items });
  return { formId, kind: v.kind, ...saved };
}

function idField(fields: FieldMap, name: string): string {
  const field = fields.get(name);
  if (!field) throw new VaultError('INVALID_INPUT', 'This file cannot be imported: it is a PDF form, but not one made by Mentor Vault.');
  if (field.type !== 'text' || !/^[0-9a-z-]{1,64}$/.test(field.value)) {
    throw new VaultError('FORBIDDEN', 'This form cannot be imported: its identity fields were changed after it was made.');
  }
  return field.value;
}

/** Which registered form this is, proven by its MAC; refuses another vault's form, a forgery, an edited id, a second import. */
function authenticate(db: Db, fields: FieldMap): RegisteredForm {
  const formId = idField(fields, ID_FIELDS.formId);
  const tag = idField(fields, ID_FIELDS.vault);
  const mac = idField(fields, ID_FIELDS.mac);
  const stored = sql<Buffer>(db, 'SELECT key FROM exchange_form_key WHERE id = 1').pluck().get() as Buffer | undefined;
  if (!stored || !sameHex(tag, vaultTag(stored))) {
    throw new VaultError('FORBIDDEN', 'This form was made by another Mentor Vault, not this one; import it into the vault that made it.');
  }
  const form = registeredForm(db, formId);
  if (!form) throw new VaultError('FORBIDDEN', 'This form cannot be imported: its form id was changed; no form with that id was made in this vault.');
  const expected = formMac(stored, { kind: form.kind, formId, menteeId: form.menteeId, meetingId: form.meetingId, itemIds: itemIdsOf(form.items) });
  if (!sameHex(mac, expected)) throw new VaultError('FORBIDDEN', 'This form cannot be imported: its seal does not match, so it was forged or changed after it was made.');
  if (form.importedOn) {
    throw new VaultError('CONFLICT', `This form was already imported on ${form.importedOn.slice(0, 10)}; nothing was written again.`);
  }
  return form;
}

export interface ReadForm {
  form: RegisteredForm;
  menteeName: string;
  meetingTitle: string | null;
  lines: FormPreviewLine[];
  land: () => number;
}

/** Reads and checks a returned form; `land` records it. Nothing is written until it runs. */
export async function readReturnedForm(db: Db, bytes: Uint8Array): Promise<ReadForm> {
  const fields = await readFormFields(bytes);
  const form = authenticate(db, fields);
  const menteeName = sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(form.menteeId) as string;
  const reader = new AnswerReader(fields);
  if (form.kind === 'self-assessment') {
    const meetingTitle = sql<string>(db, 'SELECT title FROM meetings WHERE id = ?').pluck().get(form.meetingId) as string;
    const answers = readSelfAssessment(reader, form);
    const earlier = sql<string>(db, 'SELECT recorded_at FROM self_assessments WHERE meeting_id = ?').pluck().get(form.meetingId) as string | undefined;
    const replaces = earlier
      ? [{ place: words('formsPreview.place.selfAssessment', { meeting: meetingTitle }), label: words('formsPreview.label.replaces'), value: words('formsPreview.value.replaces', { date: earlier.slice(0, 10) }) }]
      : [];
    const lines = [...replaces, ...previewSelfAssessment(answers, meetingTitle)];
    return { form, menteeName, meetingTitle, lines, land: () => landSelfAssessment(db, form, answers) };
  }
  if (form.kind === 'feedback') {
    const answers = readFeedback(reader, form);
    return { form, menteeName, meetingTitle: null, lines: previewFeedback(answers, form, menteeName), land: () => landFeedback(db, form, answers) };
  }
  if (form.kind === 'check-in') {
    const answers = readCheckIn(reader, form);
    return { form, menteeName, meetingTitle: null, lines: previewCheckIn(answers, menteeName), land: () => landCheckIn(db, form, answers) };
  }
  if (form.kind === 'charter-comments') {
    const answers = readCharterComments(reader, form);
    return { form, menteeName, meetingTitle: null, lines: previewCharterComments(db, answers, menteeName), land: () => landCharterComments(db, form, answers) };
  }
  throw new VaultError('INVALID_INPUT', 'This kind of form cannot be imported by this version of the app.');
}

/** Checks again and records in one transaction, marking the form imported. */
export async function importReturnedForm(db: Db, bytes: Uint8Array): Promise<ImportedForm> {
  const read = await readReturnedForm(db, bytes);
  const recorded = db.transaction(() => {
    if (registeredForm(db, read.form.id)?.importedOn) throw new VaultError('CONFLICT', 'This form was already imported; nothing was written again.');
    const n = read.land();
    markImported(db, read.form.id);
    return n;
  })();
  const mentee = read.menteeName;
  const place = read.meetingTitle
    ? words('formsPreview.recorded.meeting', { meeting: read.meetingTitle })
    : words(read.form.kind === 'check-in' ? 'formsPreview.recorded.checkIn' : read.form.kind === 'charter-comments' ? 'formsPreview.recorded.charter' : 'formsPreview.recorded.evidence', { mentee });
  return { formId: read.form.id, kind: read.form.kind, recorded, place };
}
