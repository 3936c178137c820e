import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkNativeModule } from '../../src/main/app/native-integrity';
import { makeTempDir, removeTempDir } from '../helpers/temp';

/**
 * Packaging: the native module outside app.asar is checked against the hash recorded at
 * packaging; signing and notarisation are hooks configured from the environment; the
 * release workflow builds on each platform. (The installers themselves need each
 * platform and the network, so they are built in that workflow, not here.)
 */
const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../..');
const nativeHash = require('../../scripts/native-hash.cjs') as { MODULE: string; nativeHashRecord(projectDir: string): { module: string; sha256: string } };

let dir: string;
beforeAll(() => {
  dir = makeTempDir('packaging');
});
afterAll(() => removeTempDir(dir));

describe('the native module\'s hash', () => {
  /** A stand-in for app.asar.unpacked holding a copy of the real module. */
  function unpacked(name: string): string {
    const root = join(dir, name);
    mkdirSync(dirname(join(root, nativeHash.MODULE)), { recursive: true });
    copyFileSync(join(ROOT, nativeHash.MODULE), join(root, nativeHash.MODULE));
    return root;
  }
  const record = () => {
    const path = join(dir, 'native-module.json');
    writeFileSync(path, JSON.stringify(nativeHash.nativeHashRecord(ROOT)));
    return path;
  };

  it('matches the module it was recorded from', () => {
    expect(checkNativeModule(record(), unpacked('intact'))).toEqual({ ok: true });
  });

  it('refuses a module changed by one byte, a missing module and a missing record', () => {
    const root = unpacked('swapped');
    const module = join(root, nativeHash.MODULE);
    const bytes = readFileSync(module);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 1;
    writeFileSync(module, bytes);
    expect(checkNativeModule(record(), root)).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkNativeModule(record(), join(dir, 'nowhere'))).toEqual({ ok: false, reason: 'missing-module' });
    expect(checkNativeModule(join(dir, 'no-record.json'), root)).toEqual({ ok: false, reason: 'missing-record' });
  });

  it('is checked at start in packaged builds only, before anything else', () => {
    const main = readFileSync(join(ROOT, 'src/main/electron/main.ts'), 'utf8');
    // Only the app's small JSON settings file is read before (for Chromium's language switch).
    const start = main.slice(main.indexOf('function start(config: ConfigStore): void {'));
    expect(start).toMatch(/^function start\(config: ConfigStore\): void \{\n\s+if \(app\.isPackaged\) \{\n[^]*?checkNativeModule\(/);
    expect(start.indexOf('checkNativeModule(')).toBeLessThan(start.indexOf('useNativeBinding('));
  });
});

describe('electron-builder hooks', () => {
  const builder = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');

  it('records the hash before packing, notarises after signing, reads no secret from the file', () => {
    expect(builder).toMatch(/^beforePack: scripts\/native-hash\.cjs$/m);
    expect(builder).toMatch(/^afterSign: scripts\/notarize\.cjs$/m);
    expect(builder).toMatch(/^asarUnpack:\n {2}- '\*\*\/\*\.node'$/m);
    // Certificates and passwords come from the environment only.
    const settings = builder.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
    expect(settings).not.toMatch(/CSC_|password|APPLE_/i);
  });

  it('notarisation skips with one line when the Apple credentials are absent', async () => {
    const notarize = require('../../scripts/notarize.cjs') as { default(context: unknown): Promise<void> };
    const saved = { ...process.env };
    delete process.env.APPLE_ID;
    delete process.env.APPLE_APP_SPECIFIC_PASSWORD;
    delete process.env.APPLE_TEAM_ID;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await notarize.default({ electronPlatformName: 'darwin', appOutDir: dir, packager: { appInfo: { productFilename: 'Mentor Vault' } } });
      expect(log.mock.calls).toEqual([['notarize: skipped (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD or APPLE_TEAM_ID not set)']]);
      log.mockClear();
      await notarize.default({ electronPlatformName: 'linux', appOutDir: dir, packager: { appInfo: { productFilename: 'Mentor Vault' } } });
      expect(log.mock.calls).toEqual([]);
    } finally {
      log.mockRestore();
      Object.assign(process.env, saved);
    }
  });
});

describe('the release workflow', () => {
  const workflow = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');

  it('builds the installers with electron-builder on Linux, macOS and Windows, signing from secrets', () => {
    expect(workflow).toMatch(/^ {8}os: \[ubuntu-latest, macos-latest, windows-latest\]$/m);
    expect(workflow).toMatch(/^ {8}run: npm run build && npx electron-builder --publish never$/m);
    for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(workflow).toContain(`          ${name}: \${{ secrets.${name} }}`);
    }
    expect(workflow).toMatch(/actions\/upload-artifact@v4/);
  });
});
