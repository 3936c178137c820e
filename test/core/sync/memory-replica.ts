import { randomBytes } from 'node:crypto';
import type { Replica, SyncMessage } from '../../../src/shared/sync/message';

/**
 * A stand-in for the vault in the transport's tests: it keeps cells (dataset, row, column) in
 * memory and merges by last writer wins on the timestamp, as the vault does per column. Its
 * timestamps have the hybrid clock's shape: ISO wall time, a counter, the device.
 */
export class MemoryReplica implements Replica {
  readonly deviceId: string;
  private readonly cells = new Map<string, { value: SyncMessage['value']; timestamp: string }>();
  private readonly seen = new Set<string>();
  private readonly log: SyncMessage[] = [];
  private sentUpTo = '';
  private last = 0;
  private counter = 0;
  /** Every local write, for checking that none was lost. */
  readonly written: SyncMessage[] = [];
  failNextMarkSent = false;

  constructor(
    private readonly clock: () => number = () => Date.now(),
    deviceId = randomBytes(16).toString('hex'),
  ) {
    this.deviceId = deviceId;
  }

  private stamp(): string {
    const wall = this.clock();
    if (wall > this.last) {
      this.last = wall;
      this.counter = 0;
    } else this.counter++;
    return `${new Date(this.last).toISOString()}-${this.counter.toString(16).padStart(4, '0')}-${this.deviceId.slice(0, 16)}`;
  }

  set(dataset: string, row: string, column: string, value: SyncMessage['value']): SyncMessage {
    const message = { timestamp: this.stamp(), dataset, row, column, value };
    this.log.push(message);
    this.written.push(message);
    this.merge(message);
    return message;
  }

  pending(): SyncMessage[] {
    return this.log.filter((m) => m.timestamp > this.sentUpTo);
  }

  markSent(upTo: string): void {
    if (this.failNextMarkSent) {
      this.failNextMarkSent = false;
      throw new Error('killed before the send was recorded');
    }
    if (upTo > this.sentUpTo) this.sentUpTo = upTo;
  }

  apply(messages: SyncMessage[]): { applied: number; revisions: number } {
    let applied = 0;
    let revisions = 0;
    for (const m of messages) {
      const outcome = this.merge(m);
      if (outcome === 'won') applied++;
      if (outcome !== 'seen' && typeof m.value === 'string') revisions += outcome === 'lost' ? 1 : 0;
      // The hybrid clock moves past what it has seen, so later local writes sort after.
      const wall = Date.parse(m.timestamp.slice(0, 24));
      if (wall > this.last) {
        this.last = wall;
        this.counter = 0;
      }
    }
    return { applied, revisions };
  }

  private merge(m: SyncMessage): 'seen' | 'won' | 'lost' {
    const key = `${m.dataset}\u0000${m.row}\u0000${m.column}`;
    if (this.seen.has(`${m.timestamp}\u0000${key}`)) return 'seen';
    this.seen.add(`${m.timestamp}\u0000${key}`);
    const current = this.cells.get(key);
    if (current && current.timestamp >= m.timestamp) return 'lost';
    this.cells.set(key, { value: m.value, timestamp: m.timestamp });
    return 'won';
  }

  get(dataset: string, row: string, column: string): SyncMessage['value'] | undefined {
    return this.cells.get(`${dataset}\u0000${row}\u0000${column}`)?.value;
  }

  /** Every current value with its time, in a fixed order: two replicas agree when these are equal. */
  state(): string {
    return JSON.stringify([...this.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Every current value as a message, for a snapshot. */
  current(): SyncMessage[] {
    return [...this.cells.entries()].map(([key, cell]) => {
      const [dataset, row, column] = key.split('\u0000') as [string, string, string];
      return { timestamp: cell.timestamp, dataset, row, column, value: cell.value };
    });
  }
}
