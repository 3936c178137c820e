import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../src/renderer/components/chart-ticks';

describe('timeTicks', () => {
  it('spaces five ticks evenly from the earliest time to the latest, whatever the order', () => {
    expect(timeTicks([400, 0, 100, 250])).toEqual([0, 100, 200, 300, 400]);
  });

  it('gives one tick for a single time and none for no data', () => {
    expect(timeTicks([5, 5])).toEqual([5]);
    expect(timeTicks([])).toEqual([]);
  });

  it('rounds to whole milliseconds', () => {
    expect(timeTicks([0, 10], 4)).toEqual([0, 3, 7, 10]);
  });
});
