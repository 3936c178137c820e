import type { assessmentContract } from '../../../shared/assessment/contract';
import type { HandlersFor } from '../../ipc/router';
import {
  archiveCompetency,
  createCompetency,
  deleteCompetency,
  listCompetencies,
  reorderCompetencies,
  updateCompetency,
} from './competencies';
import { requireMentee } from '../shared/store-helpers';
import { competencyGrowth, deleteAssessment, getAssessment, listAssessments, recordAssessment } from './store';

export const assessmentHandlers: HandlersFor<typeof assessmentContract> = {
  'competencies.list': ({ includeArchived }, { session }) => listCompetencies(session.db, includeArchived),
  'competencies.create': (values, { session }) => createCompetency(session.db, values),
  'competencies.update': ({ id, ...values }, { session }) => updateCompetency(session.db, id, values),
  'competencies.archive': ({ id, archived }, { session }) => archiveCompetency(session.db, id, archived),
  'competencies.reorder': ({ ids }, { session }) => reorderCompetencies(session.db, ids),
  'competencies.delete': ({ id }, { session }) => {
    deleteCompetency(session.db, id);
    return { deleted: true as const };
  },
  'assessments.list': ({ menteeId, ...page }, { session }) => listAssessments(session.db, menteeId, page),
  'assessments.get': ({ id }, { session }) => getAssessment(session.db, id),
  'assessments.record': (values, { session }) => recordAssessment(session.db, values),
  'assessments.delete': ({ id }, { session }) => {
    deleteAssessment(session.db, id);
    return { deleted: true as const };
  },
  'assessments.growth': ({ menteeId }, { session }) => {
    requireMentee(session.db, menteeId);
    return competencyGrowth(session.db, menteeId);
  },
};
