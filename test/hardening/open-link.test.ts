import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../src/main/ipc/router';
import { MAX_URL_LENGTH } from '../../src/shared/app/schema';
import { TestPlatform } from '../bridge/test-platform';
import { translator } from '../../src/shared/i18n/intl';
import { PASSPHRASE } from '../helpers/vault';
import { makeTempDir, removeTempDir } from '../helpers/temp';

/**
 * A compromised window must not send data out through the system browser: the main
 * process asks the person (a native dialog with the whole URL) before opening any link,
 * and refuses an overlong one without asking. The core's decision runs with the test
 * platform; the shell's dialog against a recording fake of Electron's.
 */
const recorded = vi.hoisted(() => ({ dialogs: [] as Record<string, unknown>[], response: 0, opened: [] as string[] }));
vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      recorded.dialogs.push(args.at(-1) as Record<string, unknown>);
      return { response: recorded.response };
    },
    showSaveDialog: async (...args: unknown[]) => {
      recorded.dialogs.push(args.at(-1) as Record<string, unknown>);
      return { canceled: true };
    },
  },
  shell: { openExternal: async (url: string) => void recorded.opened.push(url), openPath: async () => '' },
  clipboard: {},
  ClipboardItem: class {},
}));
const { electronPlatform } = await import('../../src/main/electron/platform');
const { openExternalSafely } = await import('../../src/main/electron/security');

let dir: string;
let session: VaultSession;
let platform: TestPlatform;
let dispatch: Dispatch;

beforeAll(async () => {
  dir = makeTempDir('open-link');
  session = new VaultSession(new ConfigStore(undefined), { defaultVaultPath: join(dir, 'v.mentorvault'), demoVaultPath: join(dir, 'demo.mentorvault') });
  platform = new TestPlatform(dir);
  dispatch = createRouter(handlers, { session, platform });
  await session.create(PASSPHRASE, 'default');
});

afterAll(() => {
  session.lock('quit');
  removeTempDir(dir);
});

describe('opening a link', () => {
  it('asks in the main process with the whole URL, and opens nothing when the person declines', async () => {
    const url = `https://example.org/track?data=${'a'.repeat(300)}`;
    platform.agreeToOpenLinks = false;
    await expect(dispatch('app.openExternal', { url })).resolves.toEqual({ ok: true, value: { opened: false } });
    expect(platform.askedToOpen).toEqual([url]);
    expect(platform.opened).toEqual([]);

    platform.agreeToOpenLinks = true;
    await expect(dispatch('app.openExternal', { url })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(platform.opened).toEqual([url]);
  });

  it('refuses an overlong link without asking, also one that grows when normalised', async () => {
    const asked = platform.askedToOpen.length;
    const long = `https://example.org/${'x'.repeat(MAX_URL_LENGTH)}`;
    await expect(dispatch('app.openExternal', { url: long })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: `url: A link is at most ${MAX_URL_LENGTH} characters` } });
    // Spaces become %20: within the cap as sent, over it as it would be opened.
    const growing = `https://example.org/${'a b'.repeat(Math.floor((MAX_URL_LENGTH - 25) / 3))}`;
    expect(growing.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    await expect(dispatch('app.openExternal', { url: growing })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: `A link is at most ${MAX_URL_LENGTH} characters` } });
    expect(platform.askedToOpen.length).toBe(asked);
  });
});

describe("the shell's dialog", () => {
  it('shows the whole URL, defaults to Cancel, and answers the button chosen', async () => {
    const shell = electronPlatform(() => undefined, () => translator('en'));
    const url = 'https://example.org/article?ref=mentor';
    recorded.response = 0;
    await expect(shell.confirmOpenLink(url)).resolves.toBe(false);
    recorded.response = 1;
    await expect(shell.confirmOpenLink(url)).resolves.toBe(true);
    expect(recorded.dialogs[0]).toMatchObject({ detail: url, defaultId: 0, cancelId: 0, buttons: ['Cancel', 'Open in browser'] });
  });

  it('asks, and names files, in the language of the screens', async () => {
    recorded.dialogs.length = 0;
    const shell = electronPlatform(() => undefined, () => translator('de'));
    recorded.response = 0;
    await shell.confirmOpenLink('https://example.org/');
    await shell.chooseSavePath({ title: 'shell.dialog.saveCharter', defaultPath: 'Vereinbarung.pdf', filters: [{ name: 'shell.filter.pdf', extensions: ['pdf'] }] });
    expect(recorded.dialogs[0]).toMatchObject({ title: 'Link öffnen', message: 'Diesen Link im Browser öffnen?', buttons: ['Abbrechen', 'Im Browser öffnen'] });
    expect(recorded.dialogs[1]).toMatchObject({ title: 'Vereinbarung als PDF speichern', filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }] });
  });

  it('refuses an overlong link at the last step too', async () => {
    await expect(openExternalSafely(`https://example.org/${'x'.repeat(MAX_URL_LENGTH)}`)).rejects.toThrow();
    expect(recorded.opened).toEqual([]);
  });
});
