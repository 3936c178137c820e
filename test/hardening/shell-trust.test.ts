import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/shared/i18n/intl';

/**
 * What the shell trusts: the development server only in an unpackaged app, files opened
 * as paths (a Windows path is not a URL), and app:// requests that answer 404 rather than
 * throw. Run against recording fakes of Electron's objects (its binary is not installed).
 */
const recorded = vi.hoisted(() => ({ handlers: new Map<string, unknown>(), external: [] as string[], paths: [] as string[] }));
vi.mock('electron', () => ({
  shell: {
    openExternal: async (url: string) => void recorded.external.push(url),
    openPath: async (path: string) => (recorded.paths.push(path), ''),
  },
  ipcMain: { handle: (channel: string, fn: unknown) => recorded.handlers.set(channel, fn) },
  clipboard: {},
  dialog: {},
  protocol: {},
}));

const { lockDownContents, lockDownSession, trustedDevServer } = await import('../../src/main/electron/security');
const { serveContract } = await import('../../src/main/electron/ipc');
const { electronPlatform } = await import('../../src/main/electron/platform');
const { rendererFileFor } = await import('../../src/main/electron/renderer-path');
const { APP_ORIGIN } = await import('../../src/main/electron/web-preferences');

const DEV = 'http://localhost:5173';

describe('the development server is trusted only by an unpackaged app', () => {
  const saved = process.env.ELECTRON_RENDERER_URL;
  beforeEach(() => {
    // The variable is set, as an attacker could set it before starting a packaged app.
    process.env.ELECTRON_RENDERER_URL = DEV;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.ELECTRON_RENDERER_URL;
    else process.env.ELECTRON_RENDERER_URL = saved;
  });

  it('reads the address only when unpackaged', () => {
    expect(trustedDevServer(true)).toBeUndefined();
    expect(trustedDevServer(false)).toBe(DEV);
    expect(trustedDevServer(false, {})).toBeUndefined();
  });

  function filterFor(devServer: string | undefined) {
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const ses = {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      webRequest: { onHeadersReceived() {}, onBeforeRequest: (fn: never) => void (before = fn) },
    };
    lockDownSession(ses as never, devServer);
    return (url: string) => {
      let cancel: boolean | undefined;
      before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
  }

  it('request filter: a packaged app cancels requests to the development server', () => {
    expect(filterFor(trustedDevServer(true))(`${DEV}/src/main.tsx`)).toBe(true);
    expect(filterFor(trustedDevServer(false))(`${DEV}/src/main.tsx`)).toBe(false);
    // A look-alike host is not the development server's origin.
    expect(filterFor(trustedDevServer(false))('http://localhost:51730/x')).toBe(true);
    expect(filterFor(trustedDevServer(true))(`${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('navigation lock: a packaged app refuses to navigate to the development server', () => {
    const navigates = (devServer: string | undefined) => {
      const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler() {} });
      lockDownContents(contents as never, devServer);
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, `${DEV}/`);
      return !prevented;
    };
    expect(navigates(trustedDevServer(true))).toBe(false);
    expect(navigates(trustedDevServer(false))).toBe(true);
  });

  it('sender check: a packaged app refuses calls from a page at the development server', async () => {
    const main = { id: 1 };
    const event = { sender: main, senderFrame: { parent: null, url: `${DEV}/` } };
    const call = async (devServer: string | undefined) => {
      serveContract(async () => ({ ok: true, value: null }), (c) => c === main, devServer);
      const handler = recorded.handlers.get('mentor-vault:call') as (e: unknown, m: string, i: unknown) => Promise<unknown>;
      return handler(event, 'vault.status', {});
    };
    await expect(call(trustedDevServer(true))).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(call(trustedDevServer(false))).resolves.toEqual({ ok: true, value: null });
  });
});

describe('files and URLs take separate routes', () => {
  const platform = electronPlatform(() => undefined, () => translator('en'));
  beforeEach(() => {
    recorded.paths.length = 0;
    recorded.external.length = 0;
  });

  it('opens a Windows path as a file, not as a URL with the scheme c:', async () => {
    await platform.openFile('C:\\Users\\Mentor\\Documents\\report.pdf');
    await platform.openFile('/home/mentor/report.pdf');
    expect(recorded.paths).toEqual(['C:\\Users\\Mentor\\Documents\\report.pdf', '/home/mentor/report.pdf']);
    expect(recorded.external).toEqual([]);
  });

  it('refuses a relative path, and a URL handed over as a file', async () => {
    await expect(platform.openFile('report.pdf')).rejects.toThrow();
    await expect(platform.openFile('https://example.org/x.pdf')).rejects.toThrow();
    expect(recorded.paths).toEqual([]);
  });

  it('opens only web and mail URLs as URLs', async () => {
    await platform.openExternal('https://example.org/a');
    await expect(platform.openExternal('C:\\Users\\Mentor\\report.pdf')).rejects.toThrow();
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toThrow();
    expect(recorded.external).toEqual(['https://example.org/a']);
  });
});

describe('app:// requests', () => {
  const root = '/opt/mentor-vault/renderer';
  it('answer 404 (no file) for a malformed % escape instead of throwing', () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0']) {
      expect(() => rendererFileFor(root, `${APP_ORIGIN}${path}`), path).not.toThrow();
      expect(rendererFileFor(root, `${APP_ORIGIN}${path}`), path).toBeUndefined();
    }
  });

  it('serve files inside the renderer folder only', () => {
    expect(rendererFileFor(root, `${APP_ORIGIN}/`)).toBe(`${root}/index.html`);
    expect(rendererFileFor(root, `${APP_ORIGIN}/assets/a%20b.js`)).toBe(`${root}/assets/a b.js`);
    expect(rendererFileFor(root, `${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`)).toBeUndefined();
    expect(rendererFileFor(root, 'app://elsewhere/index.html')).toBeUndefined();
  });
});
