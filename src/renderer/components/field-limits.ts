import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { z } from 'zod';

/**
 * A form's shared zod schema, given to its fields so each text field finds its own length
 * limit (and the schema's words for it) from its registered name: one truth for the
 * counter shown while typing and the check on save.
 */
const FormSchemaContext = createContext<z.ZodType | null>(null);

export function FormSchemaProvider({ schema, children }: { schema: z.ZodType; children: ReactNode }) {
  return createElement(FormSchemaContext.Provider, { value: schema }, children);
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema through optional, nullable, default and pipes to the one that holds the checks. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (let s = schema, i = 0; i < 20; i++) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
  return schema;
}

/** The schema of the field at a react-hook-form path ("measurable.metric", "strengths.2"). */
export function fieldSchema(schema: z.ZodType, path: string): z.ZodType | null {
  let current: z.ZodType | null = unwrap(schema);
  for (const part of path.split('.')) {
    if (!current) return null;
    const def = defOf(current);
    if (def.type === 'object' && def.shape) current = def.shape[part] ?? null;
    else if (def.type === 'array' && def.element && /^\d+$/.test(part)) current = def.element;
    else return null;
    current = current ? unwrap(current) : null;
  }
  return current;
}

export interface FieldLimit {
  max: number;
  /** The schema's own message when the text is over the limit. */
  messageFor(value: string): string | undefined;
}

/** The most characters a string schema takes, or null for none. */
export function limitOf(schema: z.ZodType | null): FieldLimit | null {
  const max = (schema as { maxLength?: number | null } | null)?.maxLength;
  if (!schema || typeof max !== 'number' || !Number.isFinite(max)) return null;
  return {
    max,
    messageFor(value) {
      if (value.trim().length <= max) return undefined;
      const result = schema.safeParse(value);
      return result.success ? undefined : result.error.issues.find((i) => i.code === 'too_big')?.message;
    },
  };
}

/** The limit of the field called `name` in the surrounding form's schema, if it has one. */
export function useFieldLimit(name: string | undefined): FieldLimit | null {
  const schema = useContext(FormSchemaContext);
  if (!schema || !name) return null;
  return limitOf(fieldSchema(schema, name));
}
