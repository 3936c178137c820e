import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';

/** What the spell checker needs from Electron's session (a recording fake in tests). */
export type SpellCheckSession = Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'>;

export interface SpellCheckPlaces {
  platform: NodeJS.Platform;
  /** Dictionaries shipped with the app (electron-builder's extraResources `dictionaries/`). */
  shippedFolder: string;
  /** The system's hunspell dictionaries (Debian: hunspell-en-us, hunspell-de-de, ...). */
  systemFolder?: string;
  /** The languages the mentor writes in, most wanted first (the OS locale's, e.g. 'en-US'). */
  preferred: string[];
}

export interface SpellCheckSetup {
  enabled: boolean;
  /** file:// URL of the local folder Chromium's downloader reads on Linux; never a remote address. */
  dictionaryUrl: string | null;
  languages: string[];
}

/**
 * Spell checking without a network request. macOS and Windows: the operating system's own
 * checker (Electron uses it; nothing to download). Linux: Chromium's hunspell checker, whose
 * dictionary "download" URL is pointed at a local folder, the one shipped with the app or the
 * system's; with no local dictionary at all it stays off rather than reach for the network.
 */
export function planSpellCheck(wanted: boolean, places: SpellCheckPlaces): SpellCheckSetup {
  if (places.platform === 'darwin' || places.platform === 'win32') return { enabled: wanted, dictionaryUrl: null, languages: [] };
  for (const folder of [places.shippedFolder, places.systemFolder ?? '/usr/share/hunspell']) {
    const languages = localLanguages(folder, places.preferred);
    if (languages.length > 0) return { enabled: wanted, dictionaryUrl: pathToFileURL(join(folder, '/')).href, languages };
  }
  return { enabled: false, dictionaryUrl: null, languages: [] };
}

/** The preferred languages with a dictionary in the folder: `en-US*.bdic` (Chromium's) or `en_US.dic` (hunspell's). */
function localLanguages(folder: string, preferred: string[]): string[] {
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder);
  const has = (lang: string) => files.some((f) => (f.startsWith(`${lang}-`) && f.endsWith('.bdic')) || f === `${lang.replace('-', '_')}.dic`);
  return [...new Set(preferred)].filter(has);
}

export function applySpellCheck(session: SpellCheckSession, setup: SpellCheckSetup): void {
  // Only ever a local folder: anything else leaves the checker off rather than let it fetch.
  if (setup.dictionaryUrl !== null && !setup.dictionaryUrl.startsWith('file://')) {
    session.setSpellCheckerEnabled(false);
    return;
  }
  // The local folder first, so the checker never asks Chromium's CDN for a dictionary.
  if (setup.dictionaryUrl) session.setSpellCheckerDictionaryDownloadURL(setup.dictionaryUrl);
  if (setup.languages.length > 0) session.setSpellCheckerLanguages(setup.languages);
  session.setSpellCheckerEnabled(setup.enabled);
}
