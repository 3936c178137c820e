import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsApp } from '../../helpers/settings-app';

/** The language of Settings: the system's until chosen, kept in the app's config, checked at the bridge, open while locked. */
const app = settingsApp('language');
const { configFile, dispatch, open } = app;

beforeAll(open);
afterAll(app.close);

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
