import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { completeMilestoneInput, createGoalInput } from '../../../src/shared/goals/schema';
import { fieldIssue } from '../../../src/shared/i18n/field-issue';
import { translator } from '../../../src/shared/i18n/intl';
import { en as validation } from '../../../src/shared/i18n/messages/validation';
import type { MessageId } from '../../../src/shared/i18n/catalogue';
import { isoDate, requiredText } from '../../../src/shared/primitives';
import type { FieldIssue } from '../../../src/shared/errors';

/** What a German form shows beside each refused field, by path. */
function german(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was expected to be refused');
  const de = translator('de');
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues.map(fieldIssue) as FieldIssue[]) {
    out[issue.path.join('.')] ??= issue.rule ? de.t(issue.rule.id as MessageId, issue.rule.values) : `(no rule) ${issue.message}`;
  }
  return out;
}

describe('a refused field in another language', () => {
  it('says by the kind of check what is wrong, and keeps the English sentence for the bridge and the CLI', () => {
    const schema = z.strictObject({ title: requiredText('Title'), when: isoDate('Date'), kind: z.enum(['a', 'b'], 'Choose a kind'), count: z.int().min(1).max(9) });
    expect(german(schema, { title: '', when: '4.12.2026', kind: 'c', count: 12 })).toEqual({
      title: 'Bitte ausfüllen',
      when: 'Geben Sie ein Datum ein',
      kind: 'Wählen Sie eine der Möglichkeiten',
      count: 'Höchstens 9',
    });
    expect(german(schema, { title: 'x'.repeat(201), when: '2026-12-04', kind: 'a', count: 1.5 })).toEqual({ title: 'Höchstens 200 Zeichen', count: 'Geben Sie eine ganze Zahl ein' });
    expect(german(schema, { title: 'Ok', when: '2026-12-04', kind: 'a', count: Number.NaN })).toEqual({ count: 'Geben Sie eine Zahl ein' });
    const english = schema.safeParse({ title: '', when: '2026-12-04', kind: 'a', count: 1 });
    expect(english.success ? [] : english.error.issues.map((i) => fieldIssue(i).message)).toEqual(['Title is required']);
  });

  it('gives a refinement its own sentence, the SMART letter left to the form around it', () => {
    expect(german(completeMilestoneInput, { id: 1, doneOn: '2026-12-04', evidenceText: '', evidenceId: null })).toEqual({
      evidenceText: 'Sagen Sie, was es belegt: eine Zeile als Nachweis, einen verknüpften Nachweis oder beides',
    });
    const goal = {
      menteeId: 1,
      title: 'Lead the quarterly planning review',
      area: 'leadership',
      startDate: '2026-12-01',
      specific: { statement: 'Run the planning review end to end' },
      measurable: { metric: 'Stakeholder satisfaction', unit: 'points', baseline: 5, target: 5 },
      attainable: { whyRealistic: 'Has co-run two reviews', supportNeeded: '' },
      relevant: { careerAimId: 3 },
      timeBound: { targetDate: '2099-01-01' },
    };
    expect(german(createGoalInput, goal)).toEqual({ 'measurable.target': 'Der Zielwert muss sich vom Ausgangswert unterscheiden' });
    expect(german(createGoalInput, { ...goal, measurable: { ...goal.measurable, target: 8 }, relevant: {}, timeBound: { targetDate: '2001-01-01' } })).toEqual({
      'relevant.careerAimId': 'Wählen Sie eine der Möglichkeiten',
      'timeBound.targetDate': 'Das Zieldatum darf nicht in der Vergangenheit liegen',
    });
  });

  it('leaves a sentence the catalogue does not know to the screen that wrote it', () => {
    const schema = z.string().refine(() => false, 'Schon auf Deutsch');
    const parsed = schema.safeParse('x');
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldIssue(parsed.error.issues[0]!).rule).toBeUndefined();
  });

  it('knows every sentence the shared schemas take from it', () => {
    const shared = ['goals/schema.ts', 'goals/smart.ts', 'mentor/schema.ts', 'notes/schema.ts', 'meetings/capture.ts', 'meetings/schema.ts', 'records/schema.ts', 'charter/schema.ts', 'assessment/schema.ts', 'feedback/schema.ts', 'templates/rubric.ts', 'dashboard/schema.ts', 'escalations/schema.ts', 'forms/schema.ts', 'documents/schema.ts', 'sync/contract.ts']
      .map((file) => readFileSync(new URL(`../../../src/shared/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const used = new Set([...shared.matchAll(/says\('(validation\.says\.\w+)'\)/g)].map((m) => m[1]));
    const declared = Object.keys(validation).filter((id) => id.startsWith('validation.says.'));
    expect(declared.filter((id) => !used.has(id))).toEqual([]);
  });
});
