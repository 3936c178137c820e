import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/vault/statements';
import type { Vault } from '../../../src/main/vault/vault';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey } from '../../helpers/vault';

let root: string;
let vault: Vault;

beforeAll(async () => {
  root = makeTempDir('statements');
  const created = await createTestVault(join(root, 'v.mentorvault'));
  vault = openWithKey(created.path, created.key);
});

afterAll(() => {
  vault?.close();
  removeTempDir(root);
});

describe('shared prepared statements', () => {
  it('are prepared once per connection and text', () => {
    expect(sql(vault.db, 'SELECT 1 AS one')).toBe(sql(vault.db, 'SELECT 1 AS one'));
  });

  it('come back plain after another caller switched them to pluck, raw or expand', () => {
    // The backup schedule read "off" after the charter screen's settings read plucked the same statement.
    const text = "SELECT 7 AS n, 'x' AS s";
    expect(sql(vault.db, text).pluck().get()).toBe(7);
    expect(sql(vault.db, text).get()).toEqual({ n: 7, s: 'x' });
    expect(sql(vault.db, text).raw().get()).toEqual([7, 'x']);
    expect(sql(vault.db, text).get()).toEqual({ n: 7, s: 'x' });
    sql(vault.db, text).expand();
    expect(sql(vault.db, text).get()).toEqual({ n: 7, s: 'x' });
  });

  it('leave writing statements alone (they have no row modes)', () => {
    vault.db.exec('CREATE TEMP TABLE t (v INTEGER)');
    expect(() => sql(vault.db, 'INSERT INTO t (v) VALUES (?)').run(1)).not.toThrow();
    expect(() => sql(vault.db, 'INSERT INTO t (v) VALUES (?)').run(2)).not.toThrow();
    expect(sql(vault.db, 'SELECT count(*) FROM t').pluck().get()).toBe(2);
  });
});
