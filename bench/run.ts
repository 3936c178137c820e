/**
 * `npm run bench`: the vault against a plain SQLite twin (same schema, same statements,
 * same rows, same run), one table of median / p95 / ratio (vault over plain twin, or with sync
 * over without where a row says so), and bench/results.json
 * (git-ignored) for comparing runs. Every file in bench/cases/ adds rows: export
 * `cases: BenchCase[]`. Never part of the test command.
 *
 *   node --import tsx bench/run.ts [--only 'TEXT|TEXT'] [--mentees N] [--notes N] [--meetings N] [--goals N] [--keep]
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { rowCounts } from '../src/main/vault/info';
import { buildEnv } from './lib/env';
import { formatTable, writeResults, type ResultRow } from './lib/report';
import { stats } from './lib/stats';
import type { BenchCase, BenchEnv, Target } from './lib/types';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    // A mentor's lifetime (issue: performance): 100 mentees, 100k notes, 20k meetings, 5k goals.
    mentees: { type: 'string', default: '100' },
    notes: { type: 'string', default: '100000' },
    meetings: { type: 'string', default: '20000' },
    goals: { type: 'string', default: '5000' },
    keep: { type: 'boolean', default: false },
  },
});

async function loadCases(): Promise<BenchCase[]> {
  const folder = join(here, 'cases');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(folder, file)).href)) as { cases?: BenchCase[] };
    if (!module.cases) throw new Error(`bench/cases/${file} exports no \`cases\``);
    cases.push(...module.cases);
  }
  // --only 'PDF|backup': rows whose name holds any of the parts.
  const parts = values.only?.split('|').filter(Boolean);
  return parts ? cases.filter((c) => parts.some((part) => c.name.includes(part))) : cases;
}

async function timed(fn: () => void | number | Promise<void | number>): Promise<number> {
  const start = performance.now();
  const measured = await fn();
  const elapsed = performance.now() - start;
  return typeof measured === 'number' ? measured : elapsed;
}

async function runCase(env: BenchEnv, c: BenchCase, earlier: ResultRow[]): Promise<ResultRow> {
  const targets: Target[] = c.twin ? [env.encrypted, env.plain] : [env.encrypted];
  for (const t of targets) await c.setup?.(env, t);
  const samples = new Map<Target, number[]>(targets.map((t) => [t, []]));
  const warmup = c.warmup ?? 1;
  for (let i = 0; i < warmup + c.iterations; i++) {
    // Alternate which side goes first, so drift (caches, CPU clock) hits both alike.
    const order = i % 2 ? [...targets].reverse() : targets;
    for (const t of order) {
      const ms = await timed(() => c.run(env, t, i));
      if (i >= warmup) samples.get(t)!.push(ms);
      await c.reset?.(env, t, i);
    }
  }
  await c.teardown?.(env);
  const encrypted = stats(samples.get(env.encrypted)!);
  const plain = c.twin ? stats(samples.get(env.plain)!) : null;
  const against = c.ratioTo === undefined ? null : earlier.find((r) => r.name === c.ratioTo);
  return {
    name: c.name,
    iterations: c.iterations,
    unit: c.unit ?? 'ms',
    target: c.target ?? '',
    encrypted,
    plain,
    ratio: plain ? encrypted.median / plain.median : against ? encrypted.median / against.encrypted.median : null,
  };
}

async function main(): Promise<void> {
  const cases = await loadCases();
  const dir = resolve(here, '.vaults', `run-${Date.now()}`);
  const demo = { mentees: Number(values.mentees), notes: Number(values.notes), meetings: Number(values.meetings), goals: Number(values.goals), seed: 1 };
  process.stderr.write(
    `building the vault and its plain twin (${demo.mentees} mentees, ${demo.notes} notes, ${demo.meetings} meetings, ${demo.goals} goals)...\n`,
  );
  const built = performance.now();
  const { env, vault } = await buildEnv(dir, demo);
  process.stderr.write(`  built in ${((performance.now() - built) / 1000).toFixed(0)} s\n`);
  const rows: ResultRow[] = [];
  try {
    for (const c of cases) {
      process.stderr.write(`  ${c.name}...\n`);
      rows.push(await runCase(env, c, rows));
    }
    const context = {
      vault: { sizeBytes: statSync(env.encrypted.path).size, counts: rowCounts(env.encrypted.db) },
      plainSizeBytes: statSync(env.plain.path).size,
    };
    console.log(formatTable(rows));
    console.log(`\nvault ${(context.vault.sizeBytes / 1e6).toFixed(1)} MB, plain twin ${(context.plainSizeBytes / 1e6).toFixed(1)} MB; ${new Date().toISOString()}`);
    writeResults(join(here, 'results.json'), rows, context);
  } finally {
    vault.close();
    env.plain.db.close();
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
