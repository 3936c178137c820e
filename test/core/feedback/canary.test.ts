import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../../src/main/features/documents/export';
import { localToday, plusDays } from '../../../src/shared/dates';
import { flatText } from '../documents/poppler';
import { openFeedbackVault, type FeedbackVault } from './harness';

const FONTS = resolve('resources/fonts');
/** Words that must never leave the mentor's own list of responses. */
const CANARY_NAME = 'Zebulon Canaryfield';
const CANARY_COMMENT = 'canary-comment-7f3a: stop hoarding the release keys';
const PEER_NAMES = ['Odile Peerson', 'Ravi Peerwala', 'Hild Peersdottir'];

let v: FeedbackVault;
let menteeId: number;
const today = localToday();

beforeAll(async () => {
  v = await openFeedbackVault('canary');
  menteeId = (await v.call('mentees.create', { name: 'Mei Chen', status: 'active' })).id;
  const scores = [4, 3, 5];
  for (const [i, name] of PEER_NAMES.entries()) {
    await v.call('feedback.add', {
      menteeId,
      relationship: 'peer',
      raterName: name,
      receivedOn: plusDays(today, -5 - i),
      ratings: [{ competency: 'Collaboration', score: scores[i]! }],
      strengths: `Peer strength ${i + 1}`,
    });
  }
  // The lone manager: named, with a comment only they would write.
  await v.call('feedback.add', {
    menteeId,
    relationship: 'manager',
    raterName: CANARY_NAME,
    receivedOn: plusDays(today, -2),
    ratings: [{ competency: 'Collaboration', score: 1 }],
    change: CANARY_COMMENT,
  });
});
afterAll(() => v.close());

describe('a rater is never attributed', () => {
  it('the combined view has the words but no name, and nothing that ties them to a relationship', async () => {
    const summary = await v.call('feedback.summary', { menteeId });
    const text = JSON.stringify(summary);
    for (const name of [CANARY_NAME, ...PEER_NAMES]) expect(text).not.toContain(name);
    expect(summary.comments.change).toEqual([CANARY_COMMENT]);
    expect(text).not.toMatch(/manager/);
    // The lone manager's score is not a figure anywhere: only the three peers' are.
    expect(summary.competencies[0]!.groups).toEqual([expect.objectContaining({ group: 'peer', count: 3, mean: 4 })]);
  });

  it('the evidence rows and the dashboard carry neither the name nor the words', async () => {
    const text = JSON.stringify([await v.call('evidence.list', { menteeId }), await v.call('dashboard.mentee', { menteeId })]);
    expect(text).not.toContain(CANARY_NAME);
    expect(text).not.toContain('canary-comment-7f3a');
    for (const name of PEER_NAMES) expect(text).not.toContain(name);
  });

  it('the progress report shows the peers in aggregate only: no name, no comment, no lone manager', async () => {
    const made = await makeReportPdf(v.db, { menteeId, from: plusDays(today, -90), to: today }, { fontsDir: FONTS, today });
    const text = flatText(made.bytes);
    expect(text).toContain('360 feedback');
    expect(text).toContain('4 responses received');
    expect(text).toMatch(/Peers/);
    expect(text).toContain('4.0 ± 0.8 (3)');
    expect(text).not.toContain('Managers');
    expect(text).not.toContain('canary-comment-7f3a');
    expect(text).not.toContain('Canaryfield');
    for (const name of PEER_NAMES) expect(text).not.toContain(name.split(' ')[1]!);
    expect(text).not.toContain('Peer strength');

    // No dated row per response: "360 result" on one day would say when the lone manager answered.
    expect(text).not.toContain('360 feedback received');
    expect(text).not.toContain('Peer feedback received');
    expect(text).toContain('4 returned 360 and peer feedback responses count as evidence in this period');

    const dir = mkdtempSync(join(tmpdir(), 'mv-feedback-pdf-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), made.bytes);
      const raw = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(raw).not.toContain('Canaryfield');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a period with fewer than three responses lists none and says why', async () => {
    const made = await makeReportPdf(v.db, { menteeId, from: plusDays(today, -3), to: today }, { fontsDir: FONTS, today });
    const text = flatText(made.bytes);
    expect(text).not.toContain('360 feedback received');
    expect(text).toContain('fewer than 3 responses could tell who answered');
  });
});
