import type { recordsContract } from '../../../shared/records/contract';
import type { HandlersFor } from '../../ipc/router';
import { nowIso, sql } from '../../vault/statements';
import { notFound } from '../shared/store-helpers';
import {
  assertEvidenceDeletable,
  deadlinesTable,
  decisionsTable,
  evidenceTable,
  progressReportsTable,
  sponsorshipTable,
  withOverdue,
} from './store';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../shared/record-table';

const deleted = { deleted: true as const };

export const recordHandlers: HandlersFor<typeof recordsContract> = {
  'decisions.list': (input, { session }) => listRecords(session.db, decisionsTable, input),
  'decisions.get': ({ id }, { session }) => getRecord(session.db, decisionsTable, id),
  'decisions.create': ({ menteeId, ...values }, { session }) => createRecord(session.db, decisionsTable, menteeId, values),
  'sponsorship.list': (input, { session }) => listRecords(session.db, sponsorshipTable, input),
  'sponsorship.get': ({ id }, { session }) => getRecord(session.db, sponsorshipTable, id),
  'sponsorship.create': ({ menteeId, ...values }, { session }) => createRecord(session.db, sponsorshipTable, menteeId, values),
  'sponsorship.update': ({ id, ...values }, { session }) => updateRecord(session.db, sponsorshipTable, id, values),
  'sponsorship.delete': ({ id }, { session }) => {
    deleteRecord(session.db, sponsorshipTable, id);
    return deleted;
  },
  'evidence.list': (input, { session }) => listRecords(session.db, evidenceTable, input),
  'evidence.get': ({ id }, { session }) => getRecord(session.db, evidenceTable, id),
  'evidence.create': ({ menteeId, ...values }, { session }) => createRecord(session.db, evidenceTable, menteeId, values),
  'evidence.update': ({ id, ...values }, { session }) => updateRecord(session.db, evidenceTable, id, values),
  'evidence.delete': ({ id }, { session }) => {
    assertEvidenceDeletable(session.db, id);
    deleteRecord(session.db, evidenceTable, id);
    return deleted;
  },
  'deadlines.list': (input, { session }) => {
    const page = listRecords(session.db, deadlinesTable, input);
    return { rows: page.rows.map((d) => withOverdue(d)), total: page.total };
  },
  'deadlines.create': ({ menteeId, ...values }, { session }) => withOverdue(createRecord(session.db, deadlinesTable, menteeId, values)),
  'deadlines.update': ({ id, ...values }, { session }) => withOverdue(updateRecord(session.db, deadlinesTable, id, values)),
  'deadlines.setDone': ({ id, doneOn }, { session }) => {
    const r = sql(session.db, 'UPDATE deadlines SET done_on = ?, updated_at = ? WHERE id = ?').run(doneOn, nowIso(), id);
    if (r.changes === 0) throw notFound('deadline');
    return withOverdue(getRecord(session.db, deadlinesTable, id));
  },
  'deadlines.delete': ({ id }, { session }) => {
    deleteRecord(session.db, deadlinesTable, id);
    return deleted;
  },
  'progressReports.list': (input, { session }) => listRecords(session.db, progressReportsTable, input),
  'progressReports.get': ({ id }, { session }) => getRecord(session.db, progressReportsTable, id),
  'progressReports.create': ({ menteeId, ...values }, { session }) => createRecord(session.db, progressReportsTable, menteeId, values),
  'progressReports.update': ({ id, ...values }, { session }) => updateRecord(session.db, progressReportsTable, id, values),
  'progressReports.delete': ({ id }, { session }) => {
    deleteRecord(session.db, progressReportsTable, id);
    return deleted;
  },
};
