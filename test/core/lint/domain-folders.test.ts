import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One name per domain across the layers: a domain is a folder of src/shared, and the main
 * process's features, the renderer's screens and the tests use that same folder name. A
 * domain's contract words (the part of a method name before the dot) belong to it alone.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const foldersOf = (path: string) =>
  readdirSync(root + path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** Folders of src/shared and src/main that are layers, not domains; tests of them sit under the same name. */
const LAYERS = {
  shared: ['contract', 'i18n'],
  mainFeatures: ['shared'],
  renderer: ['app', 'bridge', 'components', 'i18n'],
  testCore: ['contract', 'demo', 'i18n', 'lint', 'router'],
};

const domains = foldersOf('src/shared').filter((name) => !LAYERS.shared.includes(name));
/** The domains the renderer can call: each has a part of the contract. */
const withContract = domains.filter((name) => readdirSync(`${root}src/shared/${name}`).includes('contract.ts'));

const outside = (folders: string[], known: string[]) => folders.filter((name) => !known.includes(name));

describe('one folder name per domain', () => {
  it('names every main feature after a domain', () => {
    expect(outside(foldersOf('src/main/features'), [...domains, ...LAYERS.mainFeatures])).toEqual([]);
  });

  it('names every renderer feature after a domain', () => {
    expect(outside(foldersOf('src/renderer/features'), domains)).toEqual([]);
  });

  it('sorts the tests by the same names', () => {
    expect(outside(foldersOf('test/core'), [...domains, ...LAYERS.testCore])).toEqual([]);
    expect(outside(foldersOf('test/components'), [...domains, ...LAYERS.renderer])).toEqual([]);
  });

  it('gives every part of the contract a handler module of the same domain', () => {
    expect(withContract).toEqual(expect.arrayContaining(['meetings', 'mentees', 'templates', 'vault']));
    const withHandlers = foldersOf('src/main/features').filter((name) => readdirSync(`${root}src/main/features/${name}`).includes('handlers.ts'));
    expect(withHandlers).toEqual(withContract);
  });
});

describe('one domain per contract word', () => {
  it('never lets two domains declare methods under the same word', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const domain of withContract) {
      const source = readFileSync(`${root}src/shared/${domain}/contract.ts`, 'utf8');
      const words = new Set([...source.matchAll(/^\s+'([a-zA-Z]+)\.[a-zA-Z]+':\s*method\(/gm)].map((m) => m[1]!));
      expect(words.size, `${domain} declares no method`).toBeGreaterThan(0);
      for (const word of words) {
        const earlier = owner.get(word);
        if (earlier) clashes.push(`${word}: ${earlier} and ${domain}`);
        owner.set(word, domain);
      }
    }
    expect(clashes).toEqual([]);
  });
});
