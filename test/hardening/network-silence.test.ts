import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './support/scan';

/**
 * Network silence in the code itself: nothing the app ships (main process, shared code,
 * preload) imports a network module or calls a network API. The test bridge (test/bridge,
 * never shipped) is the one place that serves HTTP, and serves as this scan's control.
 * End-to-end, the Playwright fixture counts every request of the page, and every
 * connection and lookup of the main-process core it runs (test/bridge/socket-census.ts).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SHIPPED = ['src/main', 'src/shared', 'src/preload'];
const MODULES = '(?:node:)?(?:http|https|http2|net|dgram|tls|dns|undici)';

const RULES: [string, RegExp][] = [
  ['imports a network module', new RegExp(`from\\s+['"]${MODULES}['"]`)],
  ['requires a network module', new RegExp(`require\\(\\s*['"]${MODULES}['"]\\s*\\)`)],
  ['imports a network module dynamically', new RegExp(`import\\(\\s*['"]${MODULES}['"]\\s*\\)`)],
  ["uses Electron's net module", /import\s*\{[^}]*\bnet\b[^}]*\}\s*from\s*['"]electron['"]|\bnet\.request\b/],
  ['calls fetch()', /\bfetch\s*\(/],
  ['uses WebSocket', /\bWebSocket\b/],
  ['uses XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['uses EventSource', /\bEventSource\b/],
  ['uses navigator.sendBeacon', /\bsendBeacon\b/],
];

/** Code without its comments (a comment may name what the code must not do). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

function findings(files: string[]): string[] {
  return files.flatMap((file) => {
    const text = code(readFileSync(file, 'utf8'));
    return RULES.filter(([, rule]) => rule.test(text)).map(([what]) => `${relative(ROOT, file)} ${what}`);
  });
}

const sources = (dir: string) => filesUnder(resolve(ROOT, dir)).filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f));

describe('network silence in the shipped code', () => {
  it('no network module or API in src/main, src/shared, src/preload', () => {
    const files = SHIPPED.flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    expect(findings(files)).toEqual([]);
    console.log(`network: ${files.length} shipped source files scanned (${SHIPPED.join(', ')}): 0 network modules or APIs`);
  });

  it('finds them where they are: the test bridge serves HTTP (the scan works)', () => {
    expect(findings(sources('test/bridge'))).toContainEqual(expect.stringMatching(/test\/bridge\/server\.ts imports a network module/));
  });
});
