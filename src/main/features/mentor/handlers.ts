import { dirname, join } from 'node:path';
import type { mentorContract } from '../../../shared/mentor/contract';
import type { VaultSession } from '../../app/session';
import type { FileFilter, Platform } from '../../app/platform';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';
import { rememberExport } from '../documents/opened-files';
import { writeFileAtomically } from '../documents/write-file';
import { adjustSession, listClients, updateClient } from './clients';
import { makeHoursFile, makeRecordPdf } from './export';
import { hoursSummary, loggedSessions } from './hours';
import { getMentorProfile, updateMentorProfile } from './profile';
import { credentialsTable, mentorGoalsTable, reflectionsTable, supervisionTable, thresholdsTable, trainingTable } from './records';
import { allOwn, createOwn, deleteOwn, listOwn, updateOwn, type OwnTable } from './table';
import type { MessageId } from '../../../shared/i18n/catalogue';


/** Where the mentor saved their last log, so the next dialog opens there. */
const lastFolder = new WeakMap<VaultSession, string>();

async function save(session: VaultSession, platform: Platform, bytes: Buffer, fileName: string, title: MessageId, filter: FileFilter) {
  const folder = lastFolder.get(session);
  const path = await platform.chooseSavePath({ title, defaultPath: folder ? join(folder, fileName) : fileName, filters: [filter] });
  if (!path) return null;
  const written = await writeFileAtomically(path, bytes, session.current.path);
  lastFolder.set(session, dirname(written));
  return { path: written, token: rememberExport(session, written) };
}

/** list / create / update / delete of one of the mentor's own record kinds. */
function crud<V extends object>(t: OwnTable<V>) {
  return {
    list: (input: { search: string; offset: number; limit: number }, { session }: { session: VaultSession }) => listOwn(session.db, t, input),
    create: (values: V, { session }: { session: VaultSession }) => createOwn(session.db, t, values),
    update: ({ id, ...values }: V & { id: number }, { session }: { session: VaultSession }) => updateOwn(session.db, t, id, values as unknown as V),
    remove: ({ id }: { id: number }, { session }: { session: VaultSession }) => deleteOwn(session.db, t, id),
  };
}

const credentials = crud(credentialsTable);
const goals = crud(mentorGoalsTable);
const training = crud(trainingTable);
const supervision = crud(supervisionTable);
const reflections = crud(reflectionsTable);
const thresholds = crud(thresholdsTable);

export const mentorHandlers: HandlersFor<typeof mentorContract> = {
  'mentor.get': (_input, { session }) => getMentorProfile(session.db),
  'mentor.update': (profile, { session }) => updateMentorProfile(session.db, profile),
  'mentor.listCredentials': credentials.list,
  'mentor.createCredential': credentials.create,
  'mentor.updateCredential': credentials.update,
  'mentor.deleteCredential': credentials.remove,
  'mentor.listGoals': goals.list,
  'mentor.createGoal': goals.create,
  'mentor.updateGoal': goals.update,
  'mentor.deleteGoal': goals.remove,
  'mentor.listTraining': training.list,
  'mentor.createTraining': training.create,
  'mentor.updateTraining': training.update,
  'mentor.deleteTraining': training.remove,
  'mentor.listSupervision': supervision.list,
  'mentor.createSupervision': supervision.create,
  'mentor.updateSupervision': supervision.update,
  'mentor.deleteSupervision': supervision.remove,
  'mentor.listReflections': reflections.list,
  'mentor.createReflection': reflections.create,
  'mentor.updateReflection': reflections.update,
  'mentor.deleteReflection': reflections.remove,
  'mentor.listThresholds': (_input, { session }) => allOwn(session.db, thresholdsTable),
  'mentor.createThreshold': thresholds.create,
  'mentor.updateThreshold': thresholds.update,
  'mentor.deleteThreshold': thresholds.remove,
  'mentor.listClients': (_input, { session }) => listClients(session.db),
  'mentor.updateClient': ({ menteeId, ...values }, { session }) => updateClient(session.db, menteeId, values),
  'mentor.sessions': (period, { session }) => loggedSessions(session.db, period).map(({ contact: _c, consent: _k, ...s }) => s),
  'mentor.adjustSession': (input, { session }) => {
    adjustSession(session.db, input);
    const date = session.db.prepare('SELECT local_date FROM meetings WHERE id = ?').pluck().get(input.meetingId) as string;
    const found = loggedSessions(session.db, { from: date, to: date }).find((s) => s.meetingId === input.meetingId);
    if (!found) throw new VaultError('NOT_FOUND', 'No held meeting with that id.');
    const { contact: _c, consent: _k, ...logged } = found;
    return logged;
  },
  'mentor.hours': (period, { session }) => hoursSummary(session.db, period),
  'mentor.exportHours': async ({ format, locale, ...period }, { session, platform }) => {
    const made = await makeHoursFile(session.db, format, period, locale);
    const filter = format === 'csv' ? { name: 'shell.filter.csv' as const, extensions: ['csv'] } : { name: 'shell.filter.xlsx' as const, extensions: ['xlsx'] };
    const saved = await save(session, platform, made.bytes, made.fileName, 'shell.dialog.saveHours', filter);
    return saved && { ...saved, bytes: made.bytes.length, rows: made.rows };
  },
  'mentor.exportRecord': async (period, { session, platform }) => {
    const made = await makeRecordPdf(session.db, period);
    const saved = await save(session, platform, made.bytes, made.fileName, 'shell.dialog.saveRecord', { name: 'shell.filter.pdf', extensions: ['pdf'] });
    return saved && { ...saved, pages: made.pages, bytes: made.bytes.length, pageSize: made.pageSize };
  },
};
