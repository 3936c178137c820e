import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/vault/sqlite';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { createNote, getNote, updateNote } from '../../../src/main/features/notes/store';
import { recordAssessment } from '../../../src/main/features/assessment/store';
import { adjustSession } from '../../../src/main/features/mentor/clients';
import { carryInto } from '../../../src/main/features/meetings/actions';
import { listRevisions, restoreRevision } from '../../../src/main/features/sync/revisions';
import { noteFields } from '../../../src/shared/notes/schema';
import { recordAssessmentInput } from '../../../src/shared/assessment/schema';
import { comparableExport, demoPairs } from './replicas';

/**
 * Rows of the tables keyed without a rowid are named by their key's uids: a link made on one
 * computer is made on the other, one removed is removed, and the same link made on both at
 * once is one row.
 */
const computers = demoPairs('sync-keyed', 3);

const idOf = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
/** The local id on `to` of the row `id` of `dataset` on `from`, by its uid. */
function sameRow(from: Db, to: Db, dataset: string, id: number): number {
  const uid = from.prepare('SELECT uid FROM sync_rows WHERE dataset = ? AND local_id = ?').pluck().get(dataset, id);
  return idOf(to, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?', dataset, uid);
}
const tags = (db: Db, noteId: number) => [...getNote(db, noteId).tags].sort();
const note = (menteeId: number, tagList: string[]) => noteFields.parse({ menteeId, title: 'Stakeholder map', body: 'Who decides what.', tags: tagList });
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

describe('tables keyed without a rowid travel between two real vaults', () => {
  it('a note tagged on one computer has the tag on the other; a removed tag travels, and one added again comes back', () => {
    const { a, b, send } = computers();
    const mentee = idOf(a, 'SELECT min(id) FROM mentees');
    const noteA = createNote(a, note(mentee, ['career', 'feedback']));
    send(0);
    const noteB = sameRow(a, b, 'notes', noteA);
    expect(tags(b, noteB)).toEqual(['career', 'feedback']);

    updateNote(a, noteA, note(mentee, ['career']));
    send(0);
    expect(tags(b, noteB)).toEqual(['career']);

    updateNote(a, noteA, note(mentee, ['career', 'feedback']));
    send(0);
    expect(tags(b, noteB)).toEqual(['career', 'feedback']);
    // Removed on the other computer this time, and added again there before a sync.
    updateNote(b, noteB, note(mentee, ['feedback']));
    updateNote(b, noteB, note(mentee, ['feedback', 'career']));
    updateNote(b, noteB, note(mentee, ['feedback']));
    send(1);
    expect(tags(a, noteA)).toEqual(['feedback']);
    expect(comparableExport(b)).toEqual(comparableExport(a));
  });

  it('both computers tagging the same note with the same tag at once give one row, and each one’s other changes stay', () => {
    const { a, b, send } = computers();
    const mentee = idOf(a, 'SELECT min(id) FROM mentees');
    const noteA = createNote(a, note(mentee, ['career']));
    send(0);
    const noteB = sameRow(a, b, 'notes', noteA);
    updateNote(a, noteA, note(mentee, ['career', 'growth']));
    updateNote(b, noteB, note(mentee, ['growth']));
    send(0);
    send(1);
    for (const [db, id] of [[a, noteA], [b, noteB]] as const) {
      expect(tags(db, id)).toEqual(['growth']);
      expect(count(db, `SELECT count(*) FROM note_tags WHERE note_id = ${id} AND tag = 'growth'`)).toBe(1);
    }
    expect(comparableExport(b)).toEqual(comparableExport(a));
  });

  it('an assessment’s ratings travel with it, each on the same competency', () => {
    const { a, b, send } = computers();
    const mentee = idOf(a, 'SELECT min(id) FROM mentees');
    const competencies = a.prepare('SELECT id FROM competencies ORDER BY id LIMIT 2').pluck().all() as number[];
    const assessment = recordAssessment(
      a,
      recordAssessmentInput.parse({
        menteeId: mentee,
        kind: 'reassessment',
        date: new Date().toISOString().slice(0, 10),
        ratings: competencies.map((competencyId, i) => ({ competencyId, mentor: 3 + i, mentee: 2, note: `Round two, ${i}` })),
      }),
    );
    send(0);
    const onB = sameRow(a, b, 'assessments', assessment.id);
    const ratings = (db: Db, id: number) =>
      db.prepare('SELECT c.name, r.mentor_rating, r.mentee_rating, r.note FROM assessment_ratings r JOIN competencies c ON c.id = r.competency_id WHERE r.assessment_id = ? ORDER BY c.name').all(id);
    expect(ratings(b, onB)).toHaveLength(2);
    expect(ratings(b, onB)).toEqual(ratings(a, assessment.id));
    expect(comparableExport(b)).toEqual(comparableExport(a));
  });

  it('a meeting’s hours, decisions, recalibrations and carried actions travel, and so do their edits and removals', () => {
    const { a, b, send } = computers();
    const held = idOf(a, "SELECT min(id) FROM meetings WHERE status = 'held' AND id NOT IN (SELECT meeting_id FROM meeting_hours)");
    const mentee = idOf(a, 'SELECT mentee_id FROM meetings WHERE id = ?', held);
    const decision = idOf(a, 'SELECT min(id) FROM decisions WHERE mentee_id = ? AND id NOT IN (SELECT decision_id FROM meeting_decisions WHERE meeting_id = ?)', mentee, held);
    const history = idOf(
      a,
      'SELECT min(h.id) FROM goal_history h JOIN goals g ON g.id = h.goal_id WHERE g.mentee_id = ? AND h.id NOT IN (SELECT history_id FROM meeting_recalibrations WHERE meeting_id = ?)',
      mentee,
      held,
    );
    const action = idOf(a, 'SELECT min(id) FROM action_items WHERE mentee_id = ? AND id NOT IN (SELECT action_id FROM action_item_carries WHERE meeting_id = ?)', mentee, held);
    expect([held, decision, history, action].every((id) => typeof id === 'number')).toBe(true);

    adjustSession(a, { meetingId: held, minutes: 75, reason: 'Ran over', format: 'individual', groupSize: null });
    a.prepare('INSERT INTO meeting_decisions (meeting_id, decision_id) VALUES (?, ?)').run(held, decision);
    a.prepare('INSERT INTO meeting_recalibrations (meeting_id, history_id) VALUES (?, ?)').run(held, history);
    carryInto(a, [action], held, '2026-03-02T10:00:00.000Z');
    send(0);
    const heldB = sameRow(a, b, 'meetings', held);
    expect(b.prepare('SELECT minutes, reason, format FROM meeting_hours WHERE meeting_id = ?').get(heldB)).toEqual({ minutes: 75, reason: 'Ran over', format: 'individual' });
    expect(b.prepare('SELECT decision_id FROM meeting_decisions WHERE meeting_id = ?').pluck().all(heldB)).toContain(sameRow(a, b, 'decisions', decision));
    expect(b.prepare('SELECT history_id FROM meeting_recalibrations WHERE meeting_id = ?').pluck().all(heldB)).toContain(sameRow(a, b, 'goal_history', history));
    expect(b.prepare('SELECT action_id FROM action_item_carries WHERE meeting_id = ?').pluck().all(heldB)).toContain(sameRow(a, b, 'action_items', action));
    expect(comparableExport(b)).toEqual(comparableExport(a));

    // An edit of the hours on the other computer sends the changed columns; removals travel back.
    adjustSession(b, { meetingId: heldB, minutes: 90, reason: 'Ran over, with the workshop', format: 'individual', groupSize: null });
    send(1);
    expect(a.prepare('SELECT minutes, reason FROM meeting_hours WHERE meeting_id = ?').get(held)).toEqual({ minutes: 90, reason: 'Ran over, with the workshop' });
    b.prepare('DELETE FROM meeting_decisions WHERE meeting_id = ? AND decision_id = ?').run(heldB, sameRow(a, b, 'decisions', decision));
    b.prepare('DELETE FROM action_item_carries WHERE meeting_id = ? AND action_id = ?').run(heldB, sameRow(a, b, 'action_items', action));
    send(1);
    expect(count(a, `SELECT count(*) FROM meeting_decisions WHERE meeting_id = ${held} AND decision_id = ${decision}`)).toBe(0);
    expect(count(a, `SELECT count(*) FROM action_item_carries WHERE meeting_id = ${held} AND action_id = ${action}`)).toBe(0);
    expect(comparableExport(b)).toEqual(comparableExport(a));
    expect(verifyDatabase(a).problems).toEqual([]);
  });

  it('both computers setting one meeting’s hours at once give one row: the later value wins, the other reason is kept as a revision', () => {
    const { a, b, send } = computers();
    const held = idOf(a, "SELECT min(id) FROM meetings WHERE status = 'held' AND id NOT IN (SELECT meeting_id FROM meeting_hours)");
    const heldB = sameRow(a, b, 'meetings', held);
    adjustSession(b, { meetingId: heldB, minutes: 50, reason: 'Started late', format: 'individual', groupSize: null });
    adjustSession(a, { meetingId: held, minutes: 70, reason: 'Ran over', format: 'group', groupSize: 3 });
    send(0);
    send(1);
    for (const [db, id] of [[a, held], [b, heldB]] as const) {
      expect(db.prepare('SELECT minutes, reason, format, group_size FROM meeting_hours WHERE meeting_id = ?').all(id)).toEqual([
        { minutes: 70, reason: 'Ran over', format: 'group', group_size: 3 },
      ]);
      expect(db.prepare("SELECT value FROM sync_revisions WHERE dataset = 'meeting_hours'").pluck().all()).toEqual(['Started late']);
    }
    expect(comparableExport(b)).toEqual(comparableExport(a));

    // The kept reason is found by its row's key: listed beside the current one, and put back.
    const [revision] = listRevisions(b).filter((r) => r.kept === 'Started late');
    expect(revision).toMatchObject({ current: 'Ran over', refused: null });
    expect(revision!.mentee).not.toBeNull();
    restoreRevision(b, revision!.id);
    send(1);
    for (const [db, id] of [[a, held], [b, heldB]] as const) {
      expect(db.prepare('SELECT reason FROM meeting_hours WHERE meeting_id = ?').pluck().get(id)).toBe('Started late');
    }
    expect(comparableExport(b)).toEqual(comparableExport(a));
  });

  it('an imported self-assessment’s ratings and rubric dimensions travel with it', () => {
    const { a, b, send } = computers();
    const meeting = idOf(a, "SELECT min(id) FROM meetings WHERE status = 'held' AND id NOT IN (SELECT meeting_id FROM self_assessments)");
    const goal = idOf(a, 'SELECT min(g.id) FROM goals g JOIN meetings m ON m.mentee_id = g.mentee_id WHERE m.id = ?', meeting);
    a.prepare("INSERT INTO self_assessments (meeting_id, reflection, source, recorded_at) VALUES (?, 'A good month', 'import', '2026-03-02T10:00:00.000Z')").run(meeting);
    a.prepare("INSERT INTO self_assessment_ratings (meeting_id, goal_id, rating, comment) VALUES (?, ?, 4, 'Closer')").run(meeting, goal);
    a.prepare("INSERT INTO self_assessment_dimensions (meeting_id, position, dimension, levels, rating) VALUES (?, 0, 'Listening', 5, 3)").run(meeting);
    send(0);
    const meetingB = sameRow(a, b, 'meetings', meeting);
    expect(b.prepare('SELECT goal_id, rating, comment FROM self_assessment_ratings WHERE meeting_id = ?').all(meetingB)).toEqual([
      { goal_id: sameRow(a, b, 'goals', goal), rating: 4, comment: 'Closer' },
    ]);
    expect(b.prepare('SELECT position, dimension, levels, rating FROM self_assessment_dimensions WHERE meeting_id = ?').all(meetingB)).toEqual([
      { position: 0, dimension: 'Listening', levels: 5, rating: 3 },
    ]);
    expect(comparableExport(b)).toEqual(comparableExport(a));
  });

  it('a changed key is the old row removed and a new one made, on the other computer too', () => {
    const { a, b, send } = computers();
    const mentee = idOf(a, 'SELECT min(id) FROM mentees');
    const noteA = createNote(a, note(mentee, ['career', 'feedback']));
    send(0);
    a.prepare("UPDATE note_tags SET tag = 'growth' WHERE note_id = ? AND tag = 'career'").run(noteA);
    send(0);
    expect(tags(b, sameRow(a, b, 'notes', noteA))).toEqual(['feedback', 'growth']);
    expect(comparableExport(b)).toEqual(comparableExport(a));
  });

  it('a link that arrives before its note waits, then lands when the note comes', () => {
    const { a, b, replicas } = computers();
    const mentee = idOf(a, 'SELECT min(id) FROM mentees');
    const noteA = createNote(a, note(mentee, ['career']));
    const messages = replicas[0]!.pending();
    const [tagRows, rest] = [messages.filter((m) => m.dataset === 'note_tags'), messages.filter((m) => m.dataset !== 'note_tags')];
    expect(tagRows.map((m) => m.column).sort()).toEqual(['note_id', 'tag']);
    const replicaB = replicas[1]!;
    replicaB.apply(tagRows);
    expect(replicaB.waitingRows()).toBe(1);
    replicaB.apply(rest);
    expect(replicaB.waitingRows()).toBe(0);
    expect(tags(b, sameRow(a, b, 'notes', noteA))).toEqual(['career']);
  });
});
