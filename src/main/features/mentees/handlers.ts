import type { menteesContract } from '../../../shared/mentees/contract';
import type { HandlersFor } from '../../ipc/router';
import { archiveMentee, createMentee, deleteMentee, getMentee, listMentees, updateMentee } from './store';

export const menteeHandlers: HandlersFor<typeof menteesContract> = {
  'mentees.list': (input, { session }) => listMentees(session.db, input),
  'mentees.get': ({ id }, { session }) => getMentee(session.db, id),
  'mentees.create': (profile, { session }) => createMentee(session.db, profile),
  'mentees.update': ({ id, profile }, { session }) => updateMentee(session.db, id, profile),
  'mentees.archive': ({ id, archived }, { session }) => archiveMentee(session.db, id, archived),
  'mentees.delete': ({ id, confirmName }, { session }) => {
    deleteMentee(session.db, id, confirmName);
    return { deleted: true as const };
  },
};
