import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
// The escalation hash-chain check registers itself on import, as the app's handlers do.
import '../../../src/main/features/escalations/verify-check';
import { buildJsonExport } from '../../../src/main/features/data-export/export-json';
import { serializeExport } from '../../../src/main/features/data-export/file';
import { importJsonText } from '../../../src/main/features/data-export/import-json';
import { Vault } from '../../../src/main/vault/vault';
import type { JsonExportDocument } from '../../../src/shared/data-export/document';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { dumpHash, PASSPHRASE } from '../../helpers/vault';

let dir: string;
let target: Vault;
let good: JsonExportDocument;
let untouched: string;

beforeAll(async () => {
  dir = makeTempDir('json-bad');
  const source = await Vault.create(join(dir, 'source.mentorvault'), PASSPHRASE);
  fillDemoVault(source.db, { mentees: 3, seed: 5 });
  good = buildJsonExport(source.db, { scope: { kind: 'all' }, includeConfidential: true });
  source.close();
  target = await Vault.create(join(dir, 'target.mentorvault'), PASSPHRASE);
  untouched = dumpHash(target.db);
});

afterAll(() => {
  target.close();
  removeTempDir(dir);
});

/** A deep copy of the good export with one change made by `edit`. */
function variant(edit: (doc: Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }) => void): string {
  const doc = structuredClone(good) as unknown as Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };
  edit(doc);
  return JSON.stringify(doc);
}

function expectRefused(text: string, message: string | RegExp, code = 'INVALID_INPUT'): void {
  let error: unknown;
  try {
    importJsonText(target.db, text);
  } catch (err) {
    error = err;
  }
  expect(error, 'the import should have been refused').toMatchObject({ code });
  const actual = (error as Error).message;
  if (typeof message === 'string') expect(actual.startsWith(message), actual).toBe(true);
  else expect(actual).toMatch(message);
  // Nothing imported: every row of every table, and the schema, as before.
  expect(dumpHash(target.db)).toBe(untouched);
}

describe('refused imports name the first problem and import nothing', () => {
  it('not JSON at all', () => expectRefused('{"format": "mentor-vault-export", ', /^The file is not valid JSON/));

  it('a foreign JSON document', () => expectRefused(JSON.stringify({ hello: 'world' }), 'format: expected "mentor-vault-export"'));

  it('the wrong format marker', () => expectRefused(variant((d) => (d.format = 'someone-else-export')), 'format: expected "mentor-vault-export"'));

  it('a newer format version', () => expectRefused(variant((d) => (d.formatVersion = 2)), 'formatVersion: this file uses a newer export format'));

  it('a newer vault schema', () => expectRefused(variant((d) => (d.schemaVersion = 999)), 'schemaVersion: the file comes from a newer vault'));

  it('tables that are not a list of rows', () => expectRefused(variant((d) => ((d.tables as Record<string, unknown>).mentees = 'x')), 'tables.mentees: expected a list of rows'));

  it('an unknown table', () => expectRefused(variant((d) => (d.tables.gizmos = [])), 'tables.gizmos: unknown table'));

  it('the vault’s own metadata table', () => expectRefused(variant((d) => (d.tables.vault_meta = [])), 'tables.vault_meta: unknown table'));

  it('an unknown column', () => expectRefused(variant((d) => (d.tables.mentees![1]!.shoe_size = 44)), 'tables.mentees[1].shoe_size: unknown column'));

  it('a wrong type: text where a number belongs', () =>
    expectRefused(
      variant((d) => (d.tables.interests![2]!.wants_exposure = 'yes')),
      'tables.interests[2].wants_exposure: expected integer',
    ));

  it('a wrong type: a number where text belongs', () => expectRefused(variant((d) => (d.tables.mentees![0]!.name = 42)), 'tables.mentees[0].name: expected text'));

  it('null in a required column', () => expectRefused(variant((d) => (d.tables.mentees![0]!.name = null)), 'tables.mentees[0].name: must not be null'));

  it('a missing required column', () => expectRefused(variant((d) => delete d.tables.mentees![0]!.status), 'tables.mentees[0].status: missing required column'));

  it('a missing key column', () => expectRefused(variant((d) => delete d.tables.career_aims![0]!.id), 'tables.career_aims[0].id: missing required column'));

  it('a reference to a parent that is not in the file', () =>
    expectRefused(
      variant((d) => (d.tables.career_aims![0]!.mentee_id = 999999)),
      'tables.career_aims[0].mentee_id: refers to mentees 999999, which is not in the file',
    ));

  it('a duplicate key', () =>
    expectRefused(
      variant((d) => (d.tables.mentees![2]!.id = d.tables.mentees![0]!.id)),
      'tables.mentees[2].id: duplicate key (same as row 0)',
    ));

  it('a value the vault’s rules refuse (found while inserting, still nothing kept)', () =>
    expectRefused(variant((d) => (d.tables.mentees![1]!.status = 'retired')), /^tables\.mentees\[1\]: breaks a rule of the vault \(CHECK constraint failed/));

  it('an escalation timeline whose hash chain does not hold', () =>
    expectRefused(
      variant((d) => {
        const entry = d.tables.escalation_entries![0]!;
        entry.outcome = `${String(entry.outcome)} (edited)`;
      }),
      /fails a check \(escalation-chain: record \d+/,
    ));

  it('the first problem is the one named', () =>
    expectRefused(
      variant((d) => {
        d.tables.mentees![2]!.name = 7;
        d.tables.mentees![1]!.nickname = 'x';
      }),
      'tables.mentees[1].nickname: unknown column',
    ));

  it('a vault that already holds mentees', async () => {
    const other = await Vault.create(join(dir, 'full.mentorvault'), PASSPHRASE);
    try {
      fillDemoVault(other.db, { mentees: 1, seed: 2 });
      const before = dumpHash(other.db);
      expect(() => importJsonText(other.db, serializeExport(good))).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
      expect(dumpHash(other.db)).toBe(before);
    } finally {
      other.close();
    }
  });

  it('and the untouched file itself imports', () => {
    const result = importJsonText(target.db, serializeExport(good));
    expect(result.tables.mentees).toBe(3);
    expect(dumpHash(target.db)).not.toBe(untouched);
  });
});
