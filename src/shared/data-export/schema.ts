import { z } from 'zod';
import { id } from '../primitives';

export const exportScope = z.discriminatedUnion(
  'kind',
  [z.strictObject({ kind: z.literal('all') }), z.strictObject({ kind: z.literal('mentee'), menteeId: id })],
  'Choose everything or one mentee',
);
export type ExportScope = z.infer<typeof exportScope>;

export const exportJsonInput = z.strictObject({
  scope: exportScope,
  /** The file is plain JSON: the mentor must have seen and accepted that warning. */
  acknowledgeUnencrypted: z.literal(true, 'Confirm that you understand the file is not encrypted'),
  /** Private notes and escalation records are left out unless asked for explicitly. */
  includeConfidential: z.boolean().default(false),
});

export interface JsonExportResult {
  path: string;
  bytes: number;
  /** Rows written per table. */
  tables: Record<string, number>;
  includesConfidential: boolean;
}

export const importJsonInput = z.strictObject({});

export interface JsonImportResult {
  /** Rows inserted per table. */
  tables: Record<string, number>;
  rows: number;
}
