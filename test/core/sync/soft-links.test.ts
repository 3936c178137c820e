import { expect, it } from 'vitest';
import type { Db } from '../../../src/main/vault/sqlite';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { comparableExport, demoPairs } from './replicas';

/**
 * Links the schema does not declare travel as the rows they name, not as local ids: a
 * decision's link to what it changed (a goal, a milestone, a charter version… by kind) and
 * where review meeting mode stands (the meeting's current agenda item). Each computer first
 * adds a row of its own, so the same local id names different rows on the two.
 */
const computers = demoPairs('sync-soft-links', 5);

const one = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
/** A copy of a row under a new id, as a computer adding one of its own. */
function copyRow(db: Db, table: string, id: number): number {
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 0').pluck().all(table) as string[]).map((c) => `"${c}"`).join(', ');
  return Number(db.prepare(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table} WHERE id = ?`).run(id).lastInsertRowid);
}
const uidOf = (db: Db, dataset: string, id: number) => db.prepare('SELECT uid FROM sync_rows WHERE dataset = ? AND local_id = ?').pluck().get(dataset, id);
const idOf = (db: Db, dataset: string, uid: unknown) => one(db, 'SELECT local_id FROM sync_rows WHERE dataset = ? AND uid = ?', dataset, uid);

it('a decision linked to a goal names the same goal on the other computer', () => {
  const { a, b, send } = computers();
  const goal = one(a, 'SELECT min(id) FROM goals');
  const menteeId = one(a, 'SELECT mentee_id FROM goals WHERE id = ?', goal);
  const theirs = copyRow(b, 'goals', goal);
  const ours = copyRow(a, 'goals', goal);
  expect(ours).toBe(theirs);
  a.prepare(
    "INSERT INTO decisions (mentee_id, date, decision, rationale, entity_kind, entity_id, created_at) VALUES (?, '2026-11-02', 'Stretch the goal', 'Ahead of plan', 'goal', ?, '2026-11-02T10:00:00Z')",
  ).run(menteeId, ours);
  send(1);
  send(0);
  const decision = one(b, "SELECT entity_id FROM decisions WHERE decision = 'Stretch the goal'");
  expect(decision).toBe(idOf(b, 'goals', uidOf(a, 'goals', ours)));
  expect(decision).not.toBe(theirs);
  expect(comparableExport(b)).toEqual(comparableExport(a));
  expect(verifyDatabase(b).problems).toEqual([]);
});

it('a decision linked to a goal deleted on the other computer before it arrived keeps no link', () => {
  const { a, b, send } = computers();
  const goal = one(a, 'SELECT min(id) FROM goals');
  const menteeId = one(a, 'SELECT mentee_id FROM goals WHERE id = ?', goal);
  a.prepare(
    "INSERT INTO decisions (mentee_id, date, decision, rationale, entity_kind, entity_id, created_at) VALUES (?, '2026-11-02', 'Pause the goal', 'A reorganisation', 'goal', ?, '2026-11-02T10:00:00Z')",
  ).run(menteeId, goal);
  b.prepare('DELETE FROM goals WHERE id = ?').run(goal);
  send(1);
  send(0);
  expect(b.prepare("SELECT entity_kind, entity_id FROM decisions WHERE decision = 'Pause the goal'").get()).toEqual({ entity_kind: null, entity_id: null });
});

it("review meeting mode's current agenda item names the same item on the other computer", () => {
  const { a, b, send } = computers();
  const item = one(a, 'SELECT min(id) FROM meeting_agenda_items');
  const meeting = one(a, 'SELECT meeting_id FROM meeting_agenda_items WHERE id = ?', item);
  const theirs = copyRow(b, 'meeting_agenda_items', item);
  const ours = copyRow(a, 'meeting_agenda_items', item);
  expect(ours).toBe(theirs);
  a.prepare('UPDATE meetings SET current_item_id = ?, elapsed_seconds = 600 WHERE id = ?').run(ours, meeting);
  send(1);
  send(0);
  const current = one(b, 'SELECT current_item_id FROM meetings WHERE id = ?', idOf(b, 'meetings', uidOf(a, 'meetings', meeting)));
  expect(current).toBe(idOf(b, 'meeting_agenda_items', uidOf(a, 'meeting_agenda_items', ours)));
  expect(current).not.toBe(theirs);
  expect(comparableExport(b)).toEqual(comparableExport(a));
});
