import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Child scripts for the crash and corruption tests, bundled once per test file into one
 * plain .mjs: `node --import tsx` costs ~0.3 s a start, and the crash test starts a
 * child after every kill. The bundle goes under the repository's .tmp/ (git-ignored)
 * so the native SQLite module, left outside the bundle, resolves from node_modules.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const OUT_DIR = join(ROOT, '.tmp', 'hardening');

export interface Bundle {
  file: string;
  remove(): void;
}

export async function bundleChild(entry: string): Promise<Bundle> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${basename(entry, '.ts')}-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers'],
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __mvRequire } from 'node:module'; const require = __mvRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  // esbuild writes require() as __require() in an ES module bundle; the backup worker is
  // evaluated from a function's source text, where only the plain require exists. The
  // banner above defines require for the bundle itself, so plain require() works in both.
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('__require(', 'require('));
  return { file, remove: () => rmSync(file, { force: true }) };
}
