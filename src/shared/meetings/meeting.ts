import type { AgendaItem } from './agenda';
import type { ActionItem, MeetingDecision, MeetingEvidence, MeetingWin, SelfAssessment } from './capture';
import type { RubricScore } from './rubric';
import type { RubricDimension } from '../templates/rubric';
import type { MeetingSummary } from './schema';

/** Plan items that need attention, pulled into the agenda's context automatically. */
export interface PulledIn {
  atRiskGoals: { id: number; title: string }[];
  overdueMilestones: { id: number; goalId: number; goalTitle: string; title: string; dueDate: string }[];
  /** Open action items from earlier meetings (see `Meeting.actions.carried`). */
  openActions: number;
}

/** Everything the meeting page and the meeting mode show, in one answer. */
export interface Meeting extends MeetingSummary {
  agenda: AgendaItem[];
  /** General meeting notes (part of the meeting record; not the mentor's private note). */
  notes: string;
  /** Quick-capture lines being typed (win, decision, action, evidence), saved as typed. */
  drafts: Record<string, string>;
  /** The mentor's private note on this meeting, if any: read it through notes.get (confidential). */
  privateNoteId: number | null;
  progress: { currentItemId: number | null; elapsedSeconds: number; startedAt: string | null; endedAt: string | null };
  actions: {
    /** Raised in this meeting. */
    raised: ActionItem[];
    /** From earlier meetings: still open (or ticked done in this one); for a past meeting, those it reviewed. */
    carried: ActionItem[];
  };
  wins: MeetingWin[];
  evidence: MeetingEvidence[];
  decisions: MeetingDecision[];
  selfAssessment: SelfAssessment | null;
  rubric: { templateId: number | null; name: string | null; dimensions: RubricDimension[]; scores: RubricScore[] };
  pulledIn: PulledIn;
  /** The mentee's next planned meeting after this one (where open actions are carried). */
  nextMeeting: { id: number; date: string; kind: MeetingSummary['kind'] } | null;
  /** Held far from its plan: how many later planned meetings of the rhythm moving it would shift (0: nothing to offer). */
  rhythmToMove: number;
}

/** The end of a meeting: what was decided and agreed, as the summary shows it. */
export interface MeetingReport {
  meeting: MeetingSummary;
  decisions: MeetingDecision[];
  actions: ActionItem[];
  /** Open action items carried to the next meeting (none when no next meeting is planned yet). */
  carriedForward: { count: number; toMeetingId: number | null; toDate: string | null };
  wins: MeetingWin[];
  evidence: MeetingEvidence[];
  scores: RubricScore[];
  selfAssessment: SelfAssessment | null;
  /** Goals whose timeline or target changed at this meeting, with the reason (recalibrations). */
  recalibrations: { goalId: number; goalTitle: string; field: string; from: string; to: string; why: string }[];
  /** The notes written on each agenda item (items without notes left out), in agenda order. */
  itemNotes: { itemId: number; title: string; notes: string }[];
  /** Typed quick-capture lines that were never added (kept; shown so nothing is lost unseen). */
  unfinished: { field: string; text: string }[];
  pilotReviewed: boolean;
  /** A pilot review held before the pilot began: it reviewed nothing, so the pilot is not marked reviewed. */
  pilotNotBegun: boolean;
}
