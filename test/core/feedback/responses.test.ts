import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeedbackResponse } from '../../../src/main/features/feedback/responses';
import { openFeedbackVault, type FeedbackVault } from './harness';

let v: FeedbackVault;
let menteeId: number;

beforeAll(async () => {
  v = await openFeedbackVault('responses');
  menteeId = (await v.call('mentees.create', { name: 'Mei Chen', status: 'active' })).id;
});
afterAll(() => v.close());

const response = (over: Record<string, unknown> = {}) => ({
  menteeId,
  relationship: 'peer',
  receivedOn: '2026-03-02',
  ratings: [
    { competency: 'Collaboration', score: 4 },
    { competency: 'Leadership', score: 3 },
  ],
  strengths: 'Explains trade-offs clearly',
  change: 'Delegate more',
  ...over,
});

describe('feedback responses', () => {
  it('records a response with its ratings and exactly one evidence row of the matching kind', async () => {
    const added = await v.call('feedback.add', response({ raterName: '  Ada Byron ' }) as never);
    expect(added).toMatchObject({ relationship: 'peer', raterName: 'Ada Byron', receivedOn: '2026-03-02', formId: null });
    expect(added.ratings).toEqual([
      { competency: 'Collaboration', score: 4 },
      { competency: 'Leadership', score: 3 },
    ]);
    const evidence = await v.call('evidence.get', { id: added.evidenceId });
    expect(evidence).toMatchObject({ kind: 'peer-feedback', date: '2026-03-02', summary: 'Peer feedback received', value: null });
    // The evidence words carry neither the rater nor the comment.
    expect(JSON.stringify(evidence)).not.toMatch(/Ada|Byron|trade-offs|Delegate/);

    const manager = await v.call('feedback.add', response({ relationship: 'manager' }) as never);
    expect((await v.call('evidence.get', { id: manager.evidenceId })).kind).toBe('360-result');
    const list = await v.call('evidence.list', { menteeId });
    expect(list.total).toBe(2);
    const dash = await v.call('dashboard.mentee', { menteeId });
    expect(dash.counts.evidence).toBe(2);
  });

  it('lists newest first and removes a response together with its evidence', async () => {
    const before = await v.call('feedback.list', { menteeId });
    const later = await v.call('feedback.add', response({ receivedOn: '2026-04-01' }) as never);
    const list = await v.call('feedback.list', { menteeId });
    expect(list.total).toBe(before.total + 1);
    expect(list.rows[0]!.id).toBe(later.id);
    await v.call('feedback.remove', { id: later.id });
    expect((await v.call('feedback.list', { menteeId })).total).toBe(before.total);
    expect((await v.fail('evidence.get', { id: later.evidenceId })).code).toBe('NOT_FOUND');
    expect((await v.fail('feedback.remove', { id: later.id })).code).toBe('NOT_FOUND');
  });

  it('deleting the evidence row on the Records tab removes the response too: never counted twice, never orphaned', async () => {
    const added = await v.call('feedback.add', response() as never);
    await v.call('evidence.delete', { id: added.evidenceId });
    expect((await v.call('feedback.list', { menteeId })).rows.some((r) => r.id === added.id)).toBe(false);
    expect(v.db.prepare('SELECT count(*) FROM feedback_ratings WHERE response_id = ?').pluck().get(added.id)).toBe(0);
  });

  it('refuses bad input field by field, in words, and writes nothing', async () => {
    const count = () => v.db.prepare('SELECT (SELECT count(*) FROM feedback_responses) + (SELECT count(*) FROM evidence)').pluck().get();
    const before = count();
    const nine = await v.fail('feedback.add', response({ ratings: [{ competency: 'Collaboration', score: 9 }] }));
    expect(nine.code).toBe('INVALID_INPUT');
    expect(nine.issues).toEqual([{ path: ['ratings', 0, 'score'], message: 'Score must be from 1 to 5' }]);
    const date = await v.fail('feedback.add', response({ receivedOn: 'last Tuesday' }));
    expect(date.issues).toEqual([{ path: ['receivedOn'], message: 'Received on must be a date (YYYY-MM-DD)' }]);
    const rel = await v.fail('feedback.add', response({ relationship: 'friend' }));
    expect(rel.issues?.[0]).toEqual({ path: ['relationship'], message: 'Choose how the rater knows the mentee' });
    const twice = await v.fail('feedback.add', response({ ratings: [{ competency: 'Leadership', score: 2 }, { competency: 'leadership ', score: 3 }] }));
    expect(twice.issues).toEqual([{ path: ['ratings', 1, 'competency'], message: 'Each competency is rated once per response' }]);
    expect((await v.fail('feedback.add', response({ menteeId: 9999 }))).code).toBe('NOT_FOUND');
    expect((await v.fail('feedback.add', response({ extra: 1 }))).code).toBe('INVALID_INPUT');
    expect(count()).toBe(before);
  });

  it('the import entry point records a form once; the same form id again is refused and writes nothing', () => {
    const first = addFeedbackResponse(v.db, { ...response({ formId: 'form-123' }), relationship: 'stakeholder' } as never);
    expect(first.formId).toBe('form-123');
    const count = () => v.db.prepare('SELECT count(*) FROM evidence').pluck().get();
    const before = count();
    expect(() => addFeedbackResponse(v.db, response({ formId: 'form-123' }) as never)).toThrow(/already recorded/);
    expect(count()).toBe(before);
  });

  it('goes with the mentee when the mentee is deleted', async () => {
    const other = (await v.call('mentees.create', { name: 'Temp Person', status: 'active' })).id;
    await v.call('feedback.add', response({ menteeId: other }) as never);
    await v.call('mentees.delete', { id: other, confirmName: 'Temp Person' } as never);
    expect(v.db.prepare('SELECT count(*) FROM feedback_responses WHERE mentee_id = ?').pluck().get(other)).toBe(0);
  });
});
