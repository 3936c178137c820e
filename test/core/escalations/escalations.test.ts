import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalationHandlers } from '../../../src/main/features/escalations/handlers';
import { derivedState } from '../../../src/main/features/escalations/chain';
import { METHOD_NAMES } from '../../../src/shared/contract';
import { escalationsContract } from '../../../src/shared/escalations/contract';
import type { Escalation } from '../../../src/shared/escalations/schema';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/** Escalation records through the real router: timeline rules, append-only, status by entries, the list. */
let h: Harness;
let ada: number;

beforeAll(async () => {
  h = await openHarness('escalations');
  ada = await h.mentee('Ada Escalation');
});
afterAll(() => h.close());

const open = (extra: Record<string, unknown> = {}) =>
  h.ok('escalations.create', { menteeId: ada, category: 'wellbeing', severity: 'medium', title: 'Concern', summary: 'Summary', needToKnow: ['Mentor'], ...extra } as never);

describe('records and their timeline', () => {
  it('a new record is open, intact, with no entries, confidential', async () => {
    const record = await open();
    expect(record).toMatchObject({ status: 'open', severity: 'medium', initialSeverity: 'medium', needToKnow: ['Mentor'], entries: [], entryCount: 0, intact: true, lastEntryAt: null, menteeName: 'Ada Escalation', confidential: true });
    expect(record.verification).toMatchObject({ intact: true, entryCount: 0 });
  });

  it('four entries and a correction: the correction points at the entry it corrects', async () => {
    let record = await open();
    const add = async (input: Record<string, unknown>) => (record = await h.ok('escalations.addEntry', { escalationId: record.id, ...input } as never));
    await add({ kind: 'note', what: 'Mentee mentioned poor sleep', informed: [], outcome: '' });
    await add({ kind: 'action', what: 'Spoke with manager (with consent)', informed: ['Line manager'], outcome: 'Rota reviewed', occurredAt: '2025-01-02T10:00:00.000Z' });
    const wrong = record.entries[1]!;
    await add({ kind: 'correction', correctsEntryId: wrong.id, what: 'It was the HR partner, not the manager', informed: ['HR partner'] });
    await add({ kind: 'note', what: 'Follow-up booked' });
    expect(record.entries.map((e) => [e.sequence, e.kind])).toEqual([[1, 'note'], [2, 'action'], [3, 'correction'], [4, 'note']]);
    const correction = record.entries[2]!;
    expect(correction.correctsEntryId).toBe(wrong.id);
    expect(record.entries[1]!.correctedBy).toEqual([correction.id]);
    expect(record.entries[1]).toMatchObject({ what: 'Spoke with manager (with consent)', informed: ['Line manager'], outcome: 'Rota reviewed', occurredAt: '2025-01-02T10:00:00.000Z', confidential: true });
    expect(record.verification).toMatchObject({ intact: true, entryCount: 4 });
    expect(record.lastEntryAt).toBe(record.entries[3]!.recordedAt);
  });

  it('a correction must point at an entry of the same record', async () => {
    const a = await open();
    const b = await open();
    const withEntry = await h.ok('escalations.addEntry', { escalationId: b.id, kind: 'note', what: 'x' });
    const error = await h.fail('escalations.addEntry', { escalationId: a.id, kind: 'correction', correctsEntryId: withEntry.entries[0]!.id, what: 'y' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['correctsEntryId']);
    const missing = await h.fail('escalations.addEntry', { escalationId: a.id, kind: 'correction', what: 'y' });
    expect(missing.issues?.map((i) => i.path.join('.'))).toContain('correctsEntryId');
  });

  it('status changes only through entries; closing is an entry that sets resolved', async () => {
    let record = await open({ severity: 'low' });
    record = await h.ok('escalations.addEntry', { escalationId: record.id, kind: 'status-change', what: 'Watching', status: 'monitoring', severity: 'high', needToKnow: ['Mentor', 'HR'] });
    expect(record).toMatchObject({ status: 'monitoring', severity: 'high', needToKnow: ['Mentor', 'HR'], initialSeverity: 'low', initialNeedToKnow: ['Mentor'] });
    expect(record.entries[0]).toMatchObject({ kind: 'status-change', newStatus: 'monitoring', newSeverity: 'high', newNeedToKnow: ['Mentor', 'HR'] });

    record = await h.ok('escalations.addEntry', { escalationId: record.id, kind: 'closure', what: 'Resolved together', outcome: 'Closed' });
    expect(record.status).toBe('resolved');
    expect(record.entries.at(-1)).toMatchObject({ kind: 'closure', newStatus: 'resolved' });
    expect((await h.fail('escalations.addEntry', { escalationId: record.id, kind: 'closure', what: 'again' })).code).toBe('CONFLICT');

    // A status-change can reopen; it cannot resolve (that is a closure).
    const resolve = await h.fail('escalations.addEntry', { escalationId: record.id, kind: 'status-change', what: 'x', status: 'resolved' });
    expect(resolve).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['status'] }] });
    record = await h.ok('escalations.addEntry', { escalationId: record.id, kind: 'status-change', what: 'It came back', status: 'open' });
    expect(record.status).toBe('open');

    // The stored state equals what the entries say.
    const state = derivedState({ ...record, severity: record.initialSeverity, needToKnow: record.initialNeedToKnow }, record.entries);
    expect(state).toEqual({ status: record.status, severity: record.severity, needToKnow: record.needToKnow });
    expect(record.verification.intact).toBe(true);
  });

  it('a status-change must change something', async () => {
    const record = await open();
    expect((await h.fail('escalations.addEntry', { escalationId: record.id, kind: 'status-change', what: 'x' })).issues?.[0]?.path).toEqual(['status']);
    expect((await h.fail('escalations.addEntry', { escalationId: record.id, kind: 'status-change', what: 'x', status: 'open' })).code).toBe('INVALID_INPUT');
  });

  it('refusals name the field and never quote content', async () => {
    const record = await open();
    const cases: [unknown, string][] = [
      [{ escalationId: record.id, kind: 'note', what: '   ' }, 'what'],
      [{ escalationId: record.id, kind: 'gossip', what: 'x' }, 'kind'],
      [{ escalationId: record.id, kind: 'note', what: 'x', informed: [''] }, 'informed.0'],
      [{ escalationId: record.id, kind: 'note', what: 'x', occurredAt: 'yesterday' }, 'occurredAt'],
      [{ escalationId: record.id, kind: 'note', what: 'x', occurredAt: '2999-01-01T00:00:00.000Z' }, 'occurredAt'],
      [{ escalationId: record.id, kind: 'note', what: 'x', correctsEntryId: 1 }, ''],
    ];
    for (const [input, field] of cases) {
      const error = await h.fail('escalations.addEntry', input);
      expect(error.code, JSON.stringify(input)).toBe('INVALID_INPUT');
      if (field) expect(error.issues?.map((i) => i.path.join('.')), field).toContain(field);
    }
    for (const [input, field] of [
      [{ menteeId: ada, category: 'gossip', severity: 'low', title: 't' }, 'category'],
      [{ menteeId: ada, category: 'other', severity: 'extreme', title: 't' }, 'severity'],
      [{ menteeId: ada, category: 'other', severity: 'low', title: ' ' }, 'title'],
    ] as const) {
      const error = await h.fail('escalations.create', input);
      expect(error.issues?.map((i) => i.path.join('.'))).toContain(field);
    }
    expect((await h.fail('escalations.create', { menteeId: 9999, category: 'other', severity: 'low', title: 't' })).code).toBe('NOT_FOUND');
    expect((await h.fail('escalations.addEntry', { escalationId: 9999, kind: 'note', what: 'x' })).code).toBe('NOT_FOUND');
    const secret = await h.fail('escalations.addEntry', { escalationId: record.id, kind: 'note', what: 'SECRET', occurredAt: '2999-01-01T00:00:00.000Z' });
    expect(JSON.stringify(secret)).not.toContain('SECRET');
  });
});

describe('append-only everywhere', () => {
  it('the contract has no method that edits or deletes a record or an entry', () => {
    const names = METHOD_NAMES.filter((m) => m.startsWith('escalations.'));
    expect(names.sort()).toEqual(Object.keys(escalationsContract).sort());
    expect(Object.keys(escalationHandlers).sort()).toEqual(names.sort());
    for (const name of names) expect(name).not.toMatch(/update|edit|delete|remove|replace|rewrite|set|change|amend|patch|reorder|move/i);
    // No other domain reaches into entries either.
    expect(METHOD_NAMES.filter((m) => /entr(y|ies)/i.test(m) && !m.startsWith('escalations.'))).toEqual([]);
  });

  it('SQL triggers refuse UPDATE and DELETE of entries and rewriting a record', async () => {
    const record = await open();
    await h.ok('escalations.addEntry', { escalationId: record.id, kind: 'note', what: 'first' });
    await h.ok('escalations.addEntry', { escalationId: record.id, kind: 'note', what: 'second' });
    const db = h.db;
    const refused: [string, RegExp][] = [
      [`UPDATE escalation_entries SET what = 'changed' WHERE escalation_id = ${record.id}`, /append-only/],
      [`UPDATE escalation_entries SET sequence = sequence + 10 WHERE escalation_id = ${record.id}`, /append-only/],
      [`DELETE FROM escalation_entries WHERE escalation_id = ${record.id}`, /append-only/],
      [`UPDATE escalations SET title = 'changed' WHERE id = ${record.id}`, /cannot be rewritten/],
      [`UPDATE escalations SET mentee_id = mentee_id WHERE id = ${record.id}; UPDATE escalations SET opened_at = '2000-01-01T00:00:00.000Z' WHERE id = ${record.id}`, /cannot be rewritten/],
      [`UPDATE escalations SET status = 'resolved' WHERE id = ${record.id}`, /only through a timeline entry/],
      [`UPDATE escalations SET severity = 'urgent' WHERE id = ${record.id}`, /only through a timeline entry/],
      [`UPDATE escalations SET entry_count = 1 WHERE id = ${record.id}`, /only through a timeline entry/],
      [`DELETE FROM escalations WHERE id = ${record.id}`, /cannot be deleted/],
      [
        `INSERT INTO escalation_entries (escalation_id, sequence, kind, what, informed, occurred_at, recorded_at, prev_hash, hash)
         VALUES (${record.id}, 7, 'note', 'x', '[]', 'now', 'now', (SELECT head_hash FROM escalations WHERE id = ${record.id}), '${'0'.repeat(64)}')`,
        /appended at the end/,
      ],
      [
        `INSERT INTO escalation_entries (escalation_id, sequence, kind, what, informed, occurred_at, recorded_at, prev_hash, hash)
         VALUES (${record.id}, 3, 'note', 'x', '[]', 'now', 'now', '${'a'.repeat(64)}', '${'0'.repeat(64)}')`,
        /appended at the end/,
      ],
      [
        `INSERT OR REPLACE INTO escalation_entries (id, escalation_id, sequence, kind, what, informed, occurred_at, recorded_at, prev_hash, hash)
         SELECT min(id), ${record.id}, 3, 'note', 'x', '[]', 'now', 'now', (SELECT head_hash FROM escalations WHERE id = ${record.id}), '${'0'.repeat(64)}'
         FROM escalation_entries WHERE escalation_id = ${record.id}`,
        /appended at the end/,
      ],
      [
        `INSERT INTO escalations (mentee_id, category, title, initial_severity, initial_need_to_know, opened_at, created_at, genesis_hash, status, severity, need_to_know, entry_count, head_hash)
         VALUES (${ada}, 'other', 't', 'low', '[]', 'x', 'x', '${'1'.repeat(64)}', 'resolved', 'low', '[]', 0, '${'1'.repeat(64)}')`,
        /starts open/,
      ],
    ];
    const before = (await h.ok('escalations.get', { id: record.id })) as Escalation;
    for (const [statement, message] of refused) {
      expect(() => db.exec(statement), statement).toThrow(message);
    }
    const after = await h.ok('escalations.get', { id: record.id });
    expect(after).toEqual({ ...before, ageDays: after.ageDays });
    expect(after.verification.intact).toBe(true);
  });

  it('a mentee with escalation records cannot be deleted: CONFLICT with a clear message', async () => {
    const ben = await h.mentee('Ben Kept');
    await h.ok('escalations.create', { menteeId: ben, category: 'conduct', severity: 'low', title: 'x' });
    const error = await h.fail('mentees.delete', { id: ben, confirmName: 'Ben Kept' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/escalation records.*archive/i);
    expect((await h.ok('mentees.get', { id: ben })).name).toBe('Ben Kept');
    const cleo = await h.mentee('Cleo Gone');
    expect(await h.ok('mentees.delete', { id: cleo, confirmName: 'Cleo Gone' })).toEqual({ deleted: true });
  });
});

describe('the list across mentees', () => {
  let mentee: number;
  const made: Record<string, number> = {};
  beforeAll(async () => {
    mentee = await h.mentee('Zed List');
    const make = async (key: string, severity: string, openedAt: string, then?: Record<string, unknown>) => {
      const r = await h.ok('escalations.create', { menteeId: mentee, category: key === 'conf' ? 'conflict' : 'other', severity, title: key, openedAt } as never);
      if (then) await h.ok('escalations.addEntry', { escalationId: r.id, what: 'x', ...then } as never);
      made[key] = r.id;
    };
    await make('resolvedUrgent', 'urgent', '2024-01-01T00:00:00.000Z', { kind: 'closure' });
    await make('monitorHigh', 'high', '2024-02-01T00:00:00.000Z', { kind: 'status-change', status: 'monitoring' });
    await make('openLowOld', 'low', '2023-01-01T00:00:00.000Z');
    await make('openHighNew', 'high', '2024-06-01T00:00:00.000Z');
    await make('openHighOld', 'high', '2024-03-01T00:00:00.000Z');
    await make('conf', 'urgent', '2024-04-01T00:00:00.000Z');
  });

  const order = async (input: Record<string, unknown> = {}) =>
    (await h.ok('escalations.list', { menteeId: mentee, ...input } as never)).rows.map((r) => Object.entries(made).find(([, id]) => id === r.id)![0]);

  it('sorts most urgent first by default: open > monitoring > resolved, urgent > low, then oldest', async () => {
    expect(await order()).toEqual(['conf', 'openHighOld', 'openHighNew', 'openLowOld', 'monitorHigh', 'resolvedUrgent']);
  });

  it('filters by status, severity and category, and pages', async () => {
    expect(await order({ statuses: ['open'], severities: ['high'] })).toEqual(['openHighOld', 'openHighNew']);
    expect(await order({ categories: ['conflict'] })).toEqual(['conf']);
    const page = await h.ok('escalations.list', { menteeId: mentee, offset: 1, limit: 2 });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.id)).toEqual([made.openHighOld, made.openHighNew]);
  });

  it('other sorts: oldest opened, severity', async () => {
    expect((await order({ sort: 'openedAt' }))[0]).toBe('openLowOld');
    expect((await order({ sort: 'severity', direction: 'desc' })).slice(0, 2).sort()).toEqual(['conf', 'resolvedUrgent']);
  });

  it('each row has mentee name, age, last entry time and the chain flag', async () => {
    const row = (await h.ok('escalations.list', { menteeId: mentee, statuses: ['monitoring'] })).rows[0]!;
    expect(row).toMatchObject({ menteeName: 'Zed List', status: 'monitoring', severity: 'high', entryCount: 1, intact: true, confidential: true });
    expect(row.ageDays).toBeGreaterThan(300);
    expect(row.lastEntryAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const all = await h.ok('escalations.list', {});
    expect(all.total).toBeGreaterThan(6);
  });
});
