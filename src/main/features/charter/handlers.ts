import { defaultCharterBody } from '../../../shared/charter/defaults';
import type { charterContract } from '../../../shared/charter/contract';
import type { HandlersFor } from '../../ipc/router';
import { invalid } from '../shared/store-helpers';
import { listCharterComments, resolveCharterComment } from './comments';
import { compareVersions } from './compare';
import {
  agreeCharter,
  createCharter,
  discardDraft,
  getCharter,
  getCharterVersion,
  reviseCharter,
  setPilotReviewed,
  updateCharter,
} from './store';

export const charterHandlers: HandlersFor<typeof charterContract> = {
  'charter.get': ({ menteeId }, { session }) => getCharter(session.db, menteeId),
  'charter.defaults': ({ locale }) => defaultCharterBody(locale),
  'charter.comments': ({ menteeId }, { session }) => listCharterComments(session.db, menteeId),
  'charter.resolveComment': ({ commentId, resolvedOn }, { session }) => resolveCharterComment(session.db, commentId, resolvedOn),
  'charter.create': ({ menteeId, body, locale }, { session }) => createCharter(session.db, menteeId, body, locale),
  'charter.update': ({ versionId, body, reason }, { session }) => updateCharter(session.db, versionId, body, reason),
  'charter.revise': ({ menteeId, reason }, { session }) => reviseCharter(session.db, menteeId, reason),
  'charter.agree': (input, { session }) => agreeCharter(session.db, input),
  'charter.discardDraft': ({ versionId }, { session }) => discardDraft(session.db, versionId),
  'charter.version': ({ versionId }, { session }) => getCharterVersion(session.db, versionId),
  'charter.compare': ({ fromVersionId, toVersionId }, { session }) => {
    const from = getCharterVersion(session.db, fromVersionId);
    const to = getCharterVersion(session.db, toVersionId);
    if (from.menteeId !== to.menteeId) throw invalid(['toVersionId'], 'Compare two versions of the same charter');
    return compareVersions(from, to);
  },
  'charter.setPilotReviewed': ({ menteeId, reviewedOn }, { session }) => setPilotReviewed(session.db, menteeId, reviewedOn),
};
