import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash, fingerprintOf, recordHead } from '../../../src/main/features/escalations/chain';
import { verifyAllEscalations, verifyEscalation } from '../../../src/main/features/escalations/queries';
import { readEntries, toStoredEntry } from '../../../src/main/features/escalations/rows';
import { addEntry, createEscalation } from '../../../src/main/features/escalations/store';
import { escalationChainsCheck } from '../../../src/main/features/escalations/verify-check';
import { createMentee } from '../../../src/main/features/mentees/store';
import { applyKey } from '../../../src/main/vault/connection';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { openSqlite, type Db } from '../../../src/main/vault/sqlite';
import { verifyDatabase } from '../../../src/main/vault/verify';
import type { ChainVerification } from '../../../src/shared/escalations/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey } from '../../helpers/vault';

/**
 * An attacker holding the key edits the file directly (triggers dropped, foreign keys
 * off). Verification must report the FIRST entry that no longer matches, for every
 * single-field change, a deleted, a reordered and an inserted entry.
 *
 * Record 1: entries 1 note, 2 action, 3 correction (-> 2), 4 status-change, 5 closure.
 * Record 2: entries 6, 7. Both records written by one device, one second apart.
 * Record 3: entries 8 and 10 by this device, 9, 11 and 12 by another (two chains).
 */
let dir: string;
let pristine: string;
let key: KeyMaterial;
let copies = 0;
let originalHead: string;
const OTHER_DEVICE = '0B0B0B0B0B0B0B0B';

beforeAll(async () => {
  dir = makeTempDir('chain-tamper');
  ({ path: pristine, key } = await createTestVault(join(dir, 'pristine.mentorvault'), {
    fill(db) {
      const menteeId = createMentee(db, { name: 'M', role: '', team: '', startDate: null, status: 'active', aspirations: '', careerAims: [], strengths: [], gaps: [], interests: [], documentLocale: null }).id;
      const other = createMentee(db, { name: 'N', role: '', team: '', startDate: null, status: 'active', aspirations: '', careerAims: [], strengths: [], gaps: [], interests: [], documentLocale: null }).id;
      // One second apart, so a forged entry can be dated between two of them.
      const at = (second: number) => `2026-01-05T10:00:${String(second).padStart(2, '0')}.000Z`;
      const one = createEscalation(db, { menteeId, category: 'wellbeing', severity: 'medium', title: 'Record one', summary: 'Summary', needToKnow: ['Mentor'] }, at(0));
      addEntry(db, { escalationId: one, kind: 'note', what: 'First', informed: ['HR'], outcome: 'o1' }, at(1));
      addEntry(db, { escalationId: one, kind: 'action', what: 'Second', informed: [], outcome: '' }, at(2));
      addEntry(db, { escalationId: one, kind: 'correction', correctsEntryId: 2, what: 'Third corrects second', informed: [], outcome: 'fixed' }, at(3));
      addEntry(db, { escalationId: one, kind: 'status-change', what: 'Fourth', informed: [], outcome: '', status: 'monitoring', severity: 'high', needToKnow: ['Mentor', 'HR'] }, at(4));
      addEntry(db, { escalationId: one, kind: 'closure', what: 'Fifth', informed: ['Manager'], outcome: 'done' }, at(5));
      const two = createEscalation(db, { menteeId: other, category: 'conduct', severity: 'low', title: 'Record two', summary: '', needToKnow: [] }, at(6));
      addEntry(db, { escalationId: two, kind: 'note', what: 'Sixth', informed: [], outcome: '' }, at(7));
      addEntry(db, { escalationId: two, kind: 'note', what: 'Seventh', informed: [], outcome: '' }, at(8));
      // Record 3: two computers' entries, interleaved (the vault's device id switched as sync would bring them).
      const three = createEscalation(db, { menteeId: other, category: 'conduct', severity: 'low', title: 'Record three', summary: '', needToKnow: [] }, at(9));
      const own = db.prepare("SELECT value FROM sync_state WHERE key = 'device_id'").pluck().get() as string;
      const writeAs = (device: string, what: string, second: number) => {
        db.prepare("UPDATE sync_state SET value = ? WHERE key = 'device_id'").run(device);
        addEntry(db, { escalationId: three, kind: 'note', what, informed: [], outcome: '' }, at(second));
      };
      writeAs(own, 'Eighth', 10);
      writeAs(OTHER_DEVICE, 'Ninth', 11);
      writeAs(own, 'Tenth', 12);
      writeAs(OTHER_DEVICE, 'Eleventh', 13);
      writeAs(OTHER_DEVICE, 'Twelfth', 14);
      db.prepare("UPDATE sync_state SET value = ? WHERE key = 'device_id'").run(own);
    },
  }));
  const vault = openWithKey(pristine, key);
  const result = verifyEscalation(vault.db, 1);
  vault.close();
  if (!result.intact) throw new Error('pristine vault is not intact');
  originalHead = result.head;
});
afterAll(() => removeTempDir(dir));

/** A copy of the pristine vault, changed behind the app's back, then verified by the app. */
function tampered(attack: (db: Db) => void): { one: ChainVerification; two: ChainVerification; three: ChainVerification; problems: string[] } {
  const path = join(dir, `copy-${++copies}.mentorvault`);
  copyFileSync(pristine, path);
  const attacker = openSqlite(path);
  try {
    applyKey(attacker, key);
    attacker.pragma('foreign_keys = OFF');
    for (const name of attacker.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'escalation%'").pluck().all() as string[]) {
      attacker.exec(`DROP TRIGGER "${name}"`);
    }
    attack(attacker);
  } finally {
    attacker.close();
  }
  const vault = openWithKey(path, key);
  try {
    return {
      one: verifyEscalation(vault.db, 1),
      two: verifyEscalation(vault.db, 2),
      three: verifyEscalation(vault.db, 3),
      problems: verifyDatabase(vault.db).problems.filter((p) => p.check === 'escalation-chain').map((p) => p.message),
    };
  } finally {
    vault.close();
  }
}

const brokenAt = (id: number | null, sequence: number) => expect.objectContaining({ intact: false, firstBrokenEntryId: id, sequence });

describe('the pristine chain', () => {
  it('verifies, and the verify check is silent', () => {
    const result = tampered(() => {});
    expect(result.one).toMatchObject({ intact: true, entryCount: 5, head: originalHead, fingerprint: fingerprintOf(originalHead) });
    expect(result.two.intact).toBe(true);
    expect(result.problems).toEqual([]);
  });
});

describe('every single-field change of an entry is detected at that entry', () => {
  const cases: { column: string; entry: number; value: string | number; expected: [id: number, sequence: number] }[] = [
    { column: 'id', entry: 4, value: 1000, expected: [1000, 4] },
    { column: 'sequence', entry: 5, value: 9, expected: [5, 9] },
    { column: 'device', entry: 3, value: "'0123456789ABCDEF'", expected: [3, 3] },
    // Moved to the front of the timeline: it is the first entry, and no longer matches.
    { column: 'clock', entry: 4, value: "'2026-01-05T09:00:00.000Z-0000'", expected: [4, 4] },
    { column: 'kind', entry: 1, value: "'action'", expected: [1, 1] },
    { column: 'what', entry: 2, value: "'Second, rewritten'", expected: [2, 2] },
    { column: 'informed', entry: 1, value: `'["Nobody"]'`, expected: [1, 1] },
    { column: 'outcome', entry: 3, value: "'not fixed'", expected: [3, 3] },
    { column: 'occurred_at', entry: 2, value: "'2001-01-01T00:00:00.000Z'", expected: [2, 2] },
    { column: 'recorded_at', entry: 4, value: "'2001-01-01T00:00:00.000Z'", expected: [4, 4] },
    { column: 'corrects_entry_id', entry: 3, value: 1, expected: [3, 3] },
    { column: 'new_status', entry: 4, value: "'open'", expected: [4, 4] },
    { column: 'new_severity', entry: 4, value: "'low'", expected: [4, 4] },
    { column: 'new_need_to_know', entry: 4, value: `'["Mentor"]'`, expected: [4, 4] },
    { column: 'prev_hash', entry: 3, value: `'${'f'.repeat(64)}'`, expected: [3, 3] },
    { column: 'hash', entry: 2, value: `'${'0'.repeat(64)}'`, expected: [2, 2] },
  ];

  it('the cases cover every column of escalation_entries but escalation_id (next test)', () => {
    const pristineDb = openWithKey(pristine, key);
    const columns = pristineDb.db.prepare("SELECT name FROM pragma_table_info('escalation_entries')").pluck().all() as string[];
    pristineDb.close();
    expect([...new Set([...cases.map((c) => c.column), 'escalation_id'])].sort()).toEqual(columns.sort());
  });

  it.each(cases)('$column of entry $entry', ({ column, entry, value, expected }) => {
    const result = tampered((db) => db.exec(`UPDATE escalation_entries SET ${column} = ${value} WHERE id = ${entry}`));
    expect(result.one).toEqual(brokenAt(...expected));
    expect(result.two.intact).toBe(true);
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^record 1: entry ${expected[0]} \\(number ${expected[1]}\\)`))]);
  });

  it('escalation_id: the moved entry is caught in its new record, and its old record misses its tail', () => {
    const result = tampered((db) => db.exec('UPDATE escalation_entries SET escalation_id = 2 WHERE id = 5'));
    expect(result.two).toEqual(brokenAt(5, 5));
    expect(result.one).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: null, sequence: 5, reason: 'head-mismatch' }));
  });
});

describe('deleted, reordered and inserted entries', () => {
  it('a deleted entry: the entry after the gap is the first that no longer matches', () => {
    const result = tampered((db) => db.exec('DELETE FROM escalation_entries WHERE id = 3'));
    expect(result.one).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: 4, sequence: 4, reason: 'link-broken' }));
    expect(result.problems[0]).toMatch(/^record 1: entry 4 \(number 4\)/);
  });

  it('a deleted last entry: the record head no longer matches', () => {
    const result = tampered((db) => db.exec('DELETE FROM escalation_entries WHERE id = 5'));
    expect(result.one).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: null, sequence: 5, reason: 'head-mismatch' }));
  });

  it('a reordered entry (sequence numbers swapped): the first out of place in the timeline is reported', () => {
    const result = tampered((db) =>
      db.exec('UPDATE escalation_entries SET sequence = 99 WHERE id = 2; UPDATE escalation_entries SET sequence = 2 WHERE id = 3; UPDATE escalation_entries SET sequence = 3 WHERE id = 2'),
    );
    expect(result.one).toEqual(brokenAt(2, 3));
  });

  it('a reordered entry (clocks swapped): the first out of place in the timeline is reported', () => {
    const result = tampered((db) => {
      const [, second, third] = readEntries(db, 1);
      db.prepare('UPDATE escalation_entries SET clock = ? WHERE id = ?').run(third!.clock, second!.id);
      db.prepare('UPDATE escalation_entries SET clock = ? WHERE id = ?').run(second!.clock, third!.id);
    });
    expect(result.one).toEqual(brokenAt(3, 3));
  });

  const shiftFrom3 = 'UPDATE escalation_entries SET sequence = sequence + 100 WHERE escalation_id = 1 AND sequence >= 3; UPDATE escalation_entries SET sequence = sequence - 99 WHERE escalation_id = 1 AND sequence > 100';
  // Dated between the second and third entries, in their device's chain.
  const between = '2026-01-05T10:00:02.500Z-0000';
  const deviceOf = (db: Db) => db.prepare('SELECT device FROM escalation_entries WHERE id = 1').pluck().get() as string;
  const insert = (db: Db, hash: string, prev: string, recordedAt: string) =>
    `INSERT INTO escalation_entries (id, escalation_id, device, sequence, clock, kind, what, informed, outcome, occurred_at, recorded_at, prev_hash, hash)
     VALUES (100, 1, '${deviceOf(db)}', 3, '${between}', 'note', 'Forged', '[]', '', '${recordedAt}', '${recordedAt}', '${prev}', '${hash}')`;

  it('an inserted entry with a made-up hash is itself the first broken entry', () => {
    const result = tampered((db) => db.exec(`${shiftFrom3}; ${insert(db, 'e'.repeat(64), 'e'.repeat(64), '2025-01-01T00:00:00.000Z')}`));
    expect(result.one).toEqual(brokenAt(100, 3));
  });

  it('an inserted entry with a correctly forged hash: the next entry no longer matches', () => {
    const result = tampered((db) => {
      const second = toStoredEntry(readEntries(db, 1)[1]!);
      const at = '2025-01-01T00:00:00.000Z';
      const hash = entryHash(second.hash, { id: 100, escalationId: 1, device: deviceOf(db), sequence: 3, clock: between, kind: 'note', what: 'Forged', informed: [], outcome: '', occurredAt: at, recordedAt: at, correctsEntryId: null, newStatus: null, newSeverity: null, newNeedToKnow: null });
      db.exec(`${shiftFrom3}; ${insert(db, hash, second.hash, at)}`);
    });
    expect(result.one).toEqual(brokenAt(3, 4));
  });
});

describe('a record two devices wrote in: each chain is checked', () => {
  it('verifies, with a head covering both chains', () => {
    const result = tampered(() => {});
    expect(result.three).toMatchObject({ intact: true, entryCount: 5 });
    const vault = openWithKey(pristine, key);
    const lastOf = (device: string) => vault.db.prepare('SELECT hash FROM escalation_entries WHERE escalation_id = 3 AND device = ? ORDER BY sequence DESC LIMIT 1').pluck().get(device) as string;
    const own = vault.db.prepare('SELECT device FROM escalation_entries WHERE id = 8').pluck().get() as string;
    expect(result.three.intact && result.three.head).toBe(recordHead(vault.db.prepare('SELECT genesis_hash FROM escalations WHERE id = 3').pluck().get() as string, new Map([[own, lastOf(own)], [OTHER_DEVICE, lastOf(OTHER_DEVICE)]])));
    expect([lastOf(own), lastOf(OTHER_DEVICE)]).not.toContain(result.three.intact && result.three.head);
    vault.close();
  });

  it('an entry removed from the middle of the other device’s chain: its next entry no longer follows', () => {
    const result = tampered((db) => db.exec('DELETE FROM escalation_entries WHERE id = 11'));
    expect(result.three).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: 12, sequence: 3, reason: 'link-broken' }));
    expect(result.problems).toEqual([expect.stringMatching(/^record 3: entry 12 \(number 3\): link-broken/)]);
  });

  it('the last entry of one chain removed: the head no longer matches', () => {
    const result = tampered((db) => db.exec('DELETE FROM escalation_entries WHERE id = 10'));
    expect(result.three).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: null, reason: 'head-mismatch' }));
  });

  it('an entry changed in the other device’s chain, or moved to the other chain, is caught at that entry', () => {
    expect(tampered((db) => db.exec("UPDATE escalation_entries SET what = 'x' WHERE id = 9")).three).toEqual(brokenAt(9, 1));
    expect(tampered((db) => db.exec(`UPDATE escalation_entries SET device = '${OTHER_DEVICE}', sequence = 4 WHERE id = 10`)).three).toEqual(brokenAt(10, 4));
  });

  it('an entry forged at the end of the other device’s chain with a correct hash: the head no longer matches', () => {
    const result = tampered((db) => {
      const last = toStoredEntry(readEntries(db, 3).at(-1)!);
      const at = '2026-01-05T10:00:20.000Z';
      const clock = `${at}-0000`;
      const hash = entryHash(last.hash, { id: 100, escalationId: 3, device: OTHER_DEVICE, sequence: 4, clock, kind: 'note', what: 'Forged', informed: [], outcome: '', occurredAt: at, recordedAt: at, correctsEntryId: null, newStatus: null, newSeverity: null, newNeedToKnow: null });
      db.exec(`INSERT INTO escalation_entries (id, escalation_id, device, sequence, clock, kind, what, informed, outcome, occurred_at, recorded_at, prev_hash, hash)
        VALUES (100, 3, '${OTHER_DEVICE}', 4, '${clock}', 'note', 'Forged', '[]', '', '${at}', '${at}', '${last.hash}', '${hash}')`);
    });
    expect(result.three).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: null, sequence: 7, reason: 'head-mismatch' }));
  });
});

describe('the record itself', () => {
  it.each([
    ['title', "'Other title'"],
    ['summary', "'Other summary'"],
    ['category', "'other'"],
    ['mentee_id', '2'],
    ['initial_severity', "'urgent'"],
    ['initial_need_to_know', "'[]'"],
    ['opened_at', "'2001-01-01T00:00:00.000Z'"],
    ['created_at', "'2001-01-01T00:00:00.000Z'"],
    ['genesis_hash', `'${'d'.repeat(64)}'`],
  ])('a changed %s breaks the chain at its start', (column, value) => {
    const result = tampered((db) => db.exec(`UPDATE escalations SET ${column} = ${value} WHERE id = 1`));
    expect(result.one).toEqual(expect.objectContaining({ intact: false, firstBrokenEntryId: null, sequence: 0, reason: 'record-changed' }));
    expect(result.problems).toEqual([expect.stringMatching(/^record 1: record-changed at number 0/)]);
  });

  it.each([
    ['status', "'open'", 'state-mismatch'],
    ['severity', "'urgent'", 'state-mismatch'],
    ['need_to_know', "'[]'", 'state-mismatch'],
    ['entry_count', '4', 'head-mismatch'],
    ['head_hash', `'${'c'.repeat(64)}'`, 'head-mismatch'],
  ])('a changed %s is reported as %s', (column, value, reason) => {
    const result = tampered((db) => db.exec(`UPDATE escalations SET ${column} = ${value} WHERE id = 1`));
    expect(result.one).toEqual(expect.objectContaining({ intact: false, reason }));
  });
});

describe('what a chain cannot catch, the fingerprint does', () => {
  it('an entry appended with every hash and the head forged verifies, but the fingerprint changes', () => {
    let forgedHead = '';
    const result = tampered((db) => {
      const last = toStoredEntry(readEntries(db, 1).at(-1)!);
      const at = '2025-01-01T00:00:00.000Z';
      const clock = '2026-01-05T11:00:00.000Z-0000';
      forgedHead = entryHash(last.hash, { id: 100, escalationId: 1, device: last.device, sequence: 6, clock, kind: 'note', what: 'Forged', informed: [], outcome: '', occurredAt: at, recordedAt: at, correctsEntryId: null, newStatus: null, newSeverity: null, newNeedToKnow: null });
      db.exec(`INSERT INTO escalation_entries (id, escalation_id, device, sequence, clock, kind, what, informed, outcome, occurred_at, recorded_at, prev_hash, hash)
        VALUES (100, 1, '${last.device}', 6, '${clock}', 'note', 'Forged', '[]', '', '${at}', '${at}', '${last.hash}', '${forgedHead}');
        UPDATE escalations SET entry_count = 6, head_hash = '${forgedHead}' WHERE id = 1;`);
    });
    expect(result.one).toMatchObject({ intact: true, head: forgedHead });
    expect(result.one.intact && result.one.fingerprint).not.toBe(fingerprintOf(originalHead));
  });

  it('verifyAll and the verify check report every broken record, naming record and entry only', () => {
    const result = tampered((db) => db.exec("UPDATE escalation_entries SET what = 'x' WHERE id IN (2, 7)"));
    expect(result.problems).toEqual([
      expect.stringMatching(/^record 1: entry 2 \(number 2\): entry-changed: /),
      expect.stringMatching(/^record 2: entry 7 \(number 2\): entry-changed: /),
    ]);
    expect(result.problems.join()).not.toMatch(/Second|Seventh|Record one/);
    const vault = openWithKey(pristine, key);
    expect(verifyAllEscalations(vault.db)).toEqual({ records: 3, broken: [] });
    expect(escalationChainsCheck(vault.db)).toEqual([]);
    vault.close();
  });
});
