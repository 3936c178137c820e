/**
 * Evenly spaced times (five by default) from the first to the last. Given its own ticks and
 * `interval={0}`, Recharts draws them as they are; left to choose, it measured label
 * after label in the DOM to avoid overlaps, most of a goal chart's drawing time.
 */
export function timeTicks(times: readonly number[], count = 5): number[] {
  if (times.length === 0) return [];
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (last === first) return [first];
  return Array.from({ length: count }, (_, i) => Math.round(first + ((last - first) * i) / (count - 1)));
}
