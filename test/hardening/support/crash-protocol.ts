import { createHash } from 'node:crypto';

/** What the crash child writes and how it says so; shared by the child and the parent. */
export const CRASH_PREFIX = 'crash-';
/** Notes per bulk insert, all in one transaction. */
export const BULK_SIZE = 40;

export const STEPS = {
  'note.create': 18,
  'note.update': 12,
  'note.delete': 4,
  'note.bulk': 5,
  'goal.create': 8,
  'goal.status': 8,
  'goal.reading': 6,
  'escalation.create': 4,
  'escalation.entry': 16,
  rekey: 4,
  backup: 4,
} as const;
export type Step = keyof typeof STEPS;

const TOTAL = Object.values(STEPS).reduce((a, b) => a + b, 0);

export function pickStep(random: () => number): Step {
  let n = random() * TOTAL;
  for (const [step, weight] of Object.entries(STEPS) as [Step, number][]) {
    n -= weight;
    if (n < 0) return step;
  }
  return 'note.create';
}

/** A body of about `paragraphs` × 120 bytes that names its note. */
export function noteBody(title: string, paragraphs: number): string {
  const line = `Paragraph for ${title}: the mentee practised the drill and wrote down what changed. `;
  return Array.from({ length: paragraphs }, (_v, i) => `${i + 1}. ${line}`).join('\n\n');
}

export function noteDigest(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n${body}`).digest('hex').slice(0, 16);
}
