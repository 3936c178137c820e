import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY } from '../../../src/shared/charter/defaults';
import type { Charter, CharterBody } from '../../../src/shared/charter/schema';
import { localToday, plusDays } from '../../../src/shared/dates';
import { addMentee, openPlanVault, type PlanVault } from '../../helpers/plan-vault';

let v: PlanVault;
const today = localToday();

beforeAll(async () => {
  v = await openPlanVault('charter');
});
afterAll(() => v.close());

async function started(name: string): Promise<{ menteeId: number; charter: Charter }> {
  const { id } = await addMentee(v, name);
  return { menteeId: id, charter: await v.call('charter.create', { menteeId: id }) };
}

function withBody(charter: Charter, change: (b: CharterBody) => void): CharterBody {
  const body = structuredClone(charter.current.body);
  change(body);
  return body;
}

describe('the mentor profile', () => {
  it('starts empty, keeps a name and title in the vault, and refuses an empty name', async () => {
    expect(await v.call('mentor.get', {})).toEqual({ name: '', title: '' });
    expect((await v.fail('mentor.update', { name: ' ' })).issues?.[0]?.path).toEqual(['name']);
    expect(await v.call('mentor.update', { name: 'Jordan Avery', title: 'Director' })).toEqual({ name: 'Jordan Avery', title: 'Director' });
    expect(await v.call('mentor.get', {})).toEqual({ name: 'Jordan Avery', title: 'Director' });
  });
});

describe('a new charter', () => {
  it('starts as draft version 1 from the template, with the default glossary', async () => {
    const { menteeId, charter } = await started('Dmitri Volkov');
    expect(charter.versions).toHaveLength(1);
    expect(charter.current).toMatchObject({ version: 1, status: 'draft', reason: '', agreedOn: null, pilotReviewDate: null });
    expect(charter.current.body).toEqual(await v.call('charter.defaults', {}));
    expect(charter.current.body.glossary.map((g) => g.term)).toEqual(DEFAULT_GLOSSARY.map((g) => g.term));
    for (const term of ['Milestone', 'Productive critique', 'Touchpoint', 'Review', 'SMART goal', 'Escalation']) {
      expect(charter.current.body.glossary.some((g) => g.term === term)).toBe(true);
    }
    expect(charter.pilot).toMatchObject({ state: 'not-planned', weeks: 6, reviewDate: null });
    expect((await v.fail('charter.create', { menteeId })).code).toBe('CONFLICT');
  });

  it('returns null before a charter exists, NOT_FOUND for an unknown mentee', async () => {
    const { id } = await addMentee(v, 'No Charter Yet');
    expect(await v.call('charter.get', { menteeId: id })).toBeNull();
    expect((await v.fail('charter.get', { menteeId: 999_999 })).code).toBe('NOT_FOUND');
  });
});

describe('the pilot', () => {
  it('refuses 5 and 9 weeks with a message naming the field; 6, 7 and 8 are fine', async () => {
    const { charter } = await started('Elif Yilmaz');
    for (const weeks of [5, 9, 6.5]) {
      const error = await v.fail('charter.update', { versionId: charter.current.id, body: withBody(charter, (b) => (b.pilot.weeks = weeks)) });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues?.[0]?.path).toEqual(['body', 'pilot', 'weeks']);
      expect(error.message).toMatch(/^body\.pilot\.weeks: Pilot length must be/);
    }
    for (const weeks of [6, 7, 8]) {
      const updated = await v.call('charter.update', {
        versionId: charter.current.id,
        body: withBody(charter, (b) => (b.pilot = { startDate: '2030-01-07', weeks })),
      });
      expect(updated.current.body.pilot.weeks).toBe(weeks);
      expect(updated.current.pilotReviewDate).toBe(plusDays('2030-01-07', weeks * 7));
    }
  });

  it('defaults to 6 weeks; the first review moves with the start date and the length', async () => {
    const { charter } = await started('Farah Haddad');
    const body = withBody(charter, (b) => (b.pilot = { startDate: '2030-03-02' } as CharterBody['pilot']));
    let c = await v.call('charter.update', { versionId: charter.current.id, body });
    expect(c.current.body.pilot.weeks).toBe(6);
    expect(c.pilot.reviewDate).toBe('2030-04-13');
    c = await v.call('charter.update', { versionId: charter.current.id, body: withBody(c, (b) => (b.pilot.startDate = '2030-03-09')) });
    expect(c.pilot.reviewDate).toBe('2030-04-20');
    c = await v.call('charter.update', { versionId: charter.current.id, body: withBody(c, (b) => (b.pilot.weeks = 8)) });
    expect(c.pilot.reviewDate).toBe('2030-05-04');
    expect(c.pilot).toMatchObject({ state: 'not-started', startDate: '2030-03-09', fromVersion: 1 });
  });

  it('states: in pilot with days left, review due, done', async () => {
    const { menteeId, charter } = await started('Gideon Brennan');
    let c = await v.call('charter.update', {
      versionId: charter.current.id,
      body: withBody(charter, (b) => (b.pilot = { startDate: plusDays(today, -10), weeks: 6 })),
    });
    expect(c.pilot).toMatchObject({ state: 'in-pilot', daysToReview: 32 });
    c = await v.call('charter.update', { versionId: charter.current.id, body: withBody(c, (b) => (b.pilot.startDate = plusDays(today, -50))) });
    expect(c.pilot).toMatchObject({ state: 'review-due', daysToReview: -8 });
    c = await v.call('charter.setPilotReviewed', { menteeId, reviewedOn: today });
    expect(c.pilot).toMatchObject({ state: 'done', reviewedOn: today });
  });
});

describe('versions', () => {
  it('draft edit, agree freezes, edit agreed refused, new version needs a reason, old versions readable', async () => {
    const { menteeId, charter } = await started('Hana Sato');
    // Agreeing needs a purpose and a pilot start.
    expect((await v.fail('charter.agree', { versionId: charter.current.id, agreedOn: today })).issues?.[0]?.path).toEqual(['purpose']);
    const body = withBody(charter, (b) => {
      b.purpose = 'Grow into a tech lead role.';
      b.pilot.startDate = plusDays(today, -3);
    });
    let c = await v.call('charter.update', { versionId: charter.current.id, body });
    expect(c.current.body.purpose).toBe('Grow into a tech lead role.');
    expect((await v.fail('charter.agree', { versionId: c.current.id, agreedOn: plusDays(today, 1) })).issues?.[0]?.path).toEqual(['agreedOn']);

    c = await v.call('charter.agree', { versionId: c.current.id, agreedOn: today });
    expect(c.current).toMatchObject({ status: 'agreed', agreedOn: today, agreedByMentor: 'Jordan Avery', agreedByMentee: 'Hana Sato' });
    const v1 = c.current.id;

    const frozen = await v.fail('charter.update', { versionId: v1, body: withBody(c, (b) => (b.purpose = 'Changed')) });
    expect(frozen.code).toBe('CONFLICT');
    expect((await v.fail('charter.agree', { versionId: v1, agreedOn: today })).code).toBe('CONFLICT');
    expect((await v.fail('charter.discardDraft', { versionId: v1 })).code).toBe('CONFLICT');
    expect(() => v.db.prepare("UPDATE charter_versions SET purpose = 'x' WHERE id = ?").run(v1)).toThrow(/frozen/);

    expect((await v.fail('charter.revise', { menteeId })).issues?.[0]?.path).toEqual(['reason']);
    expect((await v.fail('charter.revise', { menteeId, reason: '  ' })).issues?.[0]).toMatchObject({ path: ['reason'], message: 'Say why this change is made' });
    c = await v.call('charter.revise', { menteeId, reason: 'Meet every two weeks after the re-org' });
    expect(c.current).toMatchObject({ version: 2, status: 'draft', reason: 'Meet every two weeks after the re-org' });
    expect(c.current.body).toEqual((await v.call('charter.version', { versionId: v1 })).body);
    expect((await v.fail('charter.revise', { menteeId, reason: 'Another' })).code).toBe('CONFLICT');

    const v2 = c.current.id;
    expect((await v.fail('charter.update', { versionId: v2, body: c.current.body, reason: '' })).issues?.[0]?.path).toEqual(['reason']);
    c = await v.call('charter.update', {
      versionId: v2,
      body: withBody(c, (b) => {
        b.meetingRhythm.frequency = 'biweekly';
        b.meetingRhythm.lengthMinutes = 60;
        b.purpose = 'Grow into a tech lead role within a year.';
        b.roles.mentee = [...b.roles.mentee.slice(0, 2), 'Writes a short progress report between meetings'];
        b.glossary = b.glossary
          .filter((g) => g.term !== 'Touchpoint')
          .map((g) => (g.term === 'Milestone' ? { ...g, meaning: 'A dated step, proved by evidence.' } : g));
        b.glossary.push({ term: 'Stretch assignment', meaning: 'Work a level above the current role, with support.' });
      }),
    });
    expect(c.current.reason).toBe('Meet every two weeks after the re-org');

    c = await v.call('charter.agree', { versionId: v2, agreedOn: today, agreedByMentee: 'H. Sato' });
    expect(c.versions.map((x) => [x.version, x.status])).toEqual([
      [2, 'agreed'],
      [1, 'agreed'],
    ]);
    expect(c.agreedVersionId).toBe(v2);
    expect(c.current.agreedByMentee).toBe('H. Sato');
    // Version 1 stays readable, unchanged.
    expect((await v.call('charter.version', { versionId: v1 })).body.purpose).toBe('Grow into a tech lead role.');
  });

  it('compare marks the changed parts field by field', async () => {
    const charter = (await v.call('mentees.list', { search: 'Hana Sato' })).rows[0]!;
    const c = (await v.call('charter.get', { menteeId: charter.id }))!;
    const [v2, v1] = c.versions;
    const cmp = await v.call('charter.compare', { fromVersionId: v1!.id, toVersionId: v2!.id });
    const field = (name: string) => cmp.fields.find((f) => f.field === name)!;

    expect(field('meetingRhythm.lengthMinutes')).toMatchObject({ kind: 'value', changed: true, from: 45, to: 60 });
    expect(field('meetingRhythm.format')).toMatchObject({ kind: 'value', changed: false });
    const purpose = field('purpose');
    if (purpose.kind !== 'text') throw new Error('purpose is text');
    expect(purpose.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['within a year']);
    // The parts rebuild both sides: unmarked + removed = the old text, unmarked + added = the new.
    expect(purpose.parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe('Grow into a tech lead role.');
    expect(purpose.parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe('Grow into a tech lead role within a year.');
    const mentee = field('roles.mentee');
    // Four lines became three: the edited third line pairs as "changed", the fourth is removed.
    expect(mentee.kind === 'list' && mentee.items.map((i) => i.status)).toEqual(['unchanged', 'unchanged', 'changed', 'removed']);
    const glossary = field('glossary');
    if (glossary.kind !== 'list') throw new Error('glossary is a list');
    expect(glossary.items.find((i) => i.from?.startsWith('Milestone:'))?.status).toBe('changed');
    expect(glossary.items.find((i) => i.to?.startsWith('Stretch assignment:'))?.status).toBe('added');
    expect(glossary.items.find((i) => i.from?.startsWith('Touchpoint:'))?.status).toBe('removed');
    expect(field('confidentiality').changed).toBe(false);
    expect(cmp.changedCount).toBe(cmp.fields.filter((f) => f.changed).length);
    expect(cmp.changedCount).toBe(4);
    expect([cmp.from.version, cmp.to.version]).toEqual([1, 2]);
  });

  it('compare refuses versions of two different charters', async () => {
    const a = await started('Iker Etxeberria');
    const b = await started('Jun Park');
    const error = await v.fail('charter.compare', { fromVersionId: a.charter.current.id, toVersionId: b.charter.current.id });
    expect(error.issues?.[0]?.path).toEqual(['toVersionId']);
  });

  it('a discarded draft version disappears; discarding version 1 removes the charter', async () => {
    const { menteeId, charter } = await started('Kavya Iyer');
    expect(await v.call('charter.discardDraft', { versionId: charter.current.id })).toBeNull();
    expect(await v.call('charter.get', { menteeId })).toBeNull();
  });

  it('refuses a duplicate glossary term and unknown keys in the body', async () => {
    const { charter } = await started('Lars Lindqvist');
    const dup = withBody(charter, (b) => b.glossary.push({ term: 'milestone', meaning: 'again' }));
    const error = await v.fail('charter.update', { versionId: charter.current.id, body: dup });
    expect(error.issues?.[0]).toEqual({ path: ['body', 'glossary', DEFAULT_GLOSSARY.length, 'term'], message: 'Each term appears once in the glossary' });
    const extra = { ...charter.current.body, mood: 'great' };
    expect((await v.fail('charter.update', { versionId: charter.current.id, body: extra })).code).toBe('INVALID_INPUT');
  });
});
