import { describe, expect, it } from 'vitest';
import { chromiumLanguage } from '../../../src/shared/i18n/ui-language';
import { LANGUAGE_CHOICES } from '../../../src/shared/i18n/locales';

describe("the language of Chromium's own controls", () => {
  it('follows a language chosen in Settings, and leaves the system its own', () => {
    expect(chromiumLanguage('de')).toBe('de-DE');
    expect(chromiumLanguage('en')).toBe('en-US');
    expect(chromiumLanguage('system')).toBeNull();
    expect(chromiumLanguage(undefined)).toBeNull();
  });

  it('has a Chromium language for every language the app offers', () => {
    for (const choice of LANGUAGE_CHOICES.filter((c) => c !== 'system')) expect(chromiumLanguage(choice)).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });
});
