/** A small seeded generator (mulberry32) so demo vaults are reproducible for benchmarks. */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  some<T>(items: readonly T[], min: number, max: number): T[] {
    const copy = [...items];
    const count = Math.min(copy.length, this.int(min, max));
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A calendar date `daysFromToday` away (negative = past), as YYYY-MM-DD. */
  date(daysFromToday: number, today = new Date()): string {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + daysFromToday));
    return d.toISOString().slice(0, 10);
  }
}
