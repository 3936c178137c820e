import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearClipboardOnLock } from '../../src/main/app/clipboard-on-lock';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../src/main/ipc/router';
import { TestPlatform } from '../bridge/test-platform';
import { PASSPHRASE } from '../helpers/vault';
import { makeTempDir, removeTempDir } from '../helpers/temp';

/**
 * Text copied from the vault leaves the clipboard when the vault locks (by hand, idle,
 * sleep, screen lock, quit), not only on its timer. The core's decision runs with the
 * test platform; the shell's clipboard against a recording fake of Electron's, which
 * hands text back with Windows line endings.
 */
const system = vi.hoisted(() => ({ text: '', formats: [] as string[], clears: 0, crlf: true }));
vi.mock('electron', () => ({
  ClipboardItem: class {
    readonly types: string[];
    constructor(readonly items: Record<string, unknown>) {
      this.types = Object.keys(items);
    }
  },
  clipboard: {
    async write(items: { types: string[]; items: Record<string, unknown> }[]) {
      system.formats = items.flatMap((i) => i.types);
      system.text = String(items[0]?.items['text/plain'] ?? '');
    },
    async readText() {
      return system.crlf ? system.text.replace(/\n/g, '\r\n') : system.text;
    },
    clear() {
      system.text = '';
      system.formats = [];
      system.clears += 1;
    },
  },
}));
const { CopiedText, concealedFormats } = await import('../../src/main/electron/clipboard');

const NOTE = 'Confidential: worried about the\nreorganisation and her manager.\nKeep this between us.';
let dir: string;
let session: VaultSession;
let platform: TestPlatform;
let dispatch: Dispatch;
let noteId: number;

beforeAll(async () => {
  dir = makeTempDir('clipboard');
  session = new VaultSession(new ConfigStore(undefined), { defaultVaultPath: join(dir, 'v.mentorvault'), demoVaultPath: join(dir, 'demo.mentorvault') });
  platform = new TestPlatform(dir);
  dispatch = createRouter(handlers, { session, platform });
  clearClipboardOnLock(session, platform);
  await session.create(PASSPHRASE, 'default');
  const mentee = await dispatch('mentees.create', { name: 'Clip Board' });
  const note = await dispatch('notes.create', { menteeId: (mentee as { value: { id: number } }).value.id, title: 'Private', body: NOTE });
  noteId = (note as { value: { id: number } }).value.id;
});

afterAll(() => {
  session.lock('quit');
  removeTempDir(dir);
});

describe('the core clears what it copied when the vault locks', () => {
  for (const reason of ['user', 'idle', 'suspend', 'screen-lock', 'quit'] as const) {
    it(`on a lock (${reason})`, async () => {
      if (!session.isUnlocked) await session.unlock(PASSPHRASE);
      await expect(dispatch('notes.copy', { id: noteId, part: 'body' })).resolves.toMatchObject({ ok: true });
      expect(platform.clipboard).toBe(NOTE);
      session.lock(reason);
      await vi.waitFor(() => expect(platform.clipboard).toBe(''));
    });
  }

  it('leaves alone what the person copied elsewhere since', async () => {
    await session.unlock(PASSPHRASE);
    await dispatch('notes.copy', { id: noteId, part: 'body' });
    platform.clipboard = 'a shopping list';
    session.lock('user');
    await platform.clearCopiedText();
    expect(platform.clipboard).toBe('a shopping list');
  });
});

describe("the shell's clipboard", () => {
  it('marks the entry as excluded from clipboard history, per OS', () => {
    const raw = (name: string) => `electron application/osclipboard;format="${name}"`;
    expect(Object.keys(concealedFormats('win32'))).toContain(raw('ExcludeClipboardContentFromMonitorProcessing'));
    expect(Object.keys(concealedFormats('darwin'))).toEqual([raw('org.nspasteboard.ConcealedType')]);
    expect(Object.keys(concealedFormats('linux'))).toEqual([raw('x-kde-passwordManagerHint')]);
  });

  it('writes the text and the mark in one write, and recognises a multi-line entry read back with CRLF', async () => {
    const copied = new CopiedText('win32');
    await copied.copy(NOTE, 60_000);
    expect(system.formats).toEqual(['text/plain', ...Object.keys(concealedFormats('win32'))]);
    expect(await (await import('electron')).clipboard.readText()).toContain('\r\n');
    await copied.clear();
    expect(system.text).toBe('');
    expect(system.clears).toBe(1);
  });

  it('clears on its timer, and never what was copied elsewhere since', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const copied = new CopiedText('darwin');
      await copied.copy(NOTE, 30_000);
      vi.advanceTimersByTime(30_001);
      await vi.waitFor(() => expect(system.text).toBe(''));
      await copied.copy(NOTE, 30_000);
      system.text = 'copied elsewhere';
      await copied.clear();
      expect(system.text).toBe('copied elsewhere');
    } finally {
      vi.useRealTimers();
    }
  });

  it('is wired to lock, sleep and quit in the shell', () => {
    const main = readFileSync('src/main/electron/main.ts', 'utf8');
    expect(main).toContain('clearClipboardOnLock(session, platform)');
    expect(main).toMatch(/powerMonitor\.on\('suspend', \(\) => \{[^}]*platform\.clearCopiedText\(\)/);
    expect(main).toMatch(/app\.on\('before-quit'[\s\S]*?event\.preventDefault\(\);[\s\S]*?platform\.clearCopiedText\(\)\.finally\(/);
    const platformSource = readFileSync('src/main/electron/platform.ts', 'utf8');
    expect(platformSource).toContain('clearCopiedText: () => copied.clear()');
  });
});
