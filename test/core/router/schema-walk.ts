import type { z } from 'zod';

/**
 * Just enough of a zod 4 schema's structure to build inputs that are wrong for sure:
 * which JSON types a place accepts, its bounds, its keys. Read from `_zod.def`, zod 4's
 * public definition object.
 */
type Schema = z.ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  catchall?: Schema;
  entries?: Record<string, unknown>;
  values?: unknown[];
  left?: Schema;
  right?: Schema;
  getter?: () => Schema;
}

export const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * Strips optional/default/nullable down to the schema that first sees the value; for a
 * pipe that is its input side (a transform there means "anything goes in").
 */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else return current;
  }
}

/** Every schema a value passes through at one place: wrappers and both sides of pipes. */
function stages(schema: Schema): Schema[] {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return stages(def.innerType);
  if (def.type === 'pipe' && def.in && def.out) return [...stages(def.in), ...stages(def.out)];
  if (def.type === 'lazy' && def.getter) return stages(def.getter());
  return [schema];
}

export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
export const JSON_KINDS: readonly JsonKind[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];

/** The JSON kinds a place accepts; undefined for "anything" (any/unknown). */
export function acceptedKinds(schema: Schema): Set<JsonKind> | undefined {
  const kinds = new Set<JsonKind>();
  const visit = (s: Schema): boolean => {
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return visit(def.innerType!);
      case 'nullable':
        kinds.add('null');
        return visit(def.innerType!);
      case 'pipe':
        return visit(def.in!);
      case 'lazy':
        return visit(def.getter!());
      case 'string':
      case 'enum':
      case 'template_literal':
        kinds.add('string');
        return true;
      case 'number':
      case 'int':
        kinds.add('number');
        return true;
      case 'boolean':
        kinds.add('boolean');
        return true;
      case 'null':
        kinds.add('null');
        return true;
      case 'literal':
        for (const v of def.values ?? []) kinds.add(v === null ? 'null' : (typeof v as JsonKind));
        return true;
      case 'object':
      case 'record':
        kinds.add('object');
        return true;
      case 'array':
      case 'tuple':
        kinds.add('array');
        return true;
      case 'union':
        return def.options!.every(visit);
      case 'intersection':
        return visit(def.left!) && visit(def.right!);
      default:
        return false; // any, unknown, custom: no wrong type can be told apart
    }
  };
  return visit(schema) ? kinds : undefined;
}

/** The object schema that governs a plain object value (through unions, by trying each). */
export function objectSchemaFor(schema: Schema, value: unknown): Schema | undefined {
  const base = unwrap(schema);
  const def = defOf(base);
  if (def.type === 'object') return base;
  if (def.type === 'union') {
    for (const option of def.options!) {
      if (option.safeParse(value).success) return objectSchemaFor(option, value);
    }
  }
  if (def.type === 'intersection') return objectSchemaFor(def.left!, value);
  return undefined;
}

/** The schema for one child of a value: a key of an object or an element of an array. */
export function childSchema(schema: Schema, value: unknown, key: string | number): Schema | undefined {
  if (Array.isArray(value)) {
    const base = unwrap(schema);
    const def = defOf(base);
    if (def.type === 'array') return def.element;
    if (def.type === 'union') {
      for (const option of def.options!) if (option.safeParse(value).success) return childSchema(option, value, key);
    }
    return undefined;
  }
  const object = objectSchemaFor(schema, value);
  return object ? defOf(object).shape?.[key as string] : undefined;
}

export function isStrictObject(schema: Schema): boolean {
  const catchall = defOf(schema).catchall;
  return catchall !== undefined && defOf(catchall).type === 'never';
}

export function shapeKeys(objectSchema: Schema): string[] {
  return Object.keys(defOf(objectSchema).shape ?? {});
}

/** Bounds of a string place (the tightest along its pipe), or undefined when it takes no string. */
export function stringInfo(schema: Schema): { maxLength: number | null; format: string | null } | undefined {
  const strings = stages(schema).filter((s) => defOf(s).type === 'string') as unknown as { maxLength: number | null; format: string | null }[];
  if (strings.length === 0 || defOf(unwrap(schema)).type !== 'string') return undefined;
  const maxes = strings.map((s) => s.maxLength).filter((m): m is number => m !== null);
  return { maxLength: maxes.length ? Math.min(...maxes) : null, format: strings.find((s) => s.format)?.format ?? null };
}

export function numberInfo(schema: Schema): { min: number | null; max: number | null; isInt: boolean } | undefined {
  if (!['number', 'int'].includes(defOf(unwrap(schema)).type)) return undefined;
  const numbers = stages(schema).filter((s) => ['number', 'int'].includes(defOf(s).type)) as unknown as {
    minValue: number | null;
    maxValue: number | null;
    isInt: boolean;
  }[];
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const mins = numbers.map((n) => n.minValue).filter(finite);
  const maxes = numbers.map((n) => n.maxValue).filter(finite);
  return {
    min: mins.length ? Math.max(...mins) : null,
    max: maxes.length ? Math.min(...maxes) : null,
    isInt: numbers.some((n) => n.isInt),
  };
}

export function arrayMax(schema: Schema): number | null {
  const base = unwrap(schema);
  if (defOf(base).type !== 'array') return null;
  const checks = (defOf(base) as Def & { checks?: { _zod: { def: { check: string; maximum?: number } } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum ?? null;
}
