import fc from 'fast-check';
import type { z } from 'zod';
import { badPayloads } from '../../core/router/bad-payloads';
import { acceptedKinds, arrayMax, childSchema, objectSchemaFor, isStrictObject, stringInfo } from '../../core/router/schema-walk';

/**
 * Hostile payloads for one contract method, made from its valid example. Two classes:
 *
 * - `mustRefuse`: wrong for sure by construction (the router test's malformed payloads,
 *   1 MB strings where a limit is far lower, 100k-item arrays past a list's limit or
 *   where no list belongs, prototype-polluting keys in strict objects, junk at the root
 *   that is not an object). The answer must be INVALID_INPUT.
 * - otherwise the shape may well be valid (SQL fragments, control characters and lone
 *   surrogates in string fields, ids that point at nothing, random JSON at the root): the
 *   test asks the method's schema, and a payload it accepts reaches the handler, which
 *   must answer with a value or a typed error.
 */
export interface HostilePayload {
  kind: string;
  where: string;
  payload: unknown;
  mustRefuse: boolean;
}

type Path = (string | number)[];
interface Site {
  path: Path;
  value: unknown;
  schema: z.ZodType;
}

export const HUGE_STRING = 'A'.repeat(1024 * 1024);
export const HUGE_ARRAY_LENGTH = 100_000;

export const SQL_FRAGMENTS = [
  "'; DROP TABLE mentees; --",
  '"; DROP TABLE notes; --',
  "' OR '1'='1",
  "1; DELETE FROM escalation_entries WHERE 1=1; --",
  "x') UNION SELECT name, sql FROM sqlite_master --",
  "'; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
  "'; PRAGMA key = 'x'; --",
  "%' AND 1=0 UNION SELECT 1 --",
  'NEAR(a b) OR title:* AND "unclosed',
  '*',
  '\\',
  "''''",
];

export const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003',
  '\u0002highlight\u0003',
  '\u001b[31mred\u001b[0m',
  '\u007f',
  '\ud800',
  'lone \udfff low',
  '\udbff\ud800 reversed pair',
  '\u202eevil\u202c',
  '\ufeffbom',
  'line\u2028separator\u2029',
  '\r\n\r\n',
  '😀'.repeat(60),
  'é'.normalize('NFD'),
];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (path: Path) => (path.length ? path.join('.') : '(root)');
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function sitesOf(schema: z.ZodType, value: unknown, path: Path = []): Site[] {
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isPlainObject(value) ? Object.entries(value) : [];
  return entries.flatMap(([key, child]) => {
    const sub = childSchema(schema, value, key);
    return sub ? [{ path: [...path, key], value: child, schema: sub }, ...sitesOf(sub, child, [...path, key])] : [];
  });
}

function setAll(root: unknown, paths: Path[], value: (path: Path) => unknown): unknown {
  if (paths.some((p) => p.length === 0)) return value([]);
  const copy = clone(root);
  for (const path of paths) {
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    Object.defineProperty(node, path.at(-1)!, { value: value(path), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** One 100k array per item, shared: a fresh one per payload would be mostly garbage-collector time. */
const hugeArrays = new Map<unknown, unknown[]>();
function hugeArrayOf(item: unknown): unknown[] {
  const key = typeof item === 'object' && item !== null ? JSON.stringify(item) : item;
  let array = hugeArrays.get(key);
  if (!array) hugeArrays.set(key, (array = new Array(HUGE_ARRAY_LENGTH).fill(item)));
  return array;
}

const ID_KEY = /^(id|ids)$|Id$|Ids$/;

export function hostilePayloads(schema: z.ZodType, valid: unknown): fc.Arbitrary<HostilePayload> {
  const sites = sitesOf(schema, valid);
  const weighted: { weight: number; arbitrary: fc.Arbitrary<HostilePayload> }[] = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<HostilePayload>) => weighted.push({ weight, arbitrary });

  add(40, badPayloads(schema, valid).arbitrary.map((b) => ({ kind: `malformed: ${b.kind}`, where: b.where, payload: b.payload, mustRefuse: true })));

  // 1 MB strings: refused for sure where the place takes no string or a far shorter one.
  const hugeAt = [{ path: [] as Path, value: valid, schema }, ...sites].map((site) => {
    const kinds = acceptedKinds(site.schema);
    const info = stringInfo(site.schema);
    const mustRefuse = kinds !== undefined && (!kinds.has('string') || (info?.maxLength ?? Infinity) < HUGE_STRING.length || info?.format != null);
    return { site, mustRefuse };
  });
  add(6, fc.constantFrom(...hugeAt).map(({ site, mustRefuse }) => ({ kind: '1 MB string', where: show(site.path), payload: setAll(valid, [site.path], () => HUGE_STRING), mustRefuse })));

  // 100k-item arrays, at the root, at every list (past its limit) and where no list belongs.
  const arraysAt = [{ path: [] as Path, value: valid, schema }, ...sites].map((site) => {
    const kinds = acceptedKinds(site.schema);
    const max = arrayMax(site.schema);
    const mustRefuse = kinds !== undefined && (!kinds.has('array') || (max !== null && max < HUGE_ARRAY_LENGTH));
    const item = Array.isArray(site.value) && site.value.length > 0 ? site.value[0] : 'x';
    return { site, mustRefuse, item };
  });
  add(
    4,
    fc.constantFrom(...arraysAt).map(({ site, mustRefuse, item }) => ({
      kind: '100k-item array',
      where: show(site.path),
      payload: setAll(valid, [site.path], () => hugeArrayOf(item)),
      mustRefuse,
    })),
  );

  // Prototype-polluting keys, as JSON.parse makes them (own properties), at every object.
  const objects = [{ path: [] as Path, value: valid, schema }, ...sites].filter((s) => isPlainObject(s.value) && objectSchemaFor(s.schema, s.value));
  const pollution = [
    '"__proto__":{"polluted":"yes","isAdmin":true}',
    '"constructor":{"prototype":{"polluted":"yes"}}',
    '"prototype":{"polluted":"yes"}',
    '"__proto__":{"__proto__":{"polluted":"yes"}}',
  ];
  add(
    7,
    fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...pollution)).map(([site, injected]) => {
      const text = JSON.stringify(site.value);
      const object = JSON.parse(`{${injected}${text === '{}' ? '' : ','}${text.slice(1)}`) as unknown;
      return {
        kind: 'prototype pollution',
        where: `${show(site.path)} ${injected.slice(0, 15)}`,
        payload: setAll(valid, [site.path], () => object),
        mustRefuse: isStrictObject(objectSchemaFor(site.schema, site.value)!),
      };
    }),
  );

  // Random JSON (and deep nesting) as the whole payload: classified by the schema.
  const deep = JSON.parse(`${'['.repeat(3000)}1${']'.repeat(3000)}`) as unknown;
  add(5, fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(deep), fc.constant(undefined)).map((payload) => ({ kind: 'random JSON', where: '(root)', payload, mustRefuse: false })));

  const strings = sites.filter((s) => typeof s.value === 'string');
  if (strings.length) {
    // SQL fragments: in one string field, or in every one at once.
    add(
      14,
      fc.tuple(fc.constantFrom(...strings), fc.boolean(), fc.constantFrom(...SQL_FRAGMENTS)).map(([site, every, sql]) => ({
        kind: 'SQL fragment',
        where: every ? 'every string' : show(site.path),
        payload: setAll(valid, every ? strings.map((s) => s.path) : [site.path], () => sql),
        mustRefuse: false,
      })),
    );
    // Control characters, lone surrogates, bidi overrides, in a field or in all of them.
    add(
      14,
      fc
        .tuple(fc.constantFrom(...strings), fc.boolean(), fc.array(fc.constantFrom(...NASTY_STRINGS), { minLength: 1, maxLength: 3 }), fc.string({ maxLength: 8 }))
        .map(([site, every, parts, filler]) => ({
          kind: 'control characters / lone surrogates',
          where: every ? 'every string' : show(site.path),
          payload: setAll(valid, every ? strings.map((s) => s.path) : [site.path], () => `${filler}${parts.join(filler)}`),
          mustRefuse: false,
        })),
    );
  }

  // Ids of the right shape that point at nothing.
  // An id is a number under a key named like one (menteeId, ids: [..]).
  const isId = (s: Site) => typeof s.value === 'number' && (ID_KEY.test(String(s.path.at(-1))) || (typeof s.path.at(-1) === 'number' && ID_KEY.test(String(s.path.at(-2)))));
  const ids = sites.filter(isId);
  if (ids.length) {
    add(
      10,
      fc.tuple(fc.subarray(ids, { minLength: 1 }), fc.constantFrom(987_654_321, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER)).map(([chosen, id]) => ({
        kind: 'unknown id',
        where: chosen.map((s) => show(s.path)).join(', '),
        payload: setAll(valid, chosen.map((s) => s.path), () => id),
        mustRefuse: false,
      })),
    );
  }

  return fc.oneof(...weighted);
}

/**
 * The same attacks without chance, sent before the random ones: each string field with
 * a NUL, a lone surrogate and an SQL fragment, and every id pointing at nothing.
 */
export function fixedPayloads(schema: z.ZodType, valid: unknown): HostilePayload[] {
  const sites = sitesOf(schema, valid);
  const out: HostilePayload[] = [];
  for (const site of sites.filter((s) => typeof s.value === 'string')) {
    for (const text of ['a\u0000b', '"\u0000', '\ud800', "'; DROP TABLE mentees; --"]) {
      out.push({ kind: 'fixed string', where: `${show(site.path)} = ${JSON.stringify(text)}`, payload: setAll(valid, [site.path], () => text), mustRefuse: false });
    }
  }
  const ids = sites.filter((s) => typeof s.value === 'number' && ID_KEY.test(String(s.path.at(-1))));
  if (ids.length) out.push({ kind: 'fixed unknown ids', where: ids.map((s) => show(s.path)).join(', '), payload: setAll(valid, ids.map((s) => s.path), () => 987_654_321), mustRefuse: false });
  return out;
}

