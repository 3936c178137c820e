import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchCase } from '../lib/types';

/**
 * The renderer's download before the first screen: the entry script of the built
 * index.html and the modules it preloads (its static imports), gzipped one by one as
 * a server would. Lazy chunks (routes, charts, the unlocked app) are not counted; the
 * second row adds them all, for scale. Needs `npx electron-vite build` (npm run bench builds).
 */
const root = resolve(import.meta.dirname, '../../out/renderer');
const kB = (bytes: number) => bytes / 1000;
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

function initialScripts(): string[] {
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) throw new Error('out/renderer/index.html is missing: run `npx electron-vite build` first');
  const html = readFileSync(indexHtml, 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  if (entries.length === 0) throw new Error('no entry script in out/renderer/index.html');
  return [...new Set([...entries, ...preloads])].map((src) => join(root, src));
}

export const cases: BenchCase[] = [
  {
    name: 'renderer bundle: initial JavaScript (entry + modulepreload), gzipped',
    iterations: 1,
    warmup: 0,
    twin: false,
    unit: 'kB',
    target: '<= 600 kB gzipped',
    run() {
      const files = initialScripts();
      const sizes = files.map((f) => [f.slice(root.length + 1), kB(gzipped(f))] as const);
      process.stderr.write(`    ${sizes.map(([f, s]) => `${f} ${s.toFixed(1)} kB`).join(', ')}\n`);
      return sizes.reduce((n, [, s]) => n + s, 0);
    },
  },
  {
    name: 'renderer bundle: all JavaScript incl. lazy chunks, gzipped (for scale)',
    iterations: 1,
    warmup: 0,
    twin: false,
    unit: 'kB',
    run() {
      const assets = join(root, 'assets');
      const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
      return files.reduce((n, f) => n + kB(gzipped(join(assets, f))), 0);
    },
  },
];
