import { applyKey, configure } from '../../src/main/vault/connection';
import { deriveKey, KeyMaterial } from '../../src/main/vault/kdf';
import { migrate } from '../../src/main/vault/migrate';
import { statSync } from 'node:fs';
import { openPlainSqlite, openSqlite } from '../../src/main/vault/sqlite';
import { INLINE_PAGE_CHECK_MAX_BYTES } from '../../src/main/vault/page-check';
import { Vault } from '../../src/main/vault/vault';
import { listMentees } from '../../src/main/features/mentees/store';
import { listMenteesInput } from '../../src/shared/mentees/schema';
import type { BenchCase } from '../lib/types';

/**
 * Unlock split in two: the KDF (deliberately slow, vault only) and everything else
 * (open, key check, page check, migrations check, first list page), against opening
 * the plain twin and reading the same page. Runs last, on the vault the other cases grew.
 */
const firstPage = listMenteesInput.parse({});

export const cases: BenchCase[] = [
  {
    name: 'unlock: KDF (scrypt)',
    iterations: 5,
    twin: false,
    target: '300-1000 ms, on its own',
    async run(env) {
      const key = await deriveKey(env.passphrase, env.key.salt, env.key.kdf);
      key.fill(0);
    },
  },
  {
    name: 'unlock: everything but the KDF (+ first list page)',
    iterations: 15,
    twin: true,
    target: '<= 100 ms',
    run(env, t) {
      if (t.kind === 'encrypted') {
        const vault = Vault.openWithKey(t.path, new KeyMaterial(Buffer.from(env.key.key), Buffer.from(env.key.salt), env.key.kdf));
        listMentees(vault.db, firstPage);
        vault.close();
      } else {
        // The same statements as the vault's open path, less the key.
        const db = openPlainSqlite(t.path);
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        db.pragma('application_id');
        // The vault checks pages inline only up to this size (larger: in a worker after unlock).
        if (statSync(t.path).size <= INLINE_PAGE_CHECK_MAX_BYTES) db.pragma('quick_check(1)');
        configure(db);
        migrate(db, { backupPath: undefined });
        listMentees(db, firstPage);
        db.close();
      }
    },
  },
  {
    // The part of the line above that grows with the vault: every page read and checked.
    name: 'page check of every page (quick_check; in a worker after unlock above 32 MB)',
    iterations: 15,
    twin: true,
    run(env, t) {
      const db = t.kind === 'encrypted' ? openSqlite(t.path) : openPlainSqlite(t.path);
      if (t.kind === 'encrypted') applyKey(db, env.key);
      const result = db.pragma('quick_check(1)', { simple: true });
      db.close();
      if (result !== 'ok') throw new Error(`quick_check: ${String(result)}`);
    },
  },
];
