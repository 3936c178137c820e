// Release builds on Linux: fetch Chromium's spell-check dictionaries (.bdic, its own
// compiled hunspell format) into resources/dictionaries/, which electron-builder ships as
// `dictionaries/` beside the app. The app points Chromium's dictionary "download" at that
// folder as a file:// URL, so the checker never asks the network for one. Run at build
// time only (it needs the network; the app never does). No npm package carries .bdic files.
//
//   node scripts/fetch-dictionaries.mjs [--out DIR]
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The languages shipped, by the exact file name Chromium asks its download URL for. */
export const DICTIONARIES = {
  'en-US': 'en-US-10-1.bdic',
  'de-DE': 'de-DE-3-0.bdic',
};

/** Chromium's hunspell_dictionaries repository; `?format=TEXT` answers a file's bytes in base64. */
export const SOURCE = 'https://chromium.googlesource.com/chromium/deps/hunspell_dictionaries/+/refs/heads/main/';

/** A .bdic file starts with the four bytes "BDic"; anything else (an error page) is refused. */
export function isBdic(bytes) {
  return bytes.length > 1024 && bytes.subarray(0, 4).toString('latin1') === 'BDic';
}

async function fetchOne(name, folder) {
  const target = join(folder, name);
  if (existsSync(target) && isBdic(readFileSync(target))) return `${name}: already there`;
  const response = await fetch(`${SOURCE}${name}?format=TEXT`);
  if (!response.ok) throw new Error(`${name}: the dictionary repository answered ${response.status}`);
  const bytes = Buffer.from(await response.text(), 'base64');
  if (!isBdic(bytes)) throw new Error(`${name}: what came back is not a Chromium dictionary`);
  // Written beside, then renamed: a cut-short fetch never leaves half a dictionary to ship.
  writeFileSync(`${target}.part`, bytes);
  renameSync(`${target}.part`, target);
  return `${name}: ${(bytes.length / 1e6).toFixed(1)} MB`;
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'resources/dictionaries' } } });
  const folder = resolve(values.out);
  mkdirSync(folder, { recursive: true });
  for (const name of Object.values(DICTIONARIES)) console.log(await fetchOne(name, folder));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(`Spell-check dictionaries not fetched: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
