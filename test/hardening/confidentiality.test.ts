import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { fillDemoVault } from '../../src/main/demo/generate';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../src/main/ipc/router';
import { METHOD_NAMES, type MethodName } from '../../src/shared/contract';
import type { BridgeResult } from '../../src/shared/errors';
import { TestPlatform } from '../bridge/test-platform';
import { fillCanaries } from '../helpers/canaries';
import { VALID_INPUTS } from '../core/router/valid-inputs';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { dumpDatabase, OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/vault';
import { EXPORTS, NOT_EXPORTS } from './support/exports';
import { canariesIn, canariesInFile, filesUnder, PDFTOTEXT } from './support/scan';

/**
 * Confidentiality: canary strings in every confidential field (test/helpers/
 * canaries.ts, plus a meeting's private note) and the passphrases never appear in any
 * export meant for others (support/exports.ts; every method that opens a save dialog
 * must be listed there or in NOT_EXPORTS), in any error message the router returns
 * (failing calls with canary-laden inputs), in anything written to the console, stdout
 * or stderr, or in any file the app writes (a session of work: exports, backups,
 * re-key, lock and unlock, copy); vault files and backups hold no canary bytes at all.
 * Positive controls show the scanner finds what it looks for. The tests below run in
 * order on one session.
 */
class RecordingPlatform extends TestPlatform {
  current = '';
  readonly asked = new Map<string, string[]>();

  constructor(private readonly dir: string) {
    super(dir);
  }

  override async chooseSavePath(options: { title: string; defaultPath: string }) {
    if (!this.nextSavePath && !this.cancelNextDialog) this.nextSavePath = join(this.dir, `${this.current}--${basename(options.defaultPath)}`);
    const path = await super.chooseSavePath(options);
    if (path) this.asked.set(this.current, [...(this.asked.get(this.current) ?? []), path]);
    return path;
  }
}

let dataDir: string;
let exportsDir: string;
let session: VaultSession;
let platform: RecordingPlatform;
let dispatch: Dispatch;
let menteeId: number;
let ids: { noteId: number; escalationId: number };
/** Confidential text in the vault: grows as probes store more. */
const canaries: string[] = [];
/** The canaries certainly stored (the rest are probes that may have been refused). */
const stored: string[] = [];
/** Never anywhere: passphrases, including wrong ones typed. */
const secrets: string[] = [PASSPHRASE, OTHER_PASSPHRASE];
const logs: string[] = [];
const unexpected: string[] = [];
const restoreLogs: (() => void)[] = [];
const errorsSeen: string[] = [];
const figures = { exports: [] as string[], askers: [] as string[], errors: 0, files: 0, vaultFiles: 0, inVault: 0 };
let confidentialExport: string;
const run = randomBytes(3).toString('hex').toUpperCase();
let probeCount = 0;
const probe = (what: string) => {
  const text = `CANARY_PROBE_${what.toUpperCase().replace(/\W+/g, '_')}_${++probeCount}_${run}`;
  canaries.push(text);
  return text;
};

function captureLogs(): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      logs.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
      original(...args);
    };
    restoreLogs.push(() => (console[level] = original));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      logs.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
      return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    restoreLogs.push(() => (stream.write = original));
  }
}

async function call(method: MethodName, input: unknown): Promise<BridgeResult<unknown>> {
  platform.current = method;
  const result = await dispatch(method, input);
  if (!result.ok) errorsSeen.push(`${method}: ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
  return result;
}

const originalTmp = process.env.TMPDIR;

beforeAll(async () => {
  dataDir = makeTempDir('confidential');
  exportsDir = join(dataDir, 'exports');
  mkdirSync(exportsDir);
  // Anything the app puts in the system temp folder lands inside the scanned folder.
  mkdirSync(join(dataDir, 'tmp'));
  process.env.TMPDIR = join(dataDir, 'tmp');
  session = new VaultSession(new ConfigStore(join(dataDir, 'config.json')), {
    defaultVaultPath: join(dataDir, 'vault', 'mentor.mentorvault'),
    demoVaultPath: join(dataDir, 'demo', 'demo.mentorvault'),
  });
  platform = new RecordingPlatform(exportsDir);
  dispatch = createRouter(handlers, { session, platform }, { onUnexpected: (method, err) => unexpected.push(`${method}: ${inspect(err)}`) });
  captureLogs();
  console.info('hardening: log capture check');
  await session.create(PASSPHRASE, 'default');
  fillDemoVault(session.db, { mentees: 3, seed: 17 });
  // A mentee with a charter and meetings, so the charter PDF, the report and the calendar have content.
  menteeId = (session.db
    .prepare('SELECT c.mentee_id FROM charters c WHERE EXISTS (SELECT 1 FROM meetings m WHERE m.mentee_id = c.mentee_id) ORDER BY c.mentee_id LIMIT 1')
    .pluck()
    .get() ?? session.db.prepare('SELECT id FROM mentees ORDER BY id LIMIT 1').pluck().get()) as number;
  const filled = fillCanaries(session.db, { menteeId });
  canaries.push(...filled.all);
  stored.push(...filled.all);
  ids = { noteId: filled.noteId, escalationId: filled.escalationId };
  const meetingId = session.db.prepare('SELECT id FROM meetings WHERE mentee_id = ? ORDER BY id LIMIT 1').pluck().get(menteeId) as number | undefined;
  if (meetingId !== undefined && METHOD_NAMES.includes('meetings.savePrivateNote')) {
    const text = probe('meeting private note');
    expect(await call('meetings.savePrivateNote', { meetingId, noteId: null, text })).toMatchObject({ ok: true });
    stored.push(text);
  }
});

afterAll(() => {
  for (const restore of restoreLogs.splice(0)) restore();
  if (originalTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmp;
  session?.lock('quit');
  removeTempDir(dataDir);
});

/**
 * A method's valid example with ids swapped by `id` and, with `canaryText`, every free
 * text replaced by a fresh canary; never an export that asks for confidential data.
 */
function laden(method: MethodName, id: (key: string, value: number) => number, canaryText = true): unknown {
  const walk = (value: unknown, key: string): unknown => {
    if (key === 'includeConfidential') return false;
    if (typeof value === 'string') {
      return !canaryText || /date|At$|^(kind|status|severity|category|part|sort|direction|scope|location|which|mode|frequency)$/.test(key) ? value : probe(`${method} ${key}`);
    }
    if (typeof value === 'number') return id(key, value);
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(JSON.parse(JSON.stringify(VALID_INPUTS[method])), '');
}

/** Polls a backup job until it is no longer running; its final state. */
async function backupFinished(jobId: string): Promise<string> {
  let state = 'running';
  while (state === 'running') {
    await new Promise((r) => setTimeout(r, 50));
    state = ((await call('backup.progress', { jobId })) as { value: { state: string } }).value.state;
  }
  return state;
}

describe('confidentiality', () => {
  it('returns no confidential text in any error message', async () => {
    const domains = METHOD_NAMES.filter((m) => /^(notes|escalations)\./.test(m) || m === 'meetings.savePrivateNote');
    // Real ids reach deeper into the handlers; a note and a record of their own keep the canary rows intact.
    const note = await call('notes.create', { menteeId, title: probe('probe note'), body: probe('probe note body') });
    const record = await call('escalations.create', { menteeId, category: 'other', severity: 'low', title: probe('probe record') });
    const noteId = (note as { value: { id: number } }).value.id;
    const escalationId = (record as { value: { id: number } }).value.id;
    expect([typeof noteId, typeof escalationId]).toEqual(['number', 'number']);
    const real = (key: string, value: number) =>
      key === 'menteeId' ? menteeId : key === 'escalationId' ? escalationId : key === 'id' || key === 'noteId' ? noteId : value;
    for (const method of domains) {
      await call(method, laden(method, () => 987_654_321));
      await call(method, laden(method, real));
    }
    // Refusals chosen to go deep into the handlers, each carrying canaries.
    const text = () => probe('refusal');
    await call('notes.update', { id: ids.noteId, note: { menteeId, title: text(), body: text(), tags: [] }, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });
    await call('notes.create', { menteeId, title: text().repeat(20), body: text() });
    await call('notes.search', { query: `-${text()}` });
    await call('escalations.addEntry', { kind: 'closure', escalationId: ids.escalationId, what: text(), informed: [text()], outcome: text() });
    await call('escalations.addEntry', { kind: 'correction', escalationId: ids.escalationId, correctsEntryId: 987_654_321, what: text(), outcome: text() });
    await call('escalations.addEntry', { kind: 'note', escalationId: ids.escalationId, what: text(), occurredAt: '2999-01-01T00:00:00.000Z' });
    await call('escalations.create', { menteeId: 987_654_321, category: 'conduct', severity: 'high', title: text(), summary: text(), needToKnow: [text()] });
    const wrong = `CANARY_PASSPHRASE_${run} quietly wrong 42 rivers`;
    secrets.push(wrong, `CANARY_WEAK_${run}`);
    await call('vault.changePassphrase', { current: wrong, next: `${wrong} next` });
    platform.nextSavePath = join(dataDir, 'refused-backup.mentorvault');
    await call('backup.create', { separatePassphrase: `CANARY_WEAK_${run}` });

    expect(errorsSeen.length).toBeGreaterThan(domains.length);
    const leaks = canariesIn(errorsSeen, [...canaries, ...secrets]);
    expect(leaks, errorsSeen.filter((e) => leaks.some((l) => e.includes(l))).join('\n')).toEqual([]);
    figures.errors = errorsSeen.length;
  });

  it.each(EXPORTS.map((e) => [e.name, e] as const))('%s: no canary', async (_name, exp) => {
    expect(METHOD_NAMES, `support/exports.ts names ${exp.method}, which is not in the contract`).toContain(exp.method);
    const result = await call(exp.method, exp.input({ menteeId }));
    expect(result, `${exp.name} failed`).toMatchObject({ ok: true });
    const path = (result as { value: { path?: string } | null }).value?.path;
    expect(path, `${exp.name} wrote no file`).toBeTruthy();
    expect(canariesInFile(path!, [...canaries, ...secrets]), `${exp.name}: ${path}`).toEqual([]);
    const menteeName = session.db.prepare('SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string;
    const named = canariesInFile(path!, [menteeName]).length > 0;
    figures.exports.push(`${exp.name} (${readFileSync(path!).length} bytes${named ? ', names the mentee' : ''})`);
    // The scanner reads PDFs: a charter or report names its mentee.
    if (exp.method.startsWith('documents.') && PDFTOTEXT) expect(named, `${exp.name}: the mentee's name not found: the PDF reading does not work`).toBe(true);
  });

  it('knows every method that opens a save dialog (a new export is listed in support/exports.ts)', async () => {
    const skip = (m: string) => /^(vault|settings)\./.test(m) && m !== 'vault.chooseLocation';
    for (const method of METHOD_NAMES.filter((m) => !skip(m))) {
      const input = laden(method, (key, value) => (key === 'menteeId' ? menteeId : value), false);
      const result = (await call(method, input)) as { ok: boolean; value?: { jobId?: unknown } };
      // A backup runs on after its call returns: let it finish, or the next test's backup meets CONFLICT.
      if (method === 'backup.create' && result.ok && typeof result.value?.jobId === 'string') await backupFinished(result.value.jobId);
    }
    figures.askers = [...platform.asked.keys()].sort();
    const known = new Set<string>([...EXPORTS.map((e) => e.method), ...Object.keys(NOT_EXPORTS)]);
    expect(figures.askers.filter((m) => !known.has(m)), 'methods that open a save dialog: add them to support/exports.ts').toEqual([]);
    for (const [method, paths] of platform.asked) {
      if (method in NOT_EXPORTS) continue;
      for (const path of paths) expect(canariesInFile(path, [...canaries, ...secrets]), `${method}: ${path}`).toEqual([]);
    }
  });

  it('the explicit export with confidential data has every canary (the scan finds them)', async () => {
    confidentialExport = join(dataDir, 'acknowledged-confidential.json');
    platform.nextSavePath = confidentialExport;
    expect(await call('dataExport.json', { scope: { kind: 'all' }, acknowledgeUnencrypted: true, includeConfidential: true })).toMatchObject({ ok: true });
    // Every canary still in the vault's rows (probes replaced some) is in this file.
    const inVault = canariesIn([dumpDatabase(session.db)], canaries);
    expect(inVault.length).toBeGreaterThanOrEqual(stored.filter((c) => c.includes('ENTRY')).length);
    expect(canariesInFile(confidentialExport, canaries).sort()).toEqual(inVault.sort());
    figures.inVault = inVault.length;
  });

  it('writes no confidential text in any file of a session of work (backups and re-key included), and none to the logs', async () => {
    mkdirSync(join(dataDir, 'backups'));
    for (const separatePassphrase of [undefined, 'amber kettle wanders 31 harbours']) {
      platform.nextSavePath = join(dataDir, 'backups', `manual-${separatePassphrase ? 'own' : 'same'}.mentorvault`);
      const started = await call('backup.create', separatePassphrase ? { separatePassphrase } : {});
      expect(started, JSON.stringify(started)).toMatchObject({ ok: true });
      expect(await backupFinished((started as { value: { jobId: string } }).value.jobId)).toBe('done');
    }
    secrets.push('amber kettle wanders 31 harbours');
    expect(await call('vault.changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await call('notes.copy', { id: ids.noteId, part: 'all' })).toMatchObject({ ok: true });
    expect(canariesIn([platform.clipboard], canaries).length).toBeGreaterThan(0);
    expect(await call('notes.search', { query: canaries[0]!.split('_')[1]! })).toMatchObject({ ok: true });
    await call('vault.lock', {});
    const wrong = `CANARY_UNLOCK_${run} mistyped`;
    secrets.push(wrong);
    expect(await call('vault.unlock', { passphrase: wrong })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await call('vault.unlock', { passphrase: OTHER_PASSPHRASE })).toMatchObject({ ok: true });
    session.lock('quit');
    for (const restore of restoreLogs.splice(0)) restore();

    const everything = [...canaries, ...secrets];
    expect(logs.some((line) => line.includes('hardening: log capture check')), 'the log capture works').toBe(true);
    expect(canariesIn([...logs, ...unexpected], everything), 'confidential text in a log line').toEqual([]);
    expect(canariesIn(errorsSeen, everything), 'confidential text in an error message').toEqual([]);

    const vaultLike = (path: string) => /\.mentorvault($|[.-])|\.bak$/.test(basename(path)) || basename(path).includes('.mentorvault.');
    for (const file of filesUnder(dataDir)) {
      if (file === confidentialExport) continue;
      const where = relative(dataDir, file);
      if (vaultLike(file)) {
        figures.vaultFiles++;
        const bytes = readFileSync(file);
        expect(bytes.subarray(0, 16).toString('latin1'), `${where} is a plaintext database`).not.toBe('SQLite format 3\0');
        expect(canariesIn([bytes.toString('latin1'), bytes.toString('utf16le')], everything), `${where} holds plaintext`).toEqual([]);
      } else {
        figures.files++;
        expect(canariesInFile(file, everything), where).toEqual([]);
      }
    }
    expect(figures.vaultFiles).toBeGreaterThanOrEqual(3);
    console.log(
      `confidentiality: ${canaries.length} canaries (every confidential field + a meeting's private note + probes) and ${secrets.length} passphrases: ` +
        `0 found in ${figures.exports.length} exports [${figures.exports.join('; ')}], ` +
        `0 in ${figures.errors} error messages from failing calls, 0 in ${logs.length - 1} captured log writes of the app (plus 1 control line) (${unexpected.length} unexpected errors), ` +
        `0 in ${figures.files} other files written, 0 canary bytes in ${figures.vaultFiles} vault/backup files (encrypted); ` +
        `save dialogs opened by: ${figures.askers.join(', ')}; positive control: the acknowledged confidential JSON export holds all ${figures.inVault} canaries found in the vault's rows` +
        (PDFTOTEXT ? '' : ' (pdftotext missing: PDFs scanned as raw and inflated streams only)'),
    );
  });
});
