import type { Meeting } from '../../../shared/meetings/meeting';
import type { MeetingKind } from '../../../shared/meetings/schema';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { agendaOf } from './agenda';
import { carriedActions, pulledIn, raisedActions } from './actions';
import { decisionsOf, draftsOf, evidenceOf, privateNoteOf, winsOf } from './capture';
import { rhythmToMove } from './held-time';
import { nextPlannedMeeting } from './lifecycle';
import { meetingRow, toSummary } from './rows';
import { rubricOfMeeting, scoresOf } from './rubric';
import { selfAssessmentOf } from './self-assessment';

/** Everything about one meeting in one answer: the page and the meeting mode need all of it at once. */
export function getMeeting(db: Db, id: number, today = localToday()): Meeting {
  const row = meetingRow(db, id);
  const next = nextPlannedMeeting(db, row.mentee_id, id, row.starts_at);
  return {
    ...toSummary(row),
    agenda: agendaOf(db, id),
    notes: row.notes,
    drafts: draftsOf(db, id),
    privateNoteId: privateNoteOf(db, id),
    progress: { currentItemId: row.current_item_id, elapsedSeconds: row.elapsed_seconds, startedAt: row.started_at, endedAt: row.ended_at },
    actions: { raised: raisedActions(db, id), carried: carriedActions(db, row) },
    wins: winsOf(db, id),
    evidence: evidenceOf(db, id),
    decisions: decisionsOf(db, id),
    selfAssessment: selfAssessmentOf(db, id),
    rubric: { ...rubricOfMeeting(db, row.rubric_template_id), scores: scoresOf(db, id) },
    pulledIn: pulledIn(db, row.mentee_id, id, today),
    nextMeeting: next ? { id: next.id, date: next.local_date, kind: next.kind as MeetingKind } : null,
    rhythmToMove: rhythmToMove(db, row),
  };
}
