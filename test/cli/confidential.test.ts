import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEscalation } from '../../src/main/features/escalations/queries';
import { applyKey } from '../../src/main/vault/connection';
import { openSqlite } from '../../src/main/vault/sqlite';
import type { ChainVerification } from '../../src/shared/escalations/schema';
import { runCli } from '../helpers/cli';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../helpers/vault';
import { fillCanaries, type Canaries } from '../helpers/canaries';

/** `mentor-vault verify` names the broken record and entry; `mentor-vault fingerprint` prints heads. */

const cli = (args: string[]) => runCli(args, { passphrase: PASSPHRASE });

let dir: string;
let good: string;
let bad: string;
let canaries: Canaries;
let goodChain: ChainVerification;
let brokenEntry: number;

beforeAll(async () => {
  dir = makeTempDir('confidential-cli');
  const made = await createTestVault(join(dir, 'good.mentorvault'), { fill: (db) => (canaries = fillCanaries(db)) });
  good = made.path;
  const vault = openWithKey(good, made.key);
  goodChain = verifyEscalation(vault.db, canaries.escalationId);
  brokenEntry = vault.db.prepare('SELECT id FROM escalation_entries WHERE escalation_id = ? AND sequence = 2').pluck().get(canaries.escalationId) as number;
  vault.close();

  bad = join(dir, 'bad.mentorvault');
  copyFileSync(good, bad);
  const attacker = openSqlite(bad);
  applyKey(attacker, made.key);
  attacker.exec('DROP TRIGGER escalation_entries_no_update');
  attacker.prepare("UPDATE escalation_entries SET outcome = 'rewritten later' WHERE id = ?").run(brokenEntry);
  attacker.close();
});
afterAll(() => removeTempDir(dir));

const noCanary = (text: string) => {
  for (const c of canaries.all) expect(text).not.toContain(c);
};

describe('mentor-vault verify', () => {
  it('exits 0 on an intact vault', async () => {
    const result = await cli(['verify', good]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ok: /);
  });

  it('exits 1 naming the record and the first broken entry, never the content', async () => {
    const result = await cli(['verify', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`problem: escalation-chain: record ${canaries.escalationId}: entry ${brokenEntry} (number 2): entry-changed`);
    expect(result.stderr).toMatch(/CORRUPT_VAULT/);
    noCanary(result.stdout + result.stderr);
    expect(result.stdout + result.stderr).not.toContain('rewritten later');
  });
});

describe('mentor-vault fingerprint', () => {
  it('prints the vault\'s fingerprint, then each record\'s fingerprint and head', async () => {
    if (!goodChain.intact) throw new Error('fixture broken');
    const all = await cli(['fingerprint', good]);
    expect(all.code, all.stderr).toBe(0);
    const recordLine = `record ${canaries.escalationId}\tintact\t${goodChain.fingerprint}\t${goodChain.head}\t5 entries\n`;
    const [vaultLine, ...rest] = all.stdout.split(/(?<=\n)/);
    expect(vaultLine).toMatch(/^vault\tintact\t([0-9a-f]{4}-){3}[0-9a-f]{4}\t[0-9a-f]{64}\t\d+ records\n$/);
    expect(rest.join('')).toBe(recordLine);
    const one = await cli(['fingerprint', good, '--record', String(canaries.escalationId)]);
    expect(one.stdout).toBe(recordLine);
    noCanary(all.stdout + all.stderr);
  });

  it('exits 1 with BROKEN for a broken timeline, and refuses unknown or malformed records', async () => {
    const broken = await cli(['fingerprint', bad]);
    expect(broken.code).toBe(1);
    // Only the entry's text changed, not its stored hash: the vault-wide links still match the
    // hashes, and the record's own chain is what finds the change.
    expect(broken.stdout).toMatch(/^vault\tintact\t/);
    expect(broken.stdout).toContain(`record ${canaries.escalationId}\tBROKEN\tentry ${brokenEntry} (number 2)\tentry-changed\n`);
    const unknown = await cli(['fingerprint', good, '--record', '99']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/NOT_FOUND/);
    expect((await cli(['fingerprint', good, '--record', 'one'])).code).toBe(2);
  });
});
