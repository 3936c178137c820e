import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/main/app/config';
import { VaultSession } from '../../../src/main/app/session';
import { handlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../../src/main/ipc/router';
import { TestPlatform } from '../../bridge/test-platform';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

/** The language of Settings: the system's until chosen, kept in the app's config, checked at the bridge, open while locked. */
let dir: string;
let dispatch: Dispatch;
const configFile = () => join(dir, 'config.json');

function open(): void {
  const session = new VaultSession(new ConfigStore(configFile()), { defaultVaultPath: join(dir, 'v.mentorvault'), demoVaultPath: join(dir, 'd.mentorvault') });
  dispatch = createRouter(handlers, { session, platform: new TestPlatform(dir) });
}

beforeAll(() => {
  dir = makeTempDir('language');
  open();
});

afterAll(() => removeTempDir(dir));

describe('language setting', () => {
  it('is unset (the system language) at first, and a choice outlives a restart, before any vault exists', async () => {
    const first = await dispatch('settings.get', {});
    expect(first.ok && (first.value as { language?: string }).language).toBeUndefined();
    expect(await dispatch('settings.update', { language: 'de' })).toMatchObject({ ok: true, value: { language: 'de' } });
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).settings.language).toBe('de');
    open();
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, value: { language: 'de' } });
    expect(await dispatch('settings.update', { language: 'system' })).toMatchObject({ ok: true, value: { language: 'system' } });
  });

  it('refuses a language the app does not speak, and the pseudo-locale, in words, and changes nothing', async () => {
    const before = readFileSync(configFile(), 'utf8');
    for (const language of ['fr', 'en-XA', 3]) {
      expect(await dispatch('settings.update', { language })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: ['language'], message: 'Choose the system language, English or Deutsch' }] },
      });
    }
    expect(readFileSync(configFile(), 'utf8')).toBe(before);
  });
});
