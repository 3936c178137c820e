import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';

/** The vault's own key for form MACs: 32 random bytes made on first use, never leaving the vault. */
export function formKey(db: Db): Buffer {
  const known = sql<Buffer>(db, 'SELECT key FROM exchange_form_key WHERE id = 1').pluck().get() as Buffer | undefined;
  if (known) return Buffer.from(known);
  const key = randomBytes(32);
  sql(db, 'INSERT INTO exchange_form_key (id, key, created_at) VALUES (1, ?, ?)').run(key, nowIso());
  return key;
}

/** What a form's MAC covers: its kind, id, mentee, meeting and the prefilled items' ids. */
export interface MacParts {
  kind: string;
  formId: string;
  menteeId: number;
  meetingId: number | null;
  itemIds: readonly (number | string)[];
}

export function formMac(key: Buffer, parts: MacParts): string {
  const message = JSON.stringify(['mentor-vault-form/1', parts.kind, parts.formId, parts.menteeId, parts.meetingId, parts.itemIds]);
  return createHmac('sha256', key).update(message).digest('hex');
}

/** Names the vault a form came from without revealing the key: tells "another vault" from "an edited id". */
export function vaultTag(key: Buffer): string {
  return createHmac('sha256', key).update('mentor-vault-form-vault-tag').digest('hex').slice(0, 16);
}

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
