import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../../src/main/ipc/router';
import type { Db } from '../../../src/main/vault/sqlite';
import { TestPlatform } from '../../bridge/test-platform';
import { routerCalls, type RouterCalls } from '../../helpers/router-calls';

/** Every table's rows (FTS shadow tables too), each table sorted: equal maps mean equal data. */
export function tableDumps(db: Db, exceptBackupRecord = false): Map<string, string> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[];
  const keep = (name: string) => (row: unknown[]) => !(exceptBackupRecord && name === 'settings' && row[0] === 'backup.state');
  return new Map(names.map((name) => [name, dumpTable(db, name, keep(name))]));
}

export function dumpTable(db: Db, name: string, filter: (row: unknown[]) => boolean = () => true): string {
  const rows = (db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw().all() as unknown[][]).filter(filter);
  return rows
    .map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)))
    .sort()
    .join('\n');
}

/**
 * Compares two databases table by table, so a failure names the table. A finished backup
 * records itself (last backup) in the vault after its copy was taken: `exceptBackupRecord`
 * leaves that one settings row out.
 */
export function expectSameTables(actual: Db, expected: Db, exceptBackupRecord = false): void {
  const a = tableDumps(actual, exceptBackupRecord);
  const e = tableDumps(expected, exceptBackupRecord);
  expect([...a.keys()]).toEqual([...e.keys()]);
  for (const [name, rows] of e) expect(a.get(name), `table ${name}`).toBe(rows);
}

/** Overwrites 16 bytes in the middle of a page: the page's HMAC no longer matches. */
export function corruptPage(path: string, page: number): void {
  const fd = openSync(path, 'r+');
  try {
    const at = page * 4096 + 1000;
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, at);
    for (let i = 0; i < buf.length; i++) buf[i] = buf[i]! ^ 0xff;
    writeSync(fd, buf, 0, 16, at);
  } finally {
    closeSync(fd);
  }
}

export function middlePage(path: string): number {
  return Math.floor(statSync(path).size / 4096 / 2);
}

export interface TestApp extends RouterCalls {
  session: VaultSession;
  platform: TestPlatform;
  dispatch: Dispatch;
}

/** The real router and session over a vault in `dir`, as the app and the test bridge run them. */
export function testApp(dir: string): TestApp {
  const session = new VaultSession(new ConfigStore(undefined), {
    defaultVaultPath: join(dir, 'vault', 'mentor.mentorvault'),
    demoVaultPath: join(dir, 'demo', 'demo.mentorvault'),
  });
  const platform = new TestPlatform(dir);
  const dispatch = createRouter(handlers, { session, platform });
  return {
    session,
    platform,
    dispatch,
    ...routerCalls(dispatch),
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const CLI_ENTRY = resolve(import.meta.dirname, '../../../src/main/cli/index.ts');

/** `mentor-vault ARGS` from source in a child process, with only the given variables set. */
export function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('MENTOR_VAULT_PASSPHRASE' in env)) delete childEnv.MENTOR_VAULT_PASSPHRASE;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end('');
  });
}
