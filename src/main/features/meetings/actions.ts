import type { ActionItem, ActionOwner } from '../../../shared/meetings/capture';
import type { PulledIn } from '../../../shared/meetings/meeting';
import { localToday } from '../../../shared/dates';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { notFound } from '../shared/store-helpers';
import type { MeetingRow } from './rows';

interface ActionRow {
  id: number;
  mentee_id: number;
  meeting_id: number;
  meeting_date: string;
  title: string;
  owner: ActionOwner;
  due_date: string | null;
  done_on: string | null;
  carried: number;
}

const ACTION_SELECT = `SELECT a.id, a.mentee_id, a.meeting_id, src.local_date AS meeting_date, a.title, a.owner, a.due_date, a.done_on,
  (SELECT count(*) FROM action_item_carries c WHERE c.action_id = a.id) AS carried
  FROM action_items a JOIN meetings src ON src.id = a.meeting_id`;

/** The statements behind the action lists, exported so a test can check their query plans. */
export const ACTIONS_SQL = {
  raised: `${ACTION_SELECT} WHERE a.meeting_id = :meetingId ORDER BY a.id`,
  /** Before or during a meeting: every action of the mentee from other meetings still open, or ticked done in this one. */
  openForMeeting: `${ACTION_SELECT} WHERE a.mentee_id = :menteeId AND a.meeting_id <> :meetingId
    AND (a.done_on IS NULL OR a.done_in_meeting_id = :meetingId) ORDER BY a.due_date IS NULL, a.due_date, a.id`,
  /** A past meeting: what it carried in. */
  carriedInto: `${ACTION_SELECT} JOIN action_item_carries c ON c.action_id = a.id AND c.meeting_id = :meetingId
    ORDER BY a.due_date IS NULL, a.due_date, a.id`,
  byMentee: `${ACTION_SELECT} WHERE a.mentee_id = :menteeId AND (:open = 0 OR a.done_on IS NULL) ORDER BY a.done_on IS NOT NULL, a.due_date IS NULL, a.due_date, a.id`,
  atRisk: "SELECT id, title FROM goals WHERE mentee_id = :menteeId AND status = 'at-risk' ORDER BY target_date, id",
  overdue: `SELECT ms.id, ms.goal_id, g.title AS goal_title, ms.title, ms.due_date FROM goals g JOIN milestones ms ON ms.goal_id = g.id
    WHERE g.mentee_id = :menteeId AND g.status IN ('not-started','on-track','at-risk') AND ms.done_on IS NULL AND ms.due_date < :today
    ORDER BY ms.due_date, ms.id`,
  openCount: 'SELECT count(*) FROM action_items WHERE mentee_id = :menteeId AND done_on IS NULL AND meeting_id <> :meetingId',
};

export function toAction(r: ActionRow, today = localToday()): ActionItem {
  return {
    id: r.id,
    menteeId: r.mentee_id,
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date,
    title: r.title,
    owner: r.owner,
    dueDate: r.due_date,
    doneOn: r.done_on,
    carriedCount: r.carried,
    overdue: r.done_on === null && r.due_date !== null && r.due_date < today,
  };
}

export function getAction(db: Db, id: number): ActionItem {
  const row = sql<ActionRow>(db, `${ACTION_SELECT} WHERE a.id = ?`).get(id);
  if (!row) throw notFound('action item');
  return toAction(row);
}

export function raisedActions(db: Db, meetingId: number): ActionItem[] {
  return sql<ActionRow>(db, ACTIONS_SQL.raised).all({ meetingId }).map((r) => toAction(r));
}

/** Actions carried into a meeting: live while it is ahead or running, the recorded list once it is over. */
export function carriedActions(db: Db, meeting: Pick<MeetingRow, 'id' | 'mentee_id' | 'status'>): ActionItem[] {
  const live = meeting.status === 'planned' || meeting.status === 'in-progress';
  const rows = live
    ? sql<ActionRow>(db, ACTIONS_SQL.openForMeeting).all({ menteeId: meeting.mentee_id, meetingId: meeting.id })
    : sql<ActionRow>(db, ACTIONS_SQL.carriedInto).all({ meetingId: meeting.id });
  return rows.map((r) => toAction(r));
}

export function menteeActions(db: Db, menteeId: number, open: boolean): ActionItem[] {
  return sql<ActionRow>(db, ACTIONS_SQL.byMentee).all({ menteeId, open: open ? 1 : 0 }).map((r) => toAction(r));
}

/** Records that these actions were carried into a meeting (once per meeting). */
export function carryInto(db: Db, actionIds: number[], meetingId: number, at: string): void {
  const insert = sql(db, 'INSERT OR IGNORE INTO action_item_carries (action_id, meeting_id, carried_at) VALUES (?, ?, ?)');
  for (const id of actionIds) insert.run(id, meetingId, at);
}

export function pulledIn(db: Db, menteeId: number, meetingId: number, today = localToday()): PulledIn {
  return {
    atRiskGoals: sql<{ id: number; title: string }>(db, ACTIONS_SQL.atRisk).all({ menteeId }),
    overdueMilestones: sql<{ id: number; goal_id: number; goal_title: string; title: string; due_date: string }>(db, ACTIONS_SQL.overdue)
      .all({ menteeId, today })
      .map((r) => ({ id: r.id, goalId: r.goal_id, goalTitle: r.goal_title, title: r.title, dueDate: r.due_date })),
    openActions: sql<number>(db, ACTIONS_SQL.openCount).pluck().get({ menteeId, meetingId }) as number,
  };
}
