import { writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import type { Stats } from './stats';

export interface ResultRow {
  name: string;
  iterations: number;
  encrypted: Stats;
  plain: Stats | null;
  /** Median encrypted / median plain. */
  ratio: number | null;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The one table `npm run bench` prints. */
export function formatTable(rows: ResultRow[]): string {
  const header = ['operation', 'n', 'vault median ms', 'vault p95 ms', 'plain median ms', 'plain p95 ms', 'ratio enc/plain'];
  const body = rows.map((r) => [
    r.name,
    String(r.iterations),
    ms(r.encrypted.median),
    ms(r.encrypted.p95),
    r.plain ? ms(r.plain.median) : '-',
    r.plain ? ms(r.plain.p95) : '-',
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function writeResults(path: string, rows: ResultRow[], context: Record<string, unknown>): void {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: `${platform()} ${release()}`, node: process.version };
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), machine, ...context, rows }, null, 2)}\n`);
}
