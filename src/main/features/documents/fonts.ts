import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { VaultError } from '../../vault/vault-error';

/**
 * The fonts embedded in every PDF (Roboto, shipped in resources/fonts; never fetched).
 * The core does not know whether it runs in the packaged app, in development or in the
 * CLI, so it looks in order: an explicit folder, MENTOR_VAULT_FONTS, the packaged
 * app's resources (electron-builder copies resources/fonts to <resources>/fonts), and
 * finally resources/fonts in a parent of this module (the repository in development,
 * in tests and for the CLI run from out/main).
 */
export const FONTS_ENV = 'MENTOR_VAULT_FONTS';

export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export interface FontSet {
  dir: string;
  /** pdfmake's font dictionary: one family, four styles, absolute paths. */
  descriptors: { Roboto: Record<keyof typeof FONT_FILES, string> };
}

function complete(dir: string): boolean {
  return Object.values(FONT_FILES).every((file) => existsSync(join(dir, file)));
}

function candidates(explicit: string | undefined): string[] {
  const list: string[] = [];
  if (explicit) return [resolve(explicit)];
  const fromEnv = process.env[FONTS_ENV];
  if (fromEnv) list.push(resolve(fromEnv));
  // Set by Electron in the main process; absent in plain Node.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) list.push(join(resourcesPath, 'fonts'));
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    list.push(join(dir, 'resources', 'fonts'));
    if (dirname(dir) === dir) break;
  }
  return list;
}

const cache = new Map<string, FontSet>();

export function locateFonts(explicitDir?: string): FontSet {
  const key = explicitDir ?? '';
  const known = cache.get(key);
  if (known) return known;
  const dir = candidates(explicitDir).find(complete);
  if (!dir) throw new VaultError('INTERNAL', 'The fonts for PDF documents are missing from this installation.');
  const file = (name: string) => join(dir, name);
  const set: FontSet = {
    dir,
    descriptors: {
      Roboto: {
        normal: file(FONT_FILES.normal),
        bold: file(FONT_FILES.bold),
        italics: file(FONT_FILES.italics),
        bolditalics: file(FONT_FILES.bolditalics),
      },
    },
  };
  cache.set(key, set);
  return set;
}

/** The local-file policy: pdfmake may read the four font files and nothing else. */
export function fontPolicy(set: FontSet): (path: string) => boolean {
  const allowed = new Set(Object.values(set.descriptors.Roboto));
  return (path) => allowed.has(path) && path.startsWith(set.dir + sep);
}
