import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitMarked } from '../../../src/shared/notes/marks';
import type { SearchResults } from '../../../src/shared/search/schema';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/** Search across everything the mentor wrote, on a real vault through the real router. */
let h: Harness;
let ada: { id: number; aim: number };
let ben: { id: number; aim: number };
const today = new Date().toISOString().slice(0, 10);

async function mentee(name: string) {
  const m = await h.ok('mentees.create', { name, status: 'active', careerAims: [{ title: 'Become a staff engineer' }] });
  return { id: m.id, aim: m.careerAims[0]!.id };
}
async function goal(m: { id: number; aim: number }, title: string, statement = 'Speak at the guild') {
  return h.ok('goals.create', {
    menteeId: m.id,
    title,
    area: 'visibility',
    specific: { statement },
    measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 3 },
    attainable: { whyRealistic: 'Has material worth showing' },
    relevant: { careerAimId: m.aim },
    timeBound: { targetDate: '2099-01-01' },
  });
}
const search = (query: string, extra: Record<string, unknown> = {}) => h.ok('search.everything', { query, ...extra });
/** kind -> ids found, for exact comparisons. */
const found = (r: SearchResults) => Object.fromEntries(r.groups.map((g) => [g.kind, g.hits.map((x) => x.id).sort((a, b) => a - b)]));

beforeAll(async () => {
  h = await openHarness('everything');
  ada = await mentee('Ada Everything');
  ben = await mentee('Ben Everything');
});
afterAll(() => h.close());

describe('finds what was written, by prefix, grouped by kind', () => {
  let meetingId: number;
  let decisionId: number;
  let milestoneId: number;
  let goalId: number;
  let noteId: number;
  beforeAll(async () => {
    const meeting = await h.ok('meetings.create', { menteeId: ada.id, kind: 'focused-session', date: '2030-05-01', time: '08:00' });
    meetingId = meeting.id;
    await h.ok('meetings.saveDraft', { meetingId, field: 'notes', text: 'We did a dry rehearsal of the guild talk.' });
    decisionId = (await h.ok('decisions.create', { menteeId: ada.id, date: today, decision: 'One more rehearsal before the demo', rationale: 'Nerves' })).id;
    const g = await goal(ada, 'Present at the guild');
    goalId = g.id;
    milestoneId = (await h.ok('milestones.create', { goalId, title: 'Full rehearsal with the team', dueDate: today, indicator: { kind: 'deliverable', description: 'Recording' } })).id;
    noteId = (await h.ok('notes.create', { menteeId: ada.id, title: 'Imposter feelings', body: 'Talked about the imposter syndrome before promotions.', tags: ['wellbeing'] })).id;
  });

  it('"rehearsal" finds the meeting note, the decision and the milestone', async () => {
    expect(found(await search('rehearsal'))).toEqual({ meeting: [meetingId], decision: [decisionId], milestone: [milestoneId] });
  });

  it('a word as typed so far is a prefix: "impost" finds "imposter", "rehears" the same three records', async () => {
    expect(found(await search('impost'))).toEqual({ note: [noteId] });
    expect(found(await search('rehears'))).toEqual(found(await search('rehearsal')));
    expect(found(await search('re gu'))).toMatchObject({ meeting: [meetingId] });
  });

  it('groups come in a fixed order with counts, snippets and marked words', async () => {
    const r = await search('rehears');
    expect(r.groups.map((g) => [g.kind, g.total, g.more])).toEqual([
      ['meeting', 1, false],
      ['decision', 1, false],
      ['milestone', 1, false],
    ]);
    const meeting = r.groups[0]!.hits[0]!;
    expect(meeting).toMatchObject({ menteeId: ada.id, menteeName: 'Ada Everything', date: '2030-05-01', confidential: false });
    expect(splitMarked(meeting.snippet).filter((p) => p.marked).map((p) => p.text)).toEqual(['rehearsal']);
    const milestone = r.groups[2]!.hits[0]!;
    expect(milestone.parentId).toBe(goalId);
    expect(splitMarked(milestone.titleMarked).filter((p) => p.marked).map((p) => p.text)).toEqual(['rehearsal']);
  });

  it('marks the confidential kinds: private notes and escalation titles', async () => {
    const escalation = await h.ok('escalations.create', { menteeId: ada.id, category: 'wellbeing', severity: 'low', title: 'Imposter worries affecting sleep', summary: 'zanzibarite' });
    const r = await search('impost');
    expect(r.groups.map((g) => [g.kind, g.hits.map((x) => [x.id, x.confidential])])).toEqual([
      ['note', [[noteId, true]]],
      ['escalation', [[escalation.id, true]]],
    ]);
    expect(found(await search('rehearsal'))).not.toHaveProperty('escalation');
    // Only an escalation's title is indexed: its summary stays out.
    expect((await search('zanzibarite')).groups).toEqual([]);
  });

  it('narrows to one mentee, one kind, or the notes filters (tags, dates)', async () => {
    const bens = await goal(ben, 'Rehearsal habits');
    expect(found(await search('rehearsal', { menteeId: ben.id }))).toEqual({ goal: [bens.id] });
    expect(found(await search('rehearsal', { kind: 'goal' }))).toEqual({ goal: [bens.id] });
    expect(found(await search('impost', { tags: ['wellbeing'] }))).toEqual({ note: [noteId] });
    expect(found(await search('impost', { tags: ['career'] }))).toEqual({});
    expect(found(await search('impost', { dateFrom: '2000-01-01', dateTo: '2000-12-31' }))).toEqual({});
  });
});

describe('kept in step with every writer', () => {
  it('an update is re-indexed: the old words vanish, the new ones are found', async () => {
    const g = await goal(ada, 'Quasarine roadmap');
    expect(found(await search('quasar'))).toEqual({ goal: [g.id] });
    // Triggers cover every writer, even one outside the goals store.
    h.db.prepare("UPDATE goals SET title = 'Pulsarine roadmap' WHERE id = ?").run(g.id);
    expect(found(await search('quasar'))).toEqual({});
    expect(found(await search('pulsar'))).toEqual({ goal: [g.id] });
  });

  it('a meeting note saved as it is typed is found with its latest words only', async () => {
    const meeting = await h.ok('meetings.create', { menteeId: ben.id, kind: 'focused-session', date: '2030-06-01', time: '09:00' });
    await h.ok('meetings.saveDraft', { meetingId: meeting.id, field: 'notes', text: 'Glimmerite draft' });
    await h.ok('meetings.saveDraft', { meetingId: meeting.id, field: 'notes', text: 'Shimmerite final' });
    expect(found(await search('glimmer'))).toEqual({});
    expect(found(await search('shimmer'))).toEqual({ meeting: [meeting.id] });
  });

  it('deleted records vanish from the results, with what cascades from them', async () => {
    const g = await goal(ada, 'Vortexine goal', 'Vortexine statement');
    const m = await h.ok('milestones.create', { goalId: g.id, title: 'Vortexine milestone', dueDate: today, indicator: { kind: 'deliverable', description: 'x' } });
    const n = await h.ok('notes.create', { menteeId: ada.id, title: 'Vortexine note', body: '', tags: [] });
    expect(found(await search('vortex'))).toEqual({ note: [n.id], goal: [g.id], milestone: [m.id] });
    await h.ok('notes.delete', { id: n.id });
    await h.ok('goals.delete', { id: g.id, confirmTitle: 'Vortexine goal' } as never);
    expect(found(await search('vortex'))).toEqual({});
    const rows = h.db.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'vortexine'").pluck().get();
    expect(rows).toBe(0);
  });
});

describe('refusals', () => {
  it('refuses an empty query, an unknown kind and a bad date range, next to the field', async () => {
    expect((await h.fail('search.everything', { query: '  ' })).issues?.[0]).toMatchObject({ path: ['query'], message: 'Type something to search for' });
    expect((await h.fail('search.everything', { query: 'x', kind: 'diary' })).issues?.[0]).toMatchObject({ path: ['kind'], message: 'Choose a kind of record' });
    expect((await h.fail('search.everything', { query: 'x', dateFrom: '2020-02-01', dateTo: '2020-01-01' })).issues?.[0]?.path).toEqual(['dateTo']);
    expect((await h.fail('search.everything', { query: '-only' })).issues?.[0]?.path).toEqual(['query']);
  });

  it('takes hostile input as text', async () => {
    for (const q of ['"', 'NEAR(a b)', 'title:x', '{title}:x', ')(', 'a OR', '*', "'; DROP TABLE notes; --", 'facets : kgoal']) {
      const result = await h.call('search.everything', { query: q });
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
    // The hidden facet tokens are never matched by what the mentor types.
    expect((await search('kgoal')).groups).toEqual([]);
    expect((await search(`m${ada.id}`)).groups).toEqual([]);
  });
});
