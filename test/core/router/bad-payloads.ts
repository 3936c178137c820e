import fc from 'fast-check';
import type { z } from 'zod';
import { MAX_LONG_TEXT } from '../../../src/shared/primitives';
import {
  acceptedKinds,
  arrayMax,
  childSchema,
  JSON_KINDS,
  numberInfo,
  objectSchemaFor,
  shapeKeys,
  stringInfo,
  type JsonKind,
} from './schema-walk';

/**
 * Inputs that are wrong for sure, made by mutating one valid example of a method: the
 * wrongness comes from the kind of mutation (a type the place does not take, a key the
 * strict object does not have, a string past its limit...), never from asking the
 * schema under test whether it likes the result.
 */
export interface BadPayload {
  kind: string;
  where: string;
  payload: unknown;
}

type Path = (string | number)[];
interface Site {
  path: Path;
  value: unknown;
  schema: z.ZodType;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const show = (path: Path) => (path.length ? path.join('.') : '(root)');

/** Every place below the root of a valid value, with the schema that governs it. */
function sitesOf(schema: z.ZodType, value: unknown, path: Path = []): Site[] {
  const sites: Site[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : isPlainObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    const sub = childSchema(schema, value, key);
    if (!sub) continue;
    sites.push({ path: [...path, key], value: child, schema: sub }, ...sitesOf(sub, child, [...path, key]));
  }
  return sites;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  // defineProperty makes "__proto__" an own key, as JSON.parse does, instead of a prototype swap.
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function deleteAt(root: unknown, path: Path): unknown {
  const copy = clone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  delete node[path.at(-1)!];
  return copy;
}

const anyOfKind: Record<JsonKind, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 30 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
};

export function badPayloads(schema: z.ZodType, valid: unknown): { arbitrary: fc.Arbitrary<BadPayload>; unbounded: string[] } {
  const sites = sitesOf(schema, valid);
  const unbounded: string[] = [];
  const generators: fc.Arbitrary<BadPayload>[] = [];

  // The input itself is not an object (or an array where an object belongs).
  generators.push(
    fc.constantFrom<unknown>(null, [], [valid], 'text', 0, -1, 42.5, true, false).map((payload) => ({ kind: 'not an object', where: '(root)', payload })),
  );

  const objectSites: Site[] = [{ path: [], value: valid, schema }, ...sites].filter((s) => isPlainObject(s.value) && objectSchemaFor(s.schema, s.value));

  // A key the (strict) object does not have, including prototype-polluting names.
  if (objectSites.length) {
    const key = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then'));
    generators.push(
      fc
        .tuple(fc.constantFrom(...objectSites), key, fc.jsonValue({ maxDepth: 2 }))
        .filter(([site, k]) => !shapeKeys(objectSchemaFor(site.schema, site.value)!).includes(k))
        .map(([site, k, v]) => ({ kind: 'extra key', where: show([...site.path, k]), payload: setAt(valid, [...site.path, k], v) })),
    );
    // The same through JSON.parse, as a payload crossing a JSON transport would arrive.
    generators.push(
      fc.tuple(fc.constantFrom(...objectSites), fc.constantFrom('__proto__', 'constructor')).map(([site, k]) => {
        const text = JSON.stringify(site.value);
        const injected = `{"${k}":{"polluted":"yes","prototype":{"polluted":"yes"}}${text === '{}' ? '' : ','}${text.slice(1)}`;
        return { kind: 'prototype key via JSON.parse', where: show([...site.path, k]), payload: setAt(valid, site.path, JSON.parse(injected)) };
      }),
    );
  }

  // A required key left out.
  const required = objectSites.flatMap((site) =>
    Object.keys(site.value as object)
      .filter((k) => {
        const sub = childSchema(site.schema, site.value, k);
        return sub !== undefined && !sub.safeParse(undefined).success;
      })
      .map((k) => [...site.path, k]),
  );
  if (required.length) {
    generators.push(fc.constantFrom(...required).map((path) => ({ kind: 'missing required key', where: show(path), payload: deleteAt(valid, path) })));
  }

  // A value of a JSON type the place does not take (null where it is not nullable too).
  const typed = sites
    .map((site) => ({ site, kinds: acceptedKinds(site.schema) }))
    .filter((t): t is { site: Site; kinds: Set<JsonKind> } => t.kinds !== undefined)
    .map(({ site, kinds }) => ({ site, wrong: JSON_KINDS.filter((k) => !kinds.has(k)) }))
    .filter((t) => t.wrong.length > 0);
  if (typed.length) {
    generators.push(
      fc
        .constantFrom(...typed)
        .chain(({ site, wrong }) => fc.constantFrom(...wrong).chain((kind) => anyOfKind[kind].map((v) => ({ site, kind, v }))))
        .map(({ site, kind, v }) => ({ kind: `wrong type (${kind})`, where: show(site.path), payload: setAt(valid, site.path, v) })),
    );
  }

  // Strings past their limit (no whitespace, so a trim cannot save them).
  const strings: { site: Site; limit: number }[] = [];
  for (const site of sites) {
    const info = typeof site.value === 'string' ? stringInfo(site.schema) : undefined;
    if (!info) continue;
    if (info.maxLength !== null) strings.push({ site, limit: info.maxLength });
    // A format (date, pattern...) must refuse a very long string even without a maxLength.
    else if (info.format) strings.push({ site, limit: MAX_LONG_TEXT });
    else unbounded.push(show(site.path));
  }
  if (strings.length) {
    generators.push(
      fc
        .tuple(fc.constantFrom(...strings), fc.integer({ min: 1, max: 64 }), fc.constantFrom('x', 'Z', '7', 'é', '字'))
        .map(([{ site, limit }, over, char]) => ({
          kind: 'oversize string',
          where: `${show(site.path)} (${limit + over} > ${limit})`,
          payload: setAt(valid, site.path, char.repeat(limit + over)),
        })),
    );
  }

  // Numbers out of range, non-integers where integers belong, NaN and infinities.
  const numbers = sites.flatMap((site) => {
    const info = typeof site.value === 'number' ? numberInfo(site.schema) : undefined;
    if (!info) return [];
    const bad: fc.Arbitrary<number>[] = [fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)];
    if (info.min !== null) bad.push(fc.integer({ min: 1, max: 1_000_000 }).map((d) => Math.ceil(info.min!) - d));
    if (info.max !== null) bad.push(fc.oneof(fc.integer({ min: 1, max: 1_000_000 }).map((d) => Math.floor(info.max!) + d), fc.constant(1e300)));
    if (info.isInt) bad.push(fc.integer({ min: 0, max: 1000 }).map((n) => (info.min ?? 0) + n + 0.5));
    return [fc.oneof(...bad).map((v) => ({ kind: 'bad number', where: `${show(site.path)} = ${v}`, payload: setAt(valid, site.path, v) }))];
  });
  if (numbers.length) generators.push(fc.oneof(...numbers));

  // An array where an object belongs, below the root.
  const nestedObjects = objectSites.filter((s) => s.path.length > 0);
  if (nestedObjects.length) {
    generators.push(
      fc
        .tuple(fc.constantFrom(...nestedObjects), fc.boolean())
        .map(([site, empty]) => ({ kind: 'array for object', where: show(site.path), payload: setAt(valid, site.path, empty ? [] : [site.value]) })),
    );
  }

  // Lists one item past their limit.
  const lists = sites.filter((s) => Array.isArray(s.value) && s.value.length > 0 && arrayMax(s.schema) !== null);
  if (lists.length) {
    generators.push(
      fc.constantFrom(...lists).map((site) => {
        const max = arrayMax(site.schema)!;
        return { kind: 'too many items', where: `${show(site.path)} (${max + 1})`, payload: setAt(valid, site.path, Array(max + 1).fill((site.value as unknown[])[0])) };
      }),
    );
  }

  return { arbitrary: fc.oneof(...generators), unbounded };
}
