import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/**
 * The search index lives inside the encrypted vault: after writing records whose words
 * are indexed, neither the vault file nor anything beside it holds those words in the
 * clear, and without the key the file cannot be read at all.
 */
let h: Harness;
const run = randomBytes(4).toString('hex');
// Lower-case, as the tokenizer stores them, and unique to this run.
const words = {
  meeting: `quixmeet${run}`,
  decision: `quixdeci${run}`,
  goal: `quixgoal${run}`,
  milestone: `quixmile${run}`,
  escalation: `quixesca${run}`,
};

beforeAll(async () => {
  h = await openHarness('index-encrypted');
  const m = await h.ok('mentees.create', { name: 'Canary Search', status: 'active', careerAims: [{ title: 'Grow' }] });
  const meeting = await h.ok('meetings.create', { menteeId: m.id, kind: 'focused-session', date: '2030-05-01', time: '08:00' });
  await h.ok('meetings.saveDraft', { meetingId: meeting.id, field: 'notes', text: `Spoke about ${words.meeting} at length.` });
  await h.ok('decisions.create', { menteeId: m.id, date: '2030-05-01', decision: `Adopt ${words.decision}`, rationale: 'Because' });
  const goal = await h.ok('goals.create', {
    menteeId: m.id,
    title: `Goal ${words.goal}`,
    area: 'visibility',
    specific: { statement: 'Speak at the guild' },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 3 },
    attainable: { whyRealistic: 'Has material' },
    relevant: { careerAimId: m.careerAims[0]!.id },
    timeBound: { targetDate: '2099-01-01' },
  });
  await h.ok('milestones.create', { goalId: goal.id, title: `Milestone ${words.milestone}`, dueDate: '2030-06-01', indicator: { kind: 'deliverable', description: 'x' } });
  await h.ok('escalations.create', { menteeId: m.id, category: 'wellbeing', severity: 'low', title: `Concern ${words.escalation}` });
});
afterAll(() => h.close());

describe('the search index is encrypted with the vault', () => {
  it('finds every word through the vault, by prefix', async () => {
    for (const [kind, word] of Object.entries(words)) {
      const result = await h.ok('search.everything', { query: word.slice(0, 10) });
      expect(result.groups.map((g) => g.kind), word).toContain(kind);
    }
  });

  it('keeps no indexed word in the clear in the vault file or beside it, and temp data in memory', async () => {
    expect(h.db.pragma('temp_store', { simple: true })).toBe(2);
    h.session.lock('user');
    const folder = dirname(h.path);
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(`${folder}/${file}`);
      for (const word of Object.values(words)) {
        expect(bytes.includes(Buffer.from(word, 'utf8')), `${word} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(word, 'utf16le')), `${word} (UTF-16) in ${file}`).toBe(false);
      }
    }
    // Without the key the file is not a database: neither the index nor its schema can be read.
    const plain = new Database(h.path, { readonly: true, fileMustExist: true });
    expect(() => plain.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'quix*'").get()).toThrow(/not a database/);
    plain.close();
  });
});
