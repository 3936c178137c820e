import type { SyncMessage } from '../../../src/shared/sync/message';

/** Change number i of the sync kill test: the same i always gives the same change. */
const BASE = Date.parse('2026-01-01T00:00:00.000Z');

export function changeAt(i: number): SyncMessage {
  return {
    timestamp: `${new Date(BASE + i).toISOString()}-0000-${'0'.repeat(16)}`,
    dataset: 'notes',
    row: `row-${i % 97}`,
    column: 'body',
    value: `change ${i} ${'x'.repeat(2000)}`,
  };
}

export function indexOf(timestamp: string): number {
  return Date.parse(timestamp.slice(0, 24)) - BASE;
}
