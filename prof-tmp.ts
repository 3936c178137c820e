import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { startSync, syncNow } from './src/main/features/sync/service';
import { Vault } from './src/main/vault/vault';
const P = 'lantern orchard quietly 42 rivers';
const dir = '/tmp/s20/prof';
rmSync(`${dir}/folder`, { recursive: true, force: true });
for (const f of ['laptop', 'desktop']) rmSync(`${dir}/${f}.mentorvault`, { force: true });
mkdirSync(`${dir}/folder`);
copyFileSync(`${dir}/base.mentorvault`, `${dir}/laptop.mentorvault`);
const laptop = await Vault.unlock(`${dir}/laptop.mentorvault`, P);
let t = Date.now();
await startSync(laptop.db, `${dir}/folder`, P);
console.log('first send', Date.now() - t);
const desktop = await Vault.create(`${dir}/desktop.mentorvault`, P);
t = Date.now();
await startSync(desktop.db, `${dir}/folder`, P);
console.log('join', Date.now() - t);
// per-statement timing on the desktop
const times = new Map<string, { ms: number; n: number }>();
function instrument(db: any) {
  const prep = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    const st = prep(sql);
    for (const m of ['run', 'get', 'all', 'iterate']) {
      const orig = st[m].bind(st);
      st[m] = (...a: unknown[]) => { const s = performance.now(); try { return orig(...a); } finally { const e = times.get(sql) ?? { ms: 0, n: 0 }; e.ms += performance.now() - s; e.n++; times.set(sql, e); } };
    }
    const pl = st.pluck?.bind(st); if (pl) st.pluck = (...a: unknown[]) => { pl(...a); return st; };
    return st;
  };
}
for (let round = 0; round < 2; round++) {
  const ids = laptop.db.prepare('SELECT id FROM notes ORDER BY id LIMIT 1000 OFFSET ?').pluck().all(round * 1000) as number[];
  const up = laptop.db.prepare("UPDATE notes SET body = body || ' (revisited)', updated_at = ? WHERE id = ?");
  laptop.db.transaction(() => { for (const id of ids) up.run(new Date().toISOString(), id); })();
  if (round === 1) { instrument(laptop.db); instrument(desktop.db); }
  t = Date.now(); const s = syncNow(laptop.db); const ts = Date.now() - t;
  t = Date.now(); const r = syncNow(desktop.db); const tr = Date.now() - t;
  console.log('round', round, 'send', ts, s.sent, 'apply', tr, r.applied);
}
const top = [...times.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
for (const [sql, v] of top) console.log(v.ms.toFixed(0).padStart(7), String(v.n).padStart(7), sql.replace(/\s+/g, ' ').slice(0, 150));
laptop.close(); desktop.close();
