import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../src/main/app/config';
import { settingsApp } from '../../helpers/settings-app';

/** The spell-check switch of Settings: on by default, kept in the app's config, checked at the bridge. */
const app = settingsApp('spellcheck');
const { configFile, dispatch, open } = app;

beforeAll(open);
afterAll(app.close);

describe('spell checking setting', () => {
  it('is on by default, also for a config file written before it existed', async () => {
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, value: { spellCheck: true } });
    writeFileSync(configFile(), JSON.stringify({ lastVaultPath: '/somewhere/v.mentorvault', settings: { idleLockMinutes: 12, clipboardClearSeconds: 30 } }));
    const config = new ConfigStore(configFile());
    expect(config.settings).toEqual({ idleLockMinutes: 12, clipboardClearSeconds: 30, spellCheck: true });
    expect(config.lastVaultPath).toBe('/somewhere/v.mentorvault');
  });

  it('turns off, stays off across a restart, and other settings leave it alone', async () => {
    open();
    expect(await dispatch('settings.update', { spellCheck: false })).toMatchObject({ ok: true, value: { spellCheck: false, idleLockMinutes: 12 } });
    expect(JSON.parse(readFileSync(configFile(), 'utf8')).settings.spellCheck).toBe(false);
    open();
    expect(await dispatch('settings.update', { idleLockMinutes: 15 })).toMatchObject({ ok: true, value: { spellCheck: false, idleLockMinutes: 15 } });
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, value: { spellCheck: false } });
  });

  it('refuses anything but true or false, in words, and changes nothing', async () => {
    const before = readFileSync(configFile(), 'utf8');
    expect(await dispatch('settings.update', { spellCheck: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['spellCheck'], message: 'Spell checking is either on or off' }] },
    });
    expect(readFileSync(configFile(), 'utf8')).toBe(before);
  });
});
