import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { dataTables } from '../../../src/main/features/data-export/schema-graph';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { Vault } from '../../../src/main/vault/vault';
import type { JsonExportDocument } from '../../../src/shared/data-export/document';
import { listDir, makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { cli, dumpTable, testApp, type TestApp } from '../backup/harness';

let dir: string;
let app: TestApp;

beforeAll(async () => {
  dir = makeTempDir('json-bridge');
  app = testApp(dir);
  await app.session.create(PASSPHRASE, 'default');
  fillDemoVault(app.session.db, { mentees: 3, seed: 17 });
});

afterAll(() => {
  app.session.lock('quit');
  removeTempDir(dir);
});

describe('dataExport over the bridge', () => {
  it('refuses an export without the acknowledgement that the file is not encrypted, naming the field', async () => {
    const before = listDir(dir);
    for (const input of [{ scope: { kind: 'all' } }, { scope: { kind: 'all' }, acknowledgeUnencrypted: false }, { scope: { kind: 'all' }, acknowledgeUnencrypted: 'yes' }]) {
      expect(await app.fail('dataExport.json', input)).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['acknowledgeUnencrypted'] }] });
    }
    expect(await app.fail('dataExport.json', { scope: { kind: 'mentee' }, acknowledgeUnencrypted: true })).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['scope', 'menteeId'] }],
    });
    expect(await app.fail('dataExport.json', { scope: { kind: 'all' }, acknowledgeUnencrypted: true, path: '/tmp/x.json' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await app.fail('dataExport.json', { scope: { kind: 'mentee', menteeId: 999 }, acknowledgeUnencrypted: true })).toMatchObject({ code: 'NOT_FOUND' });
    expect(listDir(dir)).toEqual(before);
  });

  it('writes the chosen scope where the save dialog says, readable by the owner only, confidential tables left out by default', async () => {
    const path = join(dir, 'export.json');
    app.platform.nextSavePath = path;
    const result = await app.call('dataExport.json', { scope: { kind: 'all' }, acknowledgeUnencrypted: true });
    expect(result).toMatchObject({ path, includesConfidential: false });
    expect(result!.tables.mentees).toBe(3);
    expect(result!.tables.notes).toBeUndefined();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as JsonExportDocument;
    expect(doc).toMatchObject({ format: 'mentor-vault-export', formatVersion: 1, encrypted: false, includesConfidential: false });

    app.platform.cancelNextDialog = true;
    expect(await app.call('dataExport.json', { scope: { kind: 'all' }, acknowledgeUnencrypted: true, includeConfidential: true })).toBeNull();
  });

  it('imports only into a vault without mentees', async () => {
    app.platform.nextOpenPath = join(dir, 'export.json');
    expect(await app.fail('dataExport.importJson', {})).toMatchObject({ code: 'CONFLICT' });
  });

  it('imports a chosen file into an empty vault', async () => {
    const other = testApp(dir);
    other.session.rememberChosenPath(join(dir, 'empty.mentorvault'));
    await other.session.create(PASSPHRASE, 'chosen');
    try {
      expect(await other.call('dataExport.importJson', {})).toBeNull(); // no file chosen
      other.platform.nextOpenPath = join(dir, 'export.json');
      const result = await other.call('dataExport.importJson', {});
      expect(result!.tables.mentees).toBe(3);
      expect(dumpTable(other.session.db, 'mentees')).toBe(dumpTable(app.session.db, 'mentees'));
    } finally {
      other.session.lock('quit');
    }
  });
});

describe('mentor-vault export json / import json', () => {
  let vault: { path: string; key: KeyMaterial };
  const env = { MENTOR_VAULT_PASSPHRASE: PASSPHRASE };

  beforeAll(async () => {
    vault = await createTestVault(join(dir, 'cli.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 4, seed: 19 }) });
  });

  it('exports everything with a warning on stderr, and imports it into a new vault that it creates', async () => {
    const out = join(dir, 'cli-all.json');
    const exported = await cli(['export', 'json', vault.path, '--out', out, '--include-confidential'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain('NOT encrypted');
    expect(exported.stderr).toContain('private notes and escalation records');
    expect(exported.stdout).toMatch(/^wrote .*cli-all\.json: \d+ rows from \d+ tables/);

    const created = join(dir, 'from-json.mentorvault');
    const imported = await cli(['import', 'json', created, out], env);
    expect(imported.code, imported.stderr).toBe(0);
    const a = openWithKey(vault.path, vault.key);
    const b = await Vault.unlock(created, PASSPHRASE);
    try {
      for (const table of dataTables(a.db)) {
        const filter = table.name === 'settings' ? (row: unknown[]) => !String(row[0]).startsWith('backup.') : undefined;
        expect(dumpTable(b.db, table.name, filter), table.name).toBe(dumpTable(a.db, table.name, filter));
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it('exports one mentee by name; refuses an unknown name and a missing --out', async () => {
    const reader = openWithKey(vault.path, vault.key);
    const name = reader.db.prepare('SELECT name FROM mentees ORDER BY id LIMIT 1').pluck().get() as string;
    reader.close();
    const out = join(dir, 'cli-one.json');
    const one = await cli(['export', 'json', vault.path, '--mentee', name.toUpperCase(), '--out', out], env);
    expect(one.code, one.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as JsonExportDocument;
    expect(doc.tables.mentees!.map((m) => m.name)).toEqual([name]);
    expect(doc.tables.notes).toBeUndefined();

    expect(await cli(['export', 'json', vault.path, '--mentee', 'Nobody At All', '--out', join(dir, 'x.json')], env)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('error: NOT_FOUND: '),
    });
    expect((await cli(['export', 'json', vault.path], env)).code).toBe(2);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('refuses bad JSON naming the problem, and leaves no new vault behind', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'mentor-vault-export', formatVersion: 1, schemaVersion: 1, exportedAt: 'x', scope: { kind: 'all' }, includesConfidential: false, tables: { gizmos: [] } }));
    const target = join(dir, 'never.mentorvault');
    const result = await cli(['import', 'json', target, bad], env);
    expect(result).toMatchObject({ code: 1, stderr: 'error: INVALID_INPUT: tables.gizmos: unknown table; nothing was imported.\n' });
    expect(existsSync(target)).toBe(false);
  });
});
