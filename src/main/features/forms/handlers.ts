import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { formsContract } from '../../../shared/forms/contract';
import { MAX_FORM_BYTES, type SelfAssessedLevel } from '../../../shared/forms/schema';
import { sql } from '../../vault/statements';
import type { VaultSession } from '../../app/session';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';
import { writeFileAtomically } from '../documents/write-file';
import { importReturnedForm, planForm, readReturnedForm } from './exchange';
import { refuseFile } from './read-fields';
import type { FileFilter } from '../../app/platform';

const PDF_FILTERS: FileFilter[] = [{ name: 'shell.filter.pdfForm', extensions: ['pdf'] }];
const lastFolder = new WeakMap<VaultSession, string>();
/** Previewed files by token, in memory only, so `forms.import` records exactly what was shown. */
const previewed = new WeakMap<VaultSession, Map<string, Buffer>>();
const MAX_PREVIEWS = 4;

async function readChosen(path: string): Promise<Buffer> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw refuseFile('the file could not be read.');
  if (info.size > MAX_FORM_BYTES) throw refuseFile('it is larger than 10 MB; a returned form is far smaller.');
  return readFile(path);
}

export const formHandlers: HandlersFor<typeof formsContract> = {
  'forms.make': async (input, { session, platform }) => {
    const planned = planForm(session.db, input);
    const folder = lastFolder.get(session);
    const path = await platform.chooseSavePath({ title: 'shell.dialog.saveForm', defaultPath: folder ? join(folder, planned.fileName) : planned.fileName, filters: PDF_FILTERS });
    if (!path) return null;
    const made = await planned.build();
    const written = await writeFileAtomically(path, made.bytes, session.current.path);
    lastFolder.set(session, dirname(written));
    return { path: written, formId: made.formId, kind: made.kind, pages: made.pages, bytes: made.bytes.length };
  },

  'forms.preview': async ({ dropped }, { session, platform }) => {
    let bytes: Buffer;
    if (dropped) bytes = Buffer.from(dropped.base64, 'base64');
    else {
      const path = await platform.chooseOpenPath({ title: 'shell.dialog.importForm', filters: PDF_FILTERS });
      if (!path) return null;
      bytes = await readChosen(path);
    }
    const read = await readReturnedForm(session.db, bytes);
    const token = randomBytes(16).toString('hex');
    let held = previewed.get(session);
    if (!held) {
      const fresh = new Map<string, Buffer>();
      // A returned form holds a person's answers: forgotten when the vault locks (a stand-in session in tests has no lock).
      session.onLock?.(() => fresh.clear());
      previewed.set(session, fresh);
      held = fresh;
    }
    held.set(token, bytes);
    while (held.size > MAX_PREVIEWS) held.delete(held.keys().next().value!);
    return {
      token,
      formId: read.form.id,
      kind: read.form.kind,
      menteeName: read.menteeName,
      meetingTitle: read.meetingTitle,
      madeOn: read.form.madeOn.slice(0, 10),
      lines: read.lines,
    };
  },

  'forms.selfAssessedLevels': ({ meetingId }, { session }) =>
    sql<SelfAssessedLevel>(session.db, 'SELECT dimension, levels, rating FROM self_assessment_dimensions WHERE meeting_id = ? ORDER BY position').all(meetingId),

  'forms.import': async ({ token }, { session }) => {
    const bytes = previewed.get(session)?.get(token);
    if (!bytes) throw new VaultError('NOT_FOUND', 'That preview is no longer open; open the form again.');
    const done = await importReturnedForm(session.db, bytes);
    previewed.get(session)?.delete(token);
    return done;
  },
};
