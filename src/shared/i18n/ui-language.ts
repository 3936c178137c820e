import type { LanguageChoice } from './locales';

/**
 * The language Chromium draws its own controls in (a date field's dd.mm.yyyy, its calendar
 * popup), for a language the mentor chose in Settings rather than the system's. null keeps
 * the system's. Chromium reads it once at start, so a change applies from the next start.
 */
export function chromiumLanguage(choice: LanguageChoice | undefined): string | null {
  if (choice === 'de') return 'de-DE';
  if (choice === 'en') return 'en-US';
  return null;
}
