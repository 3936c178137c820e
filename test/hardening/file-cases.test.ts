import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { fillDemoVault } from '../../src/main/demo/generate';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter } from '../../src/main/ipc/router';
import type { KeyMaterial } from '../../src/main/vault/kdf';
import { PAGE_SIZE } from '../../src/main/vault/probe';
import { Vault } from '../../src/main/vault/vault';
import { VaultError } from '../../src/main/vault/vault-error';
import { TestPlatform } from '../bridge/test-platform';
import { makeTempDir, removeTempDir, sha256File } from '../helpers/temp';
import { makeUnwritable } from '../helpers/unwritable';
import { createTestVault, dumpHash, openWithKey, PASSPHRASE } from '../helpers/vault';

/**
 * Named damage and hostile places, each with its own clear error, nothing written to
 * the file or beside it, and the original data intact where there was any: truncated
 * files, an empty file, a folder, a read-only file, and a full disk (a 2 MB tmpfs: room for
 * the vault with its sync bookkeeping tables, and for a note's journal once space is freed).
 * Refusals found before the key is needed go through the real unlock (no KDF is run).
 */
let dir: string;
let original: { path: string; key: KeyMaterial };
let originalDump: string;

beforeAll(async () => {
  dir = makeTempDir('file-cases');
  original = await createTestVault(join(dir, 'original.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 2, seed: 4 }) });
  const vault = openWithKey(original.path, original.key);
  originalDump = dumpHash(vault.db);
  vault.close();
});

afterAll(() => removeTempDir(dir));

/** A folder holding one file made by `make`; checks the attempt changes nothing there. */
async function refusal(name: string, make: (path: string) => void, attempt: (path: string) => unknown): Promise<VaultError> {
  const folder = join(dir, name.replace(/\W+/g, '-'));
  mkdirSync(folder);
  const path = join(folder, 'vault.mentorvault');
  make(path);
  const before = existsSync(path) && statSync(path).isFile() ? sha256File(path) : undefined;
  const listing = readdirSync(folder);
  let error: unknown;
  try {
    await attempt(path);
  } catch (err) {
    error = err;
  }
  expect(error, name).toBeInstanceOf(VaultError);
  if (before !== undefined) expect(sha256File(path), `${name}: the file changed`).toBe(before);
  expect(readdirSync(folder), `${name}: files appeared beside it`).toEqual(listing);
  return error as VaultError;
}

const unlock = (path: string) => Vault.unlock(path, PASSPHRASE);
const withKey = (path: string) => openWithKey(path, original.key);
const whole = () => readFileSync(original.path);
const cases: { name: string; make: (path: string) => void; attempt: (path: string) => unknown; code: string; message: RegExp }[] = [
  { name: 'cut in the middle of a page', make: (p) => writeFileSync(p, whole().subarray(0, 5 * PAGE_SIZE + 1234)), attempt: unlock, code: 'CORRUPT_VAULT', message: /truncated/ },
  { name: 'shorter than one page', make: (p) => writeFileSync(p, whole().subarray(0, 3000)), attempt: unlock, code: 'CORRUPT_VAULT', message: /truncated/ },
  { name: 'last pages missing (whole pages)', make: (p) => writeFileSync(p, whole().subarray(0, whole().length - 3 * PAGE_SIZE)), attempt: withKey, code: 'CORRUPT_VAULT', message: /damaged/ },
  { name: 'only its first page', make: (p) => writeFileSync(p, whole().subarray(0, PAGE_SIZE)), attempt: withKey, code: 'CORRUPT_VAULT', message: /damaged/ },
  { name: 'a zero-length file', make: (p) => writeFileSync(p, ''), attempt: unlock, code: 'NOT_A_VAULT', message: /empty/ },
  { name: 'a folder', make: (p) => mkdirSync(p), attempt: unlock, code: 'NOT_A_VAULT', message: /folder/ },
  { name: 'a path with nothing there', make: () => {}, attempt: unlock, code: 'VAULT_NOT_FOUND', message: /No vault file/ },
];

describe('named damage', () => {
  it.each(cases)('$name: $code', async ({ name, make, attempt, code, message }) => {
    const err = await refusal(name, make, attempt);
    expect(err.code, name).toBe(code);
    expect(err.message, name).toMatch(message);
    console.log(`file cases: ${name}: ${err.code} "${err.message}", nothing written`);
  });

  it('a read-only file: VAULT_READ_ONLY, unchanged, and it opens again once writable', async (ctx) => {
    const folder = join(dir, 'read-only');
    mkdirSync(folder);
    const path = join(folder, 'vault.mentorvault');
    copyFileSync(original.path, path);
    const lock = makeUnwritable(path, { isFolder: false });
    if (!lock.ok) {
      console.log(`file cases: read-only file: SKIPPED: ${lock.reason}`);
      ctx.skip();
      return;
    }
    const before = sha256File(path);
    try {
      const err = await unlock(path).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(VaultError);
      expect((err as VaultError).code).toBe('VAULT_READ_ONLY');
      expect((err as VaultError).message).toMatch(/read-only/);
      expect(sha256File(path)).toBe(before);
      expect(readdirSync(folder)).toEqual(['vault.mentorvault']);
      console.log(`file cases: read-only file (${lock.how}): VAULT_READ_ONLY "${(err as VaultError).message}", nothing written`);
    } finally {
      lock.undo();
    }
    const vault = withKey(path);
    expect(dumpHash(vault.db)).toBe(originalDump);
    vault.close();
  });
});

describe('a full disk', () => {
  it('answers DISK_FULL for a note, an export and a backup, keeps every committed row, and works again once space is freed', async (ctx) => {
    const disk = join(dir, 'small-disk');
    mkdirSync(disk);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk], { encoding: 'utf8' });
    if (mount.error || mount.status !== 0) {
      console.log(`disk full: SKIPPED: mounting a 2 MB tmpfs is not permitted here (${mount.error?.message ?? mount.stderr.trim()})`);
      ctx.skip();
      return;
    }
    const vaultPath = join(disk, 'vault', 'mentor.mentorvault');
    mkdirSync(join(disk, 'vault'));
    copyFileSync(original.path, vaultPath);
    const session = new VaultSession(new ConfigStore(undefined), { defaultVaultPath: vaultPath, demoVaultPath: join(disk, 'demo', 'demo.mentorvault') });
    const platform = new TestPlatform(disk);
    const dispatch = createRouter(handlers, { session, platform });
    try {
      await session.unlock(PASSPHRASE);
      const menteeId = session.db.prepare('SELECT id FROM mentees LIMIT 1').pluck().get() as number;
      const committed = await dispatch('notes.create', { menteeId, title: 'Written before the disk filled', body: 'kept' });
      expect(committed.ok).toBe(true);
      const before = dumpHash(session.db);

      // Fill every byte that is left.
      const filler = join(disk, 'filler');
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(16 * 1024, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      try {
        for (;;) writeSync(fd, chunk.subarray(0, 512));
      } catch {
        // the last partial blocks are full too
      } finally {
        closeSync(fd);
      }

      const note = await dispatch('notes.create', { menteeId, title: 'Does not fit', body: 'x'.repeat(90_000) });
      expect(note).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      platform.nextSavePath = join(disk, 'export.json');
      const exported = await dispatch('dataExport.json', { scope: { kind: 'all' }, acknowledgeUnencrypted: true, includeConfidential: false });
      expect(exported).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      platform.nextSavePath = join(disk, 'backup.mentorvault');
      const started = await dispatch('backup.create', {});
      expect(started.ok).toBe(true);
      const jobId = (started as { value: { jobId: string } }).value.jobId;
      let progress: { state: string; error: { code: string } | null };
      do {
        await new Promise((r) => setTimeout(r, 50));
        progress = (await dispatch('backup.progress', { jobId }) as { value: typeof progress }).value;
      } while (progress.state === 'running');
      expect(progress).toMatchObject({ state: 'failed', error: { code: 'DISK_FULL' } });
      // Nothing half-written is left: no export, no backup, no hidden copies.
      expect(readdirSync(disk).sort()).toEqual(['filler', 'vault']);
      expect(dumpHash(session.db)).toBe(before);
      const messages = [note, exported].map((r) => (r.ok ? '' : r.error.message));

      rmSync(filler);
      session.lock('user');
      const reopened = openWithKey(vaultPath, original.key);
      try {
        expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(dumpHash(reopened.db)).toBe(before);
      } finally {
        reopened.close();
      }
      await session.unlock(PASSPHRASE);
      expect(await dispatch('notes.create', { menteeId, title: 'Fits now', body: 'x'.repeat(90_000) })).toMatchObject({ ok: true });
      console.log(
        `disk full: 2 MB tmpfs filled: note DISK_FULL "${messages[0]}", JSON export DISK_FULL "${messages[1]}", backup job DISK_FULL; ` +
          'every committed row intact, nothing half-written left, writes work again after freeing space',
      );
    } finally {
      session.lock('quit');
      spawnSync('umount', [disk]);
    }
  });
});
