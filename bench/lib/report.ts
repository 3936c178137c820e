import { writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import type { Stats } from './stats';

export interface ResultRow {
  name: string;
  iterations: number;
  unit: string;
  /** The row's performance target, if it has one. */
  target: string;
  encrypted: Stats;
  plain: Stats | null;
  /** Median encrypted / median plain, or over the median of the row it is compared with. */
  ratio: number | null;
}

const num = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The one table `npm run bench` prints. */
export function formatTable(rows: ResultRow[]): string {
  const header = ['operation', 'n', 'unit', 'vault median', 'vault p95', 'plain median', 'plain p95', 'ratio', 'target'];
  const body = rows.map((r) => [
    r.name,
    String(r.iterations),
    r.unit,
    num(r.encrypted.median),
    num(r.encrypted.p95),
    r.plain ? num(r.plain.median) : '-',
    r.plain ? num(r.plain.p95) : '-',
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`,
    r.target || '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const left = new Set([0, 2, 8]);
  const line = (cells: string[]) => cells.map((c, i) => (left.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function writeResults(path: string, rows: ResultRow[], context: Record<string, unknown>): void {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: `${platform()} ${release()}`, node: process.version };
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), machine, ...context, rows }, null, 2)}\n`);
}
