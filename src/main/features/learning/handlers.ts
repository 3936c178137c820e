import type { learningContract } from '../../../shared/learning/contract';
import type { HandlersFor } from '../../ipc/router';
import { requireMentee } from '../shared/store-helpers';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../shared/record-table';
import { practiceTable, reflections, resourcesTable } from './store';

const deleted = { deleted: true as const };

export const learningHandlers: HandlersFor<typeof learningContract> = {
  'resources.list': (input, { session }) => listRecords(session.db, resourcesTable, input),
  'resources.get': ({ id }, { session }) => getRecord(session.db, resourcesTable, id),
  'resources.create': ({ menteeId, ...values }, { session }) => createRecord(session.db, resourcesTable, menteeId, values),
  'resources.update': ({ id, ...values }, { session }) => updateRecord(session.db, resourcesTable, id, values),
  'resources.delete': ({ id }, { session }) => {
    deleteRecord(session.db, resourcesTable, id);
    return deleted;
  },
  'practice.list': (input, { session }) => listRecords(session.db, practiceTable, input),
  'practice.get': ({ id }, { session }) => getRecord(session.db, practiceTable, id),
  'practice.create': ({ menteeId, ...values }, { session }) => createRecord(session.db, practiceTable, menteeId, values),
  'practice.update': ({ id, ...values }, { session }) => updateRecord(session.db, practiceTable, id, values),
  'practice.delete': ({ id }, { session }) => {
    deleteRecord(session.db, practiceTable, id);
    return deleted;
  },
  'learning.reflections': (input, { session }) => {
    if (input.menteeId !== null) requireMentee(session.db, input.menteeId);
    return reflections(session.db, input);
  },
};
