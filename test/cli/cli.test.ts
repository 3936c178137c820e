import SignalDatabase from '@signalapp/sqlcipher';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newestKdf } from '../../src/main/vault/kdf';
import { LATEST_SCHEMA_VERSION } from '../../src/main/vault/migrations';
import { PAGE_SIZE } from '../../src/main/vault/probe';
import { runCli, type CliResult } from '../helpers/cli';
import { listDir, makeTempDir, removeTempDir, sha256File } from '../helpers/temp';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/vault';

/**
 * `mentor-vault` run as a child process, the way a user runs it: exit 0 on success,
 * 1 with one line `error: CODE: message` on stderr, 2 on bad usage; a failed open never
 * changes the file and never creates one.
 */
let dir: string;
let vault: string;
/** The demo vault's raw-key output; copies of that file share its key. */
let demoPragma = '';

beforeAll(async () => {
  dir = makeTempDir('cli');
  vault = join(dir, 'main.mentorvault');
  const created = await runCli(['create', vault], { passphrase: PASSPHRASE });
  expect(created).toMatchObject({ code: 0, stderr: '' });
  expect(created.stdout).toContain(`created ${vault}`);
});

afterAll(() => removeTempDir(dir));

function expectFailure(result: CliResult, code: string): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^error: ${code}: \\S.*\\n$`));
  expect(result.stderr.split('\n')).toHaveLength(2); // one line
  expect(result.stderr).not.toContain(PASSPHRASE);
  expect(result.stderr).not.toContain(OTHER_PASSPHRASE);
}

/** Runs a command expected to fail, checking the file and the folder are untouched. */
async function expectRefused(args: string[], code: string, options: Parameters<typeof runCli>[1], path: string): Promise<CliResult> {
  const folder = join(path, '..');
  const hash = existsSync(path) ? sha256File(path) : undefined;
  const files = existsSync(folder) ? listDir(folder) : undefined;
  const result = await runCli(args, options);
  expectFailure(result, code);
  if (hash) expect(sha256File(path), 'file changed by a failed command').toBe(hash);
  else expect(existsSync(path), 'a failed command created the file').toBe(false);
  if (files) expect(listDir(folder)).toEqual(files);
  return result;
}

function copyOf(path: string, name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const copy = join(folder, 'vault.mentorvault');
  writeFileSync(copy, readFileSync(path));
  return copy;
}

describe('create', () => {
  it('wrote an encrypted vault', () => {
    expect(readFileSync(vault).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('refuses an existing file, a weak passphrase and a missing folder', async () => {
    await Promise.all([
      expectRefused(['create', vault], 'VAULT_EXISTS', { passphrase: OTHER_PASSPHRASE }, vault),
      expectRefused(['create', join(dir, 'weak.mentorvault')], 'WEAK_PASSPHRASE', { passphrase: 'password1' }, join(dir, 'weak.mentorvault')),
    ]);
    const result = await runCli(['create', join(dir, 'absent', 'v.mentorvault')], { passphrase: PASSPHRASE });
    expectFailure(result, 'PATH_NOT_WRITABLE');
    expect(existsSync(join(dir, 'absent'))).toBe(false);
  });
});

describe('info', () => {
  it('prints format, schema, KDF and row counts as JSON', async () => {
    const result = await runCli(['info', vault], { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const info = JSON.parse(result.stdout) as Record<string, unknown>;
    const kdf = newestKdf();
    expect(info).toMatchObject({
      path: vault,
      appFormatVersion: 1,
      schemaVersion: LATEST_SCHEMA_VERSION,
      kdf: { version: kdf.version, name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p },
      sizeBytes: statSync(vault).size,
      counts: expect.objectContaining({ mentees: 0, vault_meta: 3 }),
    });
    expect(Object.keys(info).sort()).toEqual(['appFormatVersion', 'counts', 'createdAt', 'forms', 'kdf', 'path', 'recordChain', 'schemaVersion', 'sizeBytes']);
    expect(info.forms).toEqual({ made: 0, imported: 0 });
  });

  it('reads the passphrase from standard input when the variable is unset', async () => {
    const result = await runCli(['info', vault], { input: `${PASSPHRASE}\n` });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it('refuses a wrong passphrase, a missing path and a file that is not a vault', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'just some notes\n'.repeat(100));
    const missing = join(dir, 'missing.mentorvault');
    const [wrong] = await Promise.all([
      expectRefused(['info', vault], 'WRONG_PASSPHRASE', { passphrase: OTHER_PASSPHRASE }, vault),
      expectRefused(['info', missing], 'VAULT_NOT_FOUND', { passphrase: PASSPHRASE }, missing),
      expectRefused(['info', text], 'NOT_A_VAULT', { passphrase: PASSPHRASE }, text),
    ]);
    expect(wrong.stdout).toBe('');
  });
});

describe('demo', () => {
  it('creates a vault filled with N mentees and varied rows, no name in plaintext', async () => {
    const demo = join(dir, 'demo.mentorvault');
    const result = await runCli(['demo', demo, '--mentees', '7'], { passphrase: 'demo-only' });
    expect(result.code, result.stderr).toBe(0);
    const counts = JSON.parse(result.stdout) as Record<string, number>;
    expect(counts.mentees).toBe(7);
    expect(counts.career_aims).toBeGreaterThan(0);
    const info = JSON.parse((await runCli(['info', demo], { passphrase: 'demo-only' })).stdout) as { counts: Record<string, number> };
    expect(info.counts).toEqual(counts);

    const db = new SignalDatabase(demo);
    demoPragma = (await runCli(['raw-key', demo], { passphrase: 'demo-only' })).stdout;
    for (const line of demoPragma.trim().split('\n')) db.exec(line);
    const names = db.prepare('SELECT name FROM mentees').all().map((r) => String((r as { name: string }).name));
    db.close();
    expect(names).toHaveLength(7);
    const bytes = readFileSync(demo);
    for (const name of names) expect(bytes.includes(Buffer.from(name)), name).toBe(false);
  });

  it('refuses to overwrite an existing file', async () => {
    await expectRefused(['demo', vault, '--mentees', '2'], 'VAULT_EXISTS', { passphrase: PASSPHRASE }, vault);
  });
});

describe('raw-key', () => {
  it('prints the key pragma on stdout and a warning on stderr; the pragma opens the vault elsewhere', async () => {
    const result = await runCli(['raw-key', vault], { passphrase: PASSPHRASE });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: .*key.*\n$/);
    const match = /^PRAGMA cipher_compatibility = 4;\nPRAGMA key = "x'([0-9a-f]{64})([0-9a-f]{32})'";\n$/.exec(result.stdout);
    expect(match, result.stdout).not.toBeNull();
    expect(match![2]).toBe(readFileSync(vault).subarray(0, 16).toString('hex')); // the file's own salt

    // An independent SQLCipher 4 (not our library) opens the file with it.
    const db = new SignalDatabase(vault);
    for (const line of result.stdout.trim().split('\n')) db.exec(line);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('prints no key for a wrong passphrase', async () => {
    const result = await expectRefused(['raw-key', vault], 'WRONG_PASSPHRASE', { passphrase: OTHER_PASSPHRASE }, vault);
    expect(result.stdout).toBe('');
  });
});

describe('verify', () => {
  it('exits 0 on a sound vault', async () => {
    const result = await runCli(['verify', vault], { passphrase: PASSPHRASE });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ok: integrity clean, \d+ rows read/);
  });

  it('exits 1 on a wrong passphrase and on a damaged page, leaving the file as it is', async () => {
    const damaged = copyOf(join(dir, 'demo.mentorvault'), 'damaged');
    const pages = statSync(damaged).size / PAGE_SIZE;
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.from('damage'), 0, 6, Math.floor(pages / 2) * PAGE_SIZE + 100);
    closeSync(fd);
    await Promise.all([
      expectRefused(['verify', vault], 'WRONG_PASSPHRASE', { passphrase: OTHER_PASSPHRASE }, vault),
      expectRefused(['verify', damaged], 'CORRUPT_VAULT', { passphrase: 'demo-only' }, damaged),
    ]);
  });

  it('exits 1 and names the problem when an index no longer matches its table', async () => {
    // Pages decrypt fine (so the vault opens), but the index was built under another
    // collation: only the full integrity check of `verify` sees it.
    const broken = copyOf(join(dir, 'demo.mentorvault'), 'broken-index');
    const db = new SignalDatabase(broken);
    for (const line of demoPragma.trim().split('\n')) db.exec(line);
    db.exec("UPDATE mentees SET name = lower(name) WHERE id % 2 = 0; UPDATE mentees SET name = upper(name) WHERE id % 2 = 1;");
    db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'name COLLATE NOCASE', 'name') WHERE name = 'mentees_by_name';");
    db.close();
    const result = await expectRefused(['verify', broken], 'CORRUPT_VAULT', { passphrase: 'demo-only' }, broken);
    expect(result.stdout).toMatch(/problem: integrity: .*mentees_by_name/);
  });
});

describe('passwd', () => {
  it('refuses a wrong current passphrase and a weak new one, file unchanged', async () => {
    const copy = copyOf(vault, 'weak-new');
    await Promise.all([
      expectRefused(['passwd', vault], 'WRONG_PASSPHRASE', { passphrase: OTHER_PASSPHRASE, newPassphrase: OTHER_PASSPHRASE }, vault),
      expectRefused(['passwd', copy], 'WEAK_PASSPHRASE', { passphrase: PASSPHRASE, newPassphrase: 'password1' }, copy),
    ]);
  });

  it('changes the passphrase: the new one opens the vault, the old one no longer does', async () => {
    const result = await runCli(['passwd', vault], { passphrase: PASSPHRASE, newPassphrase: OTHER_PASSPHRASE });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('passphrase changed');
    expect(listDir(dir).filter((f) => f.startsWith('.main.mentorvault'))).toEqual([]);
    const [old, next] = await Promise.all([
      expectRefused(['info', vault], 'WRONG_PASSPHRASE', { passphrase: PASSPHRASE }, vault),
      runCli(['info', vault], { passphrase: OTHER_PASSPHRASE }),
    ]);
    expect(old.stdout).toBe('');
    expect(next.code, next.stderr).toBe(0);
  });
});
