import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import { migrate } from '../../src/main/vault/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/vault/migrations';
import { recordChain } from '../../src/main/vault/migrations/008-record-chain';
import { entryHash, genesisHash } from '../../src/main/features/escalations/chain';
import { readEntries, toStoredEntry } from '../../src/main/features/escalations/rows';
import { deleteMentee } from '../../src/main/features/mentees/store';
import { applyKey } from '../../src/main/vault/connection';
import type { KeyMaterial } from '../../src/main/vault/kdf';
import { recordChainHead } from '../../src/main/vault/record-chain/fingerprint';
import { linkUnlinkedRecords } from '../../src/main/vault/record-chain/links';
import { openSqlite, type Db } from '../../src/main/vault/sqlite';
import { verifyDatabase, type VerifyProblem } from '../../src/main/vault/verify';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, openWithKey } from '../helpers/vault';

/**
 * Someone holding the key rewrites history directly in the file. Each escalation
 * timeline is chained on its own, so a consistent rewrite of one passes its own check:
 * the vault-wide record chain and the trigger check must catch it, and what they cannot
 * catch (the whole vault rewritten, links included) must change the vault's fingerprint.
 */
let dir: string;
let pristine: string;
let key: KeyMaterial;
let noted: { head: string; fingerprint: string; links: number };
let copies = 0;

beforeAll(async () => {
  dir = makeTempDir('record-chain');
  ({ path: pristine, key } = await createTestVault(join(dir, 'pristine.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 4, seed: 7 }) }));
  const vault = openWithKey(pristine, key);
  try {
    noted = recordChainHead(vault.db);
  } finally {
    vault.close();
  }
});
afterAll(() => removeTempDir(dir));

interface Outcome {
  problems: VerifyProblem[];
  fingerprint: string;
}

/** A copy of the pristine vault, changed behind the app's back, then opened and verified by the app. */
function tampered(attack: (db: Db) => void, { keepTriggers = false } = {}): Outcome {
  const path = join(dir, `copy-${++copies}.mentorvault`);
  copyFileSync(pristine, path);
  const attacker = openSqlite(path);
  try {
    applyKey(attacker, key);
    attacker.pragma('foreign_keys = OFF');
    const triggers = attacker.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    for (const t of triggers) attacker.exec(`DROP TRIGGER "${t.name}"`);
    attack(attacker);
    // A careful attacker puts every trigger back exactly as it was.
    if (keepTriggers) for (const t of triggers) attacker.exec(t.sql);
  } finally {
    attacker.close();
  }
  const vault = openWithKey(path, key);
  try {
    return { problems: verifyDatabase(vault.db).problems, fingerprint: recordChainHead(vault.db).fingerprint };
  } finally {
    vault.close();
  }
}

const checks = (o: Outcome) => [...new Set(o.problems.map((p) => p.check))].sort();

/** Rewrites an escalation record's timeline consistently: new genesis, every entry re-hashed, head and count set. */
function rewriteTimeline(db: Db, id: number, keepEntries: number | undefined, newTitle?: string): void {
  if (newTitle) db.prepare('UPDATE escalations SET title = ? WHERE id = ?').run(newTitle, id);
  const record = db.prepare('SELECT * FROM escalations WHERE id = ?').get(id) as Record<string, unknown>;
  const genesis = genesisHash({
    id,
    menteeId: record.mentee_id as number,
    category: record.category as string,
    title: record.title as string,
    summary: record.summary as string,
    severity: record.initial_severity as string,
    needToKnow: JSON.parse(record.initial_need_to_know as string) as string[],
    openedAt: record.opened_at as string,
    createdAt: record.created_at as string,
  });
  const entries = readEntries(db, id).map(toStoredEntry);
  const kept = keepEntries === undefined ? entries : entries.slice(0, keepEntries);
  for (const e of entries.slice(kept.length)) db.prepare('DELETE FROM escalation_entries WHERE id = ?').run(e.id);
  let prev = genesis;
  for (const e of kept) {
    const hash = entryHash(prev, e);
    db.prepare('UPDATE escalation_entries SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, e.id);
    prev = hash;
  }
  let status = 'open';
  let severity = record.initial_severity as string;
  let needToKnow = record.initial_need_to_know as string;
  for (const e of kept) {
    if (e.newStatus !== null) status = e.newStatus;
    if (e.newSeverity !== null) severity = e.newSeverity;
    if (e.newNeedToKnow !== null) needToKnow = JSON.stringify(e.newNeedToKnow);
  }
  db.prepare('UPDATE escalations SET genesis_hash = ?, head_hash = ?, entry_count = ?, status = ?, severity = ?, need_to_know = ? WHERE id = ?').run(
    genesis,
    prev,
    kept.length,
    status,
    severity,
    needToKnow,
    id,
  );
}

function recordWithEntries(min: number): number {
  const vault = openWithKey(pristine, key);
  try {
    return vault.db.prepare('SELECT escalation_id FROM escalation_entries GROUP BY escalation_id HAVING count(*) >= ? ORDER BY escalation_id LIMIT 1').pluck().get(min) as number;
  } finally {
    vault.close();
  }
}

describe('the untouched vault', () => {
  it('verifies clean, and its chain links every append-only record', () => {
    const outcome = tampered(() => {}, { keepTriggers: true });
    expect(outcome.problems).toEqual([]);
    expect(outcome.fingerprint).toBe(noted.fingerprint);
    const vault = openWithKey(pristine, key);
    try {
      const count = (sql: string) => vault.db.prepare(sql).pluck().get() as number;
      const records = count('SELECT (SELECT count(*) FROM escalations) + (SELECT count(*) FROM escalation_entries) + (SELECT count(*) FROM goal_history) + (SELECT count(*) FROM decisions)');
      expect(count('SELECT count(*) FROM escalation_entries')).toBeGreaterThan(0);
      expect(count('SELECT count(*) FROM goal_history')).toBeGreaterThan(0);
      expect(count('SELECT count(*) FROM decisions')).toBeGreaterThan(0);
      expect(noted.links).toBe(records);
    } finally {
      vault.close();
    }
  });
});

describe('rewrites the per-record chains alone do not catch', () => {
  it('a consistent rewrite of a whole timeline (triggers put back)', () => {
    const id = recordWithEntries(2);
    const outcome = tampered((db) => rewriteTimeline(db, id, undefined, 'A kinder title'), { keepTriggers: true });
    // The record's own chain is consistent again...
    expect(outcome.problems.filter((p) => p.check === 'escalation-chain')).toEqual([]);
    // ...but its genesis and every entry differ from what the vault-wide chain recorded.
    expect(checks(outcome)).toEqual(['record-chain']);
    expect(outcome.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(new RegExp(`^escalation ${id}: changed since link \\d+`)));
  });

  it('the last entries removed with the head rolled back', () => {
    const id = recordWithEntries(3);
    const outcome = tampered((db) => rewriteTimeline(db, id, 1), { keepTriggers: true });
    expect(outcome.problems.filter((p) => p.check === 'escalation-chain')).toEqual([]);
    expect(checks(outcome)).toEqual(['record-chain']);
    expect(outcome.problems.some((p) => /^escalation-entry \d+: linked at \d+, but the record is gone/.test(p.message))).toBe(true);
  });

  it('a whole escalation record deleted with its entries', () => {
    const id = recordWithEntries(1);
    const outcome = tampered(
      (db) => {
        db.prepare('DELETE FROM escalation_entries WHERE escalation_id = ?').run(id);
        db.prepare('DELETE FROM escalations WHERE id = ?').run(id);
      },
      { keepTriggers: true },
    );
    expect(checks(outcome)).toEqual(['record-chain']);
    expect(outcome.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(new RegExp(`^escalation ${id}: linked at \\d+, but the record is gone`)));
  });

  it('a decision or a goal-history row deleted or edited on its own', () => {
    const deleted = tampered((db) => db.exec('DELETE FROM decisions WHERE id = (SELECT min(id) FROM decisions)'), { keepTriggers: true });
    expect(deleted.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^decision \d+: linked at \d+, but the record is gone/));
    const edited = tampered((db) => db.exec("UPDATE goal_history SET why = 'rewritten' WHERE id = (SELECT max(id) FROM goal_history)"), { keepTriggers: true });
    expect(edited.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^goal-history \d+: changed since link \d+/));
  });

  it('an added record that skipped its link', () => {
    const outcome = tampered(
      (db) => db.exec("INSERT INTO decisions (mentee_id, date, decision, rationale, created_at) SELECT min(id), '2020-01-01', 'Backdated', 'Why', '2020-01-01T00:00:00Z' FROM mentees"),
      { keepTriggers: true },
    );
    expect(outcome.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^decision \d+: not in the record chain/));
  });

  it('a link removed from the middle, or changed', () => {
    const removed = tampered((db) => db.exec('DELETE FROM record_links WHERE seq = 3'), { keepTriggers: true });
    expect(removed.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^link 4 .*expected number 3/));
    const changed = tampered((db) => db.exec("UPDATE record_links SET kind = 'decision' WHERE seq = 2"), { keepTriggers: true });
    expect(checks(changed)).toEqual(['record-chain']);
  });
});

describe('the append-only triggers', () => {
  it('every one dropped is named', () => {
    const outcome = tampered(() => {});
    const missing = outcome.problems.filter((p) => p.check === 'triggers').map((p) => p.message);
    for (const name of ['escalation_entries_no_update', 'escalation_entries_no_delete', 'escalations_no_delete', 'goal_history_never_updated', 'decisions_never_deleted', 'record_links_no_delete', 'decisions_linked']) {
      expect(missing).toContainEqual(expect.stringContaining(`trigger ${name} `));
    }
    // Nothing else changed: the data and the chain still verify.
    expect(checks(outcome)).toEqual(['triggers']);
  });

  it('one replaced by a weaker one with the same name, and an extra one', () => {
    const outcome = tampered(
      (db) => {
        db.exec("CREATE TRIGGER escalation_entries_no_delete BEFORE DELETE ON escalation_entries WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END");
        db.exec("CREATE TRIGGER quietly_fix AFTER INSERT ON decisions BEGIN SELECT 1; END");
      },
    );
    const messages = outcome.problems.filter((p) => p.check === 'triggers').map((p) => p.message);
    expect(messages).toContain('trigger escalation_entries_no_delete differs from its definition.');
    expect(messages).toContain('trigger quietly_fix is not part of the vault\'s schema.');
  });
});

describe('what the chain records as it should', () => {
  it('a mentee deleted in the app: the removals are links of their own and the vault verifies', () => {
    const path = join(dir, 'delete-mentee.mentorvault');
    copyFileSync(pristine, path);
    const vault = openWithKey(path, key);
    try {
      const mentee = vault.db
        .prepare('SELECT m.id, m.name FROM mentees m WHERE NOT EXISTS (SELECT 1 FROM escalations e WHERE e.mentee_id = m.id) AND EXISTS (SELECT 1 FROM decisions d WHERE d.mentee_id = m.id) LIMIT 1')
        .get() as { id: number; name: string };
      const decisions = vault.db.prepare('SELECT count(*) FROM decisions WHERE mentee_id = ?').pluck().get(mentee.id) as number;
      deleteMentee(vault.db, mentee.id, mentee.name);
      expect(verifyDatabase(vault.db).problems).toEqual([]);
      const removals = vault.db.prepare("SELECT count(*) FROM record_links WHERE kind = 'decision-removed'").pluck().get() as number;
      expect(removals).toBe(decisions);
      expect(recordChainHead(vault.db).fingerprint).not.toBe(noted.fingerprint);
    } finally {
      vault.close();
    }
  });

  it('a vault from before the chain gets every record linked by its migration', () => {
    const path = join(dir, 'older.mentorvault');
    copyFileSync(pristine, path);
    const old = openSqlite(path);
    try {
      applyKey(old, key);
      // Back to schema 5: the chain's table and triggers gone.
      for (const name of old.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%linked' OR name LIKE 'record_links%')").pluck().all() as string[]) {
        old.exec(`DROP TRIGGER "${name}"`);
      }
      old.exec('DROP TABLE record_links');
      // The chain's own step on the vault as it was before it (later steps have already run on it).
      old.pragma(`user_version = ${recordChain.version - 1}`);
      migrate(old, { backupPath: undefined, migrations: MIGRATIONS.filter((m) => m.version <= recordChain.version) });
      old.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    } finally {
      old.close();
    }
    const vault = openWithKey(path, key);
    try {
      expect(verifyDatabase(vault.db).problems).toEqual([]);
      expect(recordChainHead(vault.db).links).toBe(noted.links);
    } finally {
      vault.close();
    }
  });
});

describe('what only a fingerprint held elsewhere shows', () => {
  it('the whole vault rewritten, links rebuilt with the app\'s own code and triggers put back, verifies, but its fingerprint differs', () => {
    const id = recordWithEntries(3);
    const outcome = tampered(
      (db) => {
        rewriteTimeline(db, id, 1);
        db.exec('DELETE FROM record_links');
        linkUnlinkedRecords(db);
      },
      { keepTriggers: true },
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.fingerprint).not.toBe(noted.fingerprint);
  });
});
