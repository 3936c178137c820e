import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron security checklist, asserted from the shell's own code: the functions
 * and objects main.ts uses, run against recording fakes of Electron's objects (the
 * Electron binary is not installed on the build machine).
 */
const recorded = vi.hoisted(() => ({ handlers: new Map<string, unknown>(), opened: [] as string[] }));
vi.mock('electron', () => ({
  shell: { openExternal: async (url: string) => void recorded.opened.push(url), openPath: async () => '' },
  ipcMain: { handle: (channel: string, fn: unknown) => recorded.handlers.set(channel, fn) },
  protocol: {},
}));

const { secureWebPreferences, isTrustedUrl, APP_ORIGIN } = await import('../../src/main/electron/web-preferences');
const { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } = await import('../../src/main/electron/csp');
const { lockDownContents, lockDownSession, openExternalSafely } = await import('../../src/main/electron/security');
const { serveContract } = await import('../../src/main/electron/ipc');
const { planSpellCheck, applySpellCheck } = await import('../../src/main/electron/spellcheck');

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('window configuration', () => {
  const prefs = secureWebPreferences('/app/preload/index.cjs');
  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('is the object the shell passes to BrowserWindow', () => {
    const main = readFileSync('src/main/electron/main.ts', 'utf8');
    expect(main).toMatch(/webPreferences:\s*secureWebPreferences\(/);
    expect(main).toContain('app.enableSandbox()');
    expect(main).toContain('requestSingleInstanceLock');
  });
});

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);
  it('allows nothing remote and no inline script', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'unsafe-inline')/);
      }
    }
  });

  it('is the same in the page itself, less what a meta tag cannot carry', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY_META);
    // Browsers ignore frame-ancestors in a meta tag, with a console error: it goes in the header only.
    expect(directives(meta!).has('frame-ancestors')).toBe(false);
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const [name, values] of directives(meta!)) expect(header.get(name), name).toEqual(values);
    expect(directives(meta!).size).toBe(header.size - 1);
  });

  it('is sent as a header by the app:// protocol and the test bridge', () => {
    expect(readFileSync('src/main/electron/protocol.ts', 'utf8')).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY,/);
    expect(readFileSync('test/bridge/server.ts', 'utf8')).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY,/);
  });
});

describe('navigation, new windows and permissions', () => {
  class FakeContents extends EventEmitter {
    windowOpenHandler: (() => { action: string }) | undefined;
    setWindowOpenHandler(fn: () => { action: string }) {
      this.windowOpenHandler = fn;
    }
  }
  const contents = new FakeContents();
  beforeAll(() => lockDownContents(contents as never));

  function navigate(event: string, url: string): boolean {
    let prevented = false;
    contents.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }

  it('refuses navigation and redirects away from the app', () => {
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-navigate', `${APP_ORIGIN}/index.html#/mentees`)).toBe(false);
  });

  it('denies window.open and webviews', () => {
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check, and cancels remote requests', () => {
    const ses = {
      permissionRequest: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
      permissionCheck: undefined as undefined | (() => boolean),
      device: undefined as undefined | (() => boolean),
      headers: undefined as undefined | ((d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void),
      before: undefined as undefined | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
      setPermissionRequestHandler(fn: never) { this.permissionRequest = fn; },
      setPermissionCheckHandler(fn: never) { this.permissionCheck = fn; },
      setDevicePermissionHandler(fn: never) { this.device = fn; },
      webRequest: {
        onHeadersReceived: (fn: never) => { ses.headers = fn; },
        onBeforeRequest: (fn: never) => { ses.before = fn; },
      },
    };
    lockDownSession(ses as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      ses.permissionRequest?.({}, permission, (ok) => (granted = ok));
      expect(granted, permission).toBe(false);
    }
    expect(ses.permissionCheck?.()).toBe(false);
    expect(ses.device?.()).toBe(false);
    let header: string[] | undefined;
    ses.headers?.({ responseHeaders: {} }, (r) => (header = r.responseHeaders['Content-Security-Policy']));
    expect(header).toEqual([CONTENT_SECURITY_POLICY]);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      ses.before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled(`${APP_ORIGIN}/assets/index.js`)).toBe(false);
  });

  it('opens only web and mail links externally', async () => {
    await openExternalSafely('https://example.org/article');
    await expect(openExternalSafely('file:///etc/passwd')).rejects.toThrow();
    await expect(openExternalSafely('javascript:alert(1)')).rejects.toThrow();
    expect(recorded.opened).toEqual(['https://example.org/article']);
  });
});

describe('IPC sender check', () => {
  const calls: unknown[] = [];
  const mainContents = { id: 1 };
  beforeAll(() => {
    serveContract(
      async (method) => {
        calls.push(method);
        return { ok: true, value: null };
      },
      (c) => c === mainContents,
    );
  });

  const invoke = async (event: unknown) => (recorded.handlers.get('mentor-vault:call') as (e: unknown, m: string, i: unknown) => Promise<unknown>)(event, 'vault.status', {});

  it('serves the main window at the app origin', async () => {
    await expect(invoke({ sender: mainContents, senderFrame: { parent: null, url: `${APP_ORIGIN}/index.html` } })).resolves.toEqual({ ok: true, value: null });
  });

  it('refuses other windows, sub-frames and other origins', async () => {
    const refusals = [
      { sender: { id: 2 }, senderFrame: { parent: null, url: `${APP_ORIGIN}/index.html` } },
      { sender: mainContents, senderFrame: { parent: {}, url: `${APP_ORIGIN}/index.html` } },
      { sender: mainContents, senderFrame: { parent: null, url: 'https://evil.example/' } },
      { sender: mainContents, senderFrame: { parent: null, url: 'file:///tmp/x.html' } },
      { sender: mainContents, senderFrame: null },
    ];
    for (const event of refusals) {
      await expect(invoke(event)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual(['vault.status']);
    expect(isTrustedUrl('app://mentor-vault.evil/', undefined)).toBe(false);
  });
});

describe('no remote module, fuses at packaging', () => {
  it('never uses the remote module', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: object; devDependencies?: object };
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@electron/remote');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    for (const file of files('src')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/@electron\/remote|enableRemoteModule/);
    }
  });

  it('flips the fuses in the packaged binary', () => {
    const require = createRequire(import.meta.url);
    const { fuseConfig } = require('../../scripts/fuses.cjs') as { fuseConfig: Record<number, boolean> };
    const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
    expect(fuseConfig[FuseV1Options.RunAsNode!]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption!]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments!]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true);
    const builder = readFileSync('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/^afterPack: scripts\/after-pack\.cjs$/m);
    expect(readFileSync('scripts/after-pack.cjs', 'utf8')).toContain('flipFuses(');
  });
});

describe('spell checking without the network', () => {
  const root = mkdtempSync(join(tmpdir(), 'mv-dict-'));
  const shipped = join(root, 'shipped');
  const system = join(root, 'system');
  const empty = join(root, 'none');
  mkdirSync(shipped);
  mkdirSync(system);
  writeFileSync(join(shipped, 'de-DE-3-0.bdic'), '');
  writeFileSync(join(system, 'en_US.dic'), '');
  writeFileSync(join(system, 'en_US.aff'), '');

  function recordingSession() {
    const calls: [string, unknown][] = [];
    return {
      calls,
      setSpellCheckerEnabled: (on: boolean) => void calls.push(['enabled', on]),
      setSpellCheckerLanguages: (langs: string[]) => void calls.push(['languages', langs]),
      setSpellCheckerDictionaryDownloadURL: (url: string) => void calls.push(['url', url]),
    };
  }

  it('uses the operating system checker on macOS and Windows: nothing to download', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const ses = recordingSession();
      applySpellCheck(ses, planSpellCheck(true, { platform, shippedFolder: empty, systemFolder: empty, preferred: ['en-US'] }));
      expect(ses.calls).toEqual([['enabled', true]]);
    }
  });

  it('on Linux points the dictionary download at a local folder, shipped first, then the system one', () => {
    const ses = recordingSession();
    applySpellCheck(ses, planSpellCheck(true, { platform: 'linux', shippedFolder: shipped, systemFolder: system, preferred: ['de-DE', 'en-US'] }));
    expect(ses.calls).toEqual([
      ['url', `file://${shipped}/`],
      ['languages', ['de-DE']],
      ['enabled', true],
    ]);
    const fromSystem = planSpellCheck(true, { platform: 'linux', shippedFolder: empty, systemFolder: system, preferred: ['en-GB', 'en-US'] });
    expect(fromSystem).toEqual({ enabled: true, dictionaryUrl: `file://${system}/`, languages: ['en-US'] });
  });

  it('never names a remote address, and stays off on Linux without a local dictionary', () => {
    const none = planSpellCheck(true, { platform: 'linux', shippedFolder: empty, systemFolder: empty, preferred: ['en-US'] });
    expect(none).toEqual({ enabled: false, dictionaryUrl: null, languages: [] });
    for (const platform of ['linux', 'darwin', 'win32', 'freebsd'] as const) {
      const plan = planSpellCheck(true, { platform, shippedFolder: shipped, systemFolder: system, preferred: ['en-US', 'de-DE'] });
      expect(plan.dictionaryUrl ?? 'file://').toMatch(/^file:\/\//);
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses any dictionary address that is not a local folder, and leaves the checker off', () => {
    for (const dictionaryUrl of ['https://redirector.gvt1.com/edgedl/chrome/dict/', 'http://127.0.0.1/', '//example.com/dict/', 'ftp://x/']) {
      const ses = recordingSession();
      applySpellCheck(ses, { enabled: true, dictionaryUrl, languages: ['en-US'] });
      expect(ses.calls, dictionaryUrl).toEqual([['enabled', false]]);
    }
  });

  it('ships Chromium dictionaries for en-US and de-DE in the folder the shell reads, fetched at build time only', async () => {
    const script = '../../scripts/fetch-dictionaries.mjs';
    const { DICTIONARIES, SOURCE, isBdic } = (await import(script)) as {
      DICTIONARIES: Record<string, string>;
      SOURCE: string;
      isBdic(bytes: Buffer): boolean;
    };
    // The names Chromium asks its download URL for, which the shell's plan recognises.
    expect(Object.keys(DICTIONARIES)).toEqual(['en-US', 'de-DE']);
    const folder = mkdtempSync(join(tmpdir(), 'mv-bdic-'));
    for (const name of Object.values(DICTIONARIES)) writeFileSync(join(folder, name), Buffer.concat([Buffer.from('BDic'), Buffer.alloc(2048)]));
    const plan = planSpellCheck(true, { platform: 'linux', shippedFolder: folder, systemFolder: join(folder, 'none'), preferred: ['de-DE', 'en-US'] });
    expect(plan).toEqual({ enabled: true, dictionaryUrl: `file://${folder}/`, languages: ['de-DE', 'en-US'] });
    expect(isBdic(readFileSync(join(folder, DICTIONARIES['en-US']!)))).toBe(true);
    expect(isBdic(Buffer.from('<!DOCTYPE html><title>Not Found</title>'.padEnd(2048)))).toBe(false);
    rmSync(folder, { recursive: true, force: true });
    // Only the release build reaches for them; the app's own code names no remote address.
    expect(SOURCE).toMatch(/^https:\/\//);
    expect(readFileSync('src/main/electron/spellcheck.ts', 'utf8')).not.toMatch(/https?:\/\//);
    // electron-builder ships the folder as `dictionaries/`, where the packaged shell looks.
    const builder = readFileSync('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/- from: resources\/dictionaries\n\s+to: dictionaries\n\s+filter: \['\*\.bdic'\]/);
    expect(readFileSync('src/main/electron/main.ts', 'utf8')).toContain("join(process.resourcesPath, 'dictionaries')");
    expect(readFileSync('.github/workflows/release.yml', 'utf8')).toMatch(/if: runner\.os == 'Linux'\n\s+run: node scripts\/fetch-dictionaries\.mjs/);
  });

  it('follows the Settings switch, and is what the shell applies at start and on every change', () => {
    expect(planSpellCheck(false, { platform: 'linux', shippedFolder: shipped, systemFolder: system, preferred: ['de-DE'] }).enabled).toBe(false);
    expect(planSpellCheck(false, { platform: 'darwin', shippedFolder: empty, preferred: [] }).enabled).toBe(false);
    const main = readFileSync('src/main/electron/main.ts', 'utf8');
    expect(main).toMatch(/applySpellCheck\(electronSession\.defaultSession, planSpellCheck\(session\.settings\.spellCheck !== false/);
    expect(main).toMatch(/session\.onSettingsChange\(\(settings\) =>\s*applySpellCheck\(electronSession\.defaultSession, planSpellCheck\(settings\.spellCheck !== false/);
    expect(secureWebPreferences('/p').spellcheck).toBe(true);
  });
});
