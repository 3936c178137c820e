import { method } from '../contract/define';
import type { Page } from '../primitives';
import { setAgendaInput, type AgendaItem } from './agenda';
import {
  addActionInput,
  addDecisionInput,
  addEvidenceInput,
  addWinInput,
  endMeetingInput,
  importSelfAssessmentInput,
  listActionsInput,
  recordSelfAssessmentInput,
  removeCaptureInput,
  saveDraftInput,
  savePrivateNoteInput,
  saveProgressInput,
  setActionDoneInput,
  updateActionInput,
  type ActionItem,
  type MeetingDecision,
  type MeetingEvidence,
  type MeetingWin,
  type SelfAssessment,
} from './capture';
import type { Meeting, MeetingReport } from './meeting';
import { scoreInput, type RubricScore } from './rubric';
import {
  acceptProposalInput,
  convertMeetingInput,
  moveRhythmInput,
  createMeetingInput,
  dismissProposalInput,
  listMeetingsInput,
  meetingIdInput,
  planMeetingsInput,
  proposalsInput,
  rescheduleMeetingInput,
  setMeetingStatusInput,
  updateMeetingInput,
  type MeetingProposal,
  type MeetingSummary,
  type PlanResult,
} from './schema';

type Deleted = { deleted: true };

export const meetingsContract = {
  /** Meetings of one mentee or of all, by date (server-paged). */
  'meetings.list': method(listMeetingsInput).returns<Page<MeetingSummary>>(),
  'meetings.get': method(meetingIdInput).returns<Meeting>(),
  /** A meeting added by hand; its agenda comes from the kind's template. */
  'meetings.create': method(createMeetingInput).returns<Meeting>(),
  'meetings.update': method(updateMeetingInput).returns<Meeting>(),
  /** Moves a planned meeting (the calendar event's SEQUENCE goes up). */
  'meetings.reschedule': method(rescheduleMeetingInput).returns<Meeting>(),
  /** Skip or cancel a planned meeting, or plan it again. */
  'meetings.setStatus': method(setMeetingStatusInput).returns<Meeting>(),
  /** Only a planned meeting added by hand with nothing captured; generated ones are skipped or cancelled. */
  'meetings.delete': method(meetingIdInput).returns<Deleted>(),
  /** The coming weeks' meetings from the charter's rhythm and pilot review; re-running adds nothing twice. */
  'meetings.plan': method(planMeetingsInput).returns<PlanResult>(),
  /** Formal reviews proposed after achieved major milestones with no review since. */
  'meetings.proposals': method(proposalsInput).returns<MeetingProposal[]>(),
  'meetings.acceptProposal': method(acceptProposalInput).returns<Meeting>(),
  'meetings.dismissProposal': method(dismissProposalInput).returns<{ dismissed: true }>(),
  /** Turns a planned meeting into a short focused session or an asynchronous exercise; the decision log keeps why. */
  'meetings.convert': method(convertMeetingInput).returns<Meeting>(),
  /** The meeting's agenda in its new order; items without an id are added. */
  'meetings.setAgenda': method(setAgendaInput).returns<AgendaItem[]>(),
  'meetings.recordSelfAssessment': method(recordSelfAssessmentInput).returns<SelfAssessment>(),
  /** Reads a self-assessment file the mentor picks (null when the dialog is cancelled). */
  'meetings.importSelfAssessment': method(importSelfAssessmentInput).returns<SelfAssessment | null>(),
  'meetings.score': method(scoreInput).returns<RubricScore[]>(),
  /** Opens the meeting mode: the meeting is in progress and open actions are carried into it. */
  'meetings.start': method(meetingIdInput).returns<Meeting>(),
  /** Saves typed capture text as it is typed (the screen calls it a few hundred ms behind the keyboard). */
  'meetings.saveDraft': method(saveDraftInput).returns<{ savedAt: string }>(),
  /** The private note of this meeting, kept confidential in the notes store. */
  'meetings.savePrivateNote': method(savePrivateNoteInput).returns<{ noteId: number; savedAt: string }>(),
  /** Where the meeting mode is: current agenda item and timers. */
  'meetings.saveProgress': method(saveProgressInput).returns<{ savedAt: string }>(),
  'meetings.addWin': method(addWinInput).returns<MeetingWin>(),
  'meetings.addEvidence': method(addEvidenceInput).returns<MeetingEvidence>(),
  /** A decision into the decision log, linked to this meeting. */
  'meetings.addDecision': method(addDecisionInput).returns<MeetingDecision>(),
  'meetings.addAction': method(addActionInput).returns<ActionItem>(),
  'meetings.updateAction': method(updateActionInput).returns<ActionItem>(),
  'meetings.setActionDone': method(setActionDoneInput).returns<ActionItem>(),
  /** Action items of a mentee (open ones by default). */
  'meetings.actions': method(listActionsInput).returns<ActionItem[]>(),
  /** Removes a win, an evidence line or an action item captured by mistake; a decision is withdrawn (the log keeps it and a correcting entry). */
  'meetings.removeCapture': method(removeCaptureInput).returns<Deleted>(),
  /** The summary as it stands (before ending, to review it). */
  'meetings.summary': method(meetingIdInput).returns<MeetingReport>(),
  /** Ends the meeting: recalibrations applied with their reasons, open actions carried forward, pilot marked reviewed. */
  'meetings.end': method(endMeetingInput).returns<MeetingReport>(),
  /** After a meeting held far from its planned date: moves the rest of the rhythm by as many days, once. */
  'meetings.moveRhythm': method(moveRhythmInput).returns<Meeting>(),
};
