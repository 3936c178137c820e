import type { meetingsContract } from '../../../shared/meetings/contract';
import type { HandlersFor } from '../../ipc/router';
import { nowIso } from '../../vault/statements';
import { setAgenda } from './agenda';
import { menteeActions } from './actions';
import {
  addAction,
  addDecision,
  addEvidence,
  addWin,
  removeCapture,
  saveDraft,
  savePrivateNote,
  saveProgress,
  setActionDone,
  updateAction,
} from './capture';
import { getMeeting } from './detail';
import { moveRhythm } from './held-time';
import { endMeeting, meetingReport, startMeeting } from './lifecycle';
import { acceptProposal, convertMeeting, dismissProposal, planMeetings, proposals } from './plan';
import { scoreMeeting } from './rubric';
import { importSelfAssessment, recordSelfAssessment } from './self-assessment';
import { createMeeting, deleteMeeting, listMeetings, rescheduleMeeting, setMeetingStatus, updateMeeting } from './store';

const deleted = { deleted: true as const };

export const meetingHandlers: HandlersFor<typeof meetingsContract> = {
  'meetings.list': (input, { session }) => listMeetings(session.db, input),
  'meetings.get': ({ id }, { session }) => getMeeting(session.db, id),
  'meetings.create': (input, { session }) => getMeeting(session.db, createMeeting(session.db, input)),
  'meetings.update': (input, { session }) => {
    updateMeeting(session.db, input);
    return getMeeting(session.db, input.id);
  },
  'meetings.reschedule': (input, { session }) => {
    rescheduleMeeting(session.db, input);
    return getMeeting(session.db, input.id);
  },
  'meetings.setStatus': (input, { session }) => {
    setMeetingStatus(session.db, input);
    return getMeeting(session.db, input.id);
  },
  'meetings.delete': ({ id }, { session }) => {
    deleteMeeting(session.db, id);
    return deleted;
  },
  'meetings.plan': (input, { session }) => planMeetings(session.db, input),
  'meetings.proposals': ({ menteeId }, { session }) => proposals(session.db, menteeId),
  'meetings.acceptProposal': (input, { session }) => getMeeting(session.db, acceptProposal(session.db, input)),
  'meetings.dismissProposal': ({ milestoneId }, { session }) => {
    dismissProposal(session.db, milestoneId);
    return { dismissed: true as const };
  },
  'meetings.convert': (input, { session }) => {
    convertMeeting(session.db, input);
    return getMeeting(session.db, input.id);
  },
  'meetings.setAgenda': ({ meetingId, items }, { session }) => setAgenda(session.db, meetingId, items),
  'meetings.recordSelfAssessment': ({ meetingId, ...values }, { session }) => recordSelfAssessment(session.db, meetingId, values),
  'meetings.importSelfAssessment': async ({ meetingId }, { session, platform }) => {
    const path = await platform.chooseOpenPath({ title: 'shell.dialog.importSelfAssessment', filters: [{ name: 'shell.filter.selfAssessment', extensions: ['json'] }] });
    if (!path) return null;
    return importSelfAssessment(session.db, meetingId, path);
  },
  'meetings.score': (input, { session }) => scoreMeeting(session.db, input),
  'meetings.start': ({ id }, { session }) => {
    startMeeting(session.db, id);
    return getMeeting(session.db, id);
  },
  'meetings.saveDraft': ({ meetingId, field, text }, { session }) => ({ savedAt: saveDraft(session.db, meetingId, field, text) }),
  'meetings.savePrivateNote': ({ meetingId, noteId, text, locale }, { session }) => ({ noteId: savePrivateNote(session.db, meetingId, noteId, text, locale), savedAt: nowIso() }),
  'meetings.saveProgress': (input, { session }) => ({ savedAt: saveProgress(session.db, input) }),
  'meetings.addWin': ({ meetingId, text }, { session }) => addWin(session.db, meetingId, text),
  'meetings.addEvidence': ({ meetingId, evidenceId, text }, { session }) => addEvidence(session.db, meetingId, evidenceId, text),
  'meetings.addDecision': ({ meetingId, decision, rationale }, { session }) => addDecision(session.db, meetingId, decision, rationale),
  'meetings.addAction': ({ meetingId, ...values }, { session }) => addAction(session.db, meetingId, values),
  'meetings.updateAction': ({ id, ...values }, { session }) => updateAction(session.db, id, values),
  'meetings.setActionDone': ({ id, done, meetingId }, { session }) => setActionDone(session.db, id, done, meetingId),
  'meetings.actions': ({ menteeId, open }, { session }) => menteeActions(session.db, menteeId, open),
  'meetings.removeCapture': ({ kind, id, locale }, { session }) => {
    removeCapture(session.db, kind, id, locale);
    return deleted;
  },
  'meetings.summary': ({ id }, { session }) => meetingReport(session.db, id),
  'meetings.end': (input, { session }) => endMeeting(session.db, input),
  'meetings.moveRhythm': ({ id, locale }, { session }) => {
    moveRhythm(session.db, id, undefined, locale);
    return getMeeting(session.db, id);
  },
};
