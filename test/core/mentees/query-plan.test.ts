import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { listMentees } from '../../../src/main/features/mentees/store';
import { listMenteesInput } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';

/**
 * The list query uses its index (as Signal Desktop's tests do): the plan is read for the
 * exact statements the store runs, captured from the connection, not copied here.
 */
let dir: string;
let vault: Vault;

beforeAll(async () => {
  dir = makeTempDir('query-plan');
  vault = await Vault.create(join(dir, 'plan.mentorvault'), PASSPHRASE);
  fillDemoVault(vault.db, { mentees: 300, seed: 5 });
  vault.db.exec('ANALYZE');
});

afterAll(() => {
  vault.close();
  removeTempDir(dir);
});

interface Captured {
  text: string;
  params: unknown[];
}

/** A view of the connection that records every statement run and its parameters. */
function capturing(db: Db): { db: Db; captured: Captured[] } {
  const captured: Captured[] = [];
  const proxy = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop !== 'prepare') return typeof value === 'function' ? value.bind(target) : value;
      return (text: string) => {
        const statement = target.prepare(text);
        const wrapped: object = new Proxy(statement, {
          get(s, p) {
            const member = Reflect.get(s, p, s) as unknown;
            if (typeof member !== 'function') return member;
            const call = member as (...a: unknown[]) => unknown;
            if (p === 'all' || p === 'get' || p === 'run' || p === 'iterate') {
              return (...params: unknown[]) => {
                captured.push({ text, params });
                return call.apply(s, params);
              };
            }
            // pluck(), raw() and the like return the statement itself: keep recording.
            return (...args: unknown[]) => {
              const result = call.apply(s, args);
              return result === s ? wrapped : result;
            };
          },
        });
        return wrapped;
      };
    },
  });
  return { db: proxy, captured };
}

function plan(db: Db, { text, params }: Captured): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(params as [])) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('mentees.list query plan', () => {
  it('the default sort (name, not archived) reads mentees_by_name in order, with no sort step', () => {
    const { db, captured } = capturing(vault.db);
    const page = listMentees(db, listMenteesInput.parse({ offset: 100, limit: 50 }));
    expect(page.rows).toHaveLength(50);
    const select = captured.find((c) => c.text.includes('LIMIT'));
    expect(select, 'the page query was not captured').toBeDefined();
    const detail = plan(vault.db, select!);
    expect(detail).toContain('mentees_by_name');
    expect(detail).not.toContain('USE TEMP B-TREE');
    expect(detail).not.toMatch(/SCAN mentees(?! USING)/);
  });

  it('the count for the same page uses the index too', () => {
    const { db, captured } = capturing(vault.db);
    listMentees(db, listMenteesInput.parse({}));
    const count = captured.find((c) => c.text.includes('count(*)'));
    expect(count).toBeDefined();
    expect(plan(vault.db, count!)).toContain('mentees_by_name');
  });
});
