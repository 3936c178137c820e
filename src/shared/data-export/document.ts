import { z } from 'zod';

/**
 * The JSON export file (docs/json-export.md). Rows are checked against the live
 * schema's columns and types on import; this is the envelope around them.
 */
export const JSON_EXPORT_FORMAT = 'mentor-vault-export';
export const JSON_EXPORT_FORMAT_VERSION = 1;

export type JsonCell = string | number | null | { $base64: string };
export type JsonRow = Record<string, JsonCell>;

export interface JsonExportDocument {
  format: typeof JSON_EXPORT_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  scope: { kind: 'all' } | { kind: 'mentee'; menteeId: number };
  includesConfidential: boolean;
  encrypted: false;
  /** Parents before children; every table in scope is listed, empty ones as []. */
  tables: Record<string, JsonRow[]>;
}

/** The envelope, checked field by field so the first problem can be named. */
export const jsonExportEnvelope = z.object({
  format: z.literal(JSON_EXPORT_FORMAT, `expected "${JSON_EXPORT_FORMAT}" (this is not a Mentor Vault export)`),
  formatVersion: z
    .int('expected a whole number')
    .min(1, 'expected a format version of at least 1')
    .max(JSON_EXPORT_FORMAT_VERSION, `this file uses a newer export format; this app reads up to version ${JSON_EXPORT_FORMAT_VERSION}`),
  schemaVersion: z.int('expected a whole number').min(1, 'expected a schema version of at least 1'),
  exportedAt: z.string('expected text'),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('mentee'), menteeId: z.int().positive() }),
  ]),
  includesConfidential: z.boolean('expected true or false'),
  encrypted: z.literal(false, 'expected false').optional(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown(), 'expected an object (one row)'), 'expected a list of rows'), 'expected an object of tables'),
});
