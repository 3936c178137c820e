import { describe, expect, it } from 'vitest';
import { endPanelForm } from '../../../src/renderer/features/meetings/mode/end-form';

const line = (goalId: number, adjust: boolean, targetDate = '', reason = '') => ({ goalId, adjust, targetDate, reason });

describe('the end panel’s form', () => {
  it('sends only the goals whose timeline moves, as the shared end-of-meeting input', () => {
    const parsed = endPanelForm.parse({ id: 3, goals: [line(1, false, '2027-01-01'), line(2, true, '2027-05-03', '  Pilot slipped  ')] });
    expect(parsed).toEqual({ id: 3, recalibrations: [{ goalId: 2, targetDate: '2027-05-03', reason: 'Pilot slipped' }] });
  });

  it('puts each refusal on the moved goal’s own field, in words', () => {
    const result = endPanelForm.safeParse({ id: 3, goals: [line(1, false), line(2, true, '', '')] });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toContainEqual(['goals.1.reason', 'Say why this recalibration is made']);
    expect(issues.find(([path]) => path === 'goals.1.targetDate')?.[1]).toMatch(/New target date/);
    expect(issues.some(([path]) => String(path).startsWith('goals.0'))).toBe(false);
  });
});
