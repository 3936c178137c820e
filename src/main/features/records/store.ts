import { localToday } from '../../../shared/dates';
import type {
  Deadline,
  DeadlineValues,
  DecisionEntityKind,
  DecisionValues,
  EvidenceValues,
  ProgressReportValues,
  SponsorshipValues,
} from '../../../shared/records/schema';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { checkGoalOfMentee, invalid, notFound } from '../shared/store-helpers';
import type { RecordBase, RecordTable } from '../shared/record-table';

/** Which mentee owns the item a decision refers to, per kind. */
const OWNER_SQL: Record<DecisionEntityKind, string> = {
  goal: 'SELECT mentee_id FROM goals WHERE id = ?',
  milestone: 'SELECT g.mentee_id FROM milestones m JOIN goals g ON g.id = m.goal_id WHERE m.id = ?',
  'charter-version': 'SELECT mentee_id FROM charter_versions WHERE id = ?',
  resource: 'SELECT mentee_id FROM resources WHERE id = ?',
  decision: 'SELECT mentee_id FROM decisions WHERE id = ?',
};

export const decisionsTable: RecordTable<DecisionValues> = {
  table: 'decisions',
  what: 'decision',
  columns: { date: 'date', decision: 'decision', rationale: 'rationale', changed: 'changed', entityKind: 'entity_kind', entityId: 'entity_id' },
  order: 't.date DESC, t.id DESC',
  noUpdatedAt: true,
  check(db, menteeId, v) {
    if (v.entityKind === null || v.entityId === null) return;
    if (sql(db, OWNER_SQL[v.entityKind]).pluck().get(v.entityId) !== menteeId) {
      throw invalid(['entityId'], `Choose a ${v.entityKind.replace('-', ' ')} of this mentee's plan`);
    }
  },
};

export const sponsorshipTable: RecordTable<SponsorshipValues> = {
  table: 'sponsorship_moments',
  what: 'sponsorship moment',
  columns: { kind: 'kind', date: 'date', title: 'title', audience: 'audience', outcome: 'outcome' },
  order: 't.date DESC, t.id DESC',
  filters: { kind: 'kind' },
};

export const evidenceTable: RecordTable<EvidenceValues, { goalTitle: string | null; milestoneTitle: string | null }> = {
  table: 'evidence',
  what: 'evidence record',
  columns: {
    kind: 'kind',
    date: 'date',
    summary: 'summary',
    value: 'value',
    source: 'source',
    goalId: 'goal_id',
    milestoneId: 'milestone_id',
  },
  order: 't.date DESC, t.id DESC',
  extras: {
    goalTitle: { sql: '(SELECT g.title FROM goals g WHERE g.id = t.goal_id)' },
    milestoneTitle: { sql: '(SELECT m.title FROM milestones m WHERE m.id = t.milestone_id)' },
  },
  filters: { kind: 'kind', goalId: 'goal_id', milestoneId: 'milestone_id' },
  check(db, menteeId, v) {
    checkGoalOfMentee(db, v.goalId, menteeId);
    if (v.milestoneId === null) return;
    const m = sql<{ goal_id: number; mentee_id: number }>(
      db,
      'SELECT m.goal_id, g.mentee_id FROM milestones m JOIN goals g ON g.id = m.goal_id WHERE m.id = ?',
    ).get(v.milestoneId);
    if (!m || m.mentee_id !== menteeId) throw invalid(['milestoneId'], 'Choose one of this mentee\'s milestones');
    if (v.goalId !== null && m.goal_id !== v.goalId) throw invalid(['milestoneId'], 'Choose a milestone of the chosen goal');
  },
};

/** Evidence that proves a done milestone stays while it does: the proof must not vanish. */
export function assertEvidenceDeletable(db: Db, id: number): void {
  if (sql(db, 'SELECT 1 FROM evidence WHERE id = ?').pluck().get(id) === undefined) throw notFound('evidence record');
  const proves = sql<string>(db, 'SELECT title FROM milestones WHERE evidence_id = ? LIMIT 1').pluck().get(id);
  if (proves !== undefined) {
    throw new VaultError('CONFLICT', 'This evidence proves a done milestone; reopen the milestone or link other evidence first.');
  }
}

export const deadlinesTable: RecordTable<DeadlineValues, { goalTitle: string | null }> = {
  table: 'deadlines',
  what: 'deadline',
  columns: { title: 'title', dueDate: 'due_date', doneOn: 'done_on', goalId: 'goal_id' },
  order: 't.done_on IS NOT NULL, t.due_date, t.id',
  extras: { goalTitle: { sql: '(SELECT g.title FROM goals g WHERE g.id = t.goal_id)' } },
  check: (db, menteeId, v) => checkGoalOfMentee(db, v.goalId, menteeId),
};

export function withOverdue(d: RecordBase & DeadlineValues & { goalTitle: string | null }, today = localToday()): Deadline {
  return { ...d, overdue: d.doneOn === null && d.dueDate < today };
}

export const progressReportsTable: RecordTable<ProgressReportValues> = {
  table: 'progress_reports',
  what: 'progress report',
  columns: { date: 'date', body: 'body' },
  order: 't.date DESC, t.id DESC',
};
