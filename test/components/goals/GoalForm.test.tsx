import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalForm, type GoalFormInput, type GoalFormOutput } from '../../../src/renderer/features/goals/GoalForm';
import { localToday, plusDays } from '../../../src/shared/dates';
import type { GoalValues } from '../../../src/shared/goals/schema';
import { messagesFor } from '../../../src/shared/i18n/catalogue';
import { setActiveLocale } from '../../../src/renderer/i18n/active-locale';
import { description } from '../aria';

/** The form speaks through the catalogue, as under the app's locale provider. */
const inEnglish = ({ children }: { children: ReactNode }) => (
  <IntlProvider locale="en" messages={messagesFor('en')}>
    {children}
  </IntlProvider>
);

const AIMS = [
  { id: 7, title: 'Become a staff engineer' },
  { id: 8, title: 'Lead a team' },
];

function validGoal(): GoalValues {
  return {
    title: 'Lead design reviews',
    area: 'leadership',
    status: 'not-started',
    startDate: localToday(),
    specific: { statement: 'Lead the design review of every feature in my area.' },
    measurable: { metric: 'Design reviews led', unit: 'reviews', baseline: 0, target: 4 },
    attainable: { whyRealistic: 'Two are already planned this quarter.', supportNeeded: '' },
    relevant: { careerAimId: 7 },
    timeBound: { targetDate: plusDays(localToday(), 90) },
  };
}

function renderForm(props: { original?: GoalValues; defaultValues?: GoalFormInput } = {}) {
  const save = vi.fn(async (_values: GoalFormOutput) => undefined);
  const values = props.defaultValues ?? validGoal();
  render(<GoalForm careerAims={AIMS} defaultValues={values} original={props.original} submitLabel="Save goal" save={save} />, { wrapper: inEnglish });
  showSelectDefaults(values);
  return save;
}

/**
 * happy-dom leaves a registered <select> on its first option instead of the form's
 * default (Chromium shows it; the e2e edits stored goals): choose them as the user sees them.
 */
function showSelectDefaults(values: GoalFormInput) {
  change('Area', values.area);
  change('Status', values.status ?? 'not-started');
}

const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));

describe('GoalForm: one group per SMART letter', () => {
  it('labels each group with its letter', () => {
    renderForm();
    for (const name of ['Specific', 'Measurable', 'Attainable', 'Relevant', 'Time-bound']) {
      expect(screen.getByRole('group', { name: new RegExp(name) })).toBeTruthy();
    }
  });

  it.each([
    { letter: 'S (specific)', field: 'Statement', value: '', says: 'statement is required' },
    { letter: 'M (measurable)', field: 'Target value', value: '', says: 'target value is required' },
    { letter: 'M (measurable)', field: 'Metric', value: '   ', says: 'metric is required' },
    { letter: 'A (attainable)', field: 'Why it is realistic', value: '', says: 'why it is realistic is required' },
    { letter: 'R (relevant)', field: 'Career aim it serves', value: '', says: 'choose the career aim this goal serves' },
    { letter: 'T (time-bound)', field: 'Target date', value: '', says: 'target date is required' },
    { letter: 'T (time-bound)', field: 'Target date', value: plusDays(localToday(), -1), says: 'target date must not be in the past' },
  ])('refuses a goal when $letter is missing or wrong ($field), saying so once, next to the field', async ({ letter, field, value, says }) => {
    const save = renderForm();
    change(field, value);
    submit();
    // The field says what is wrong, and nothing else repeats it; its letter's group is marked.
    await waitFor(() => expect(description(screen.getByLabelText(field))).toBe(says));
    expect(document.body.textContent!.split(says)).toHaveLength(2);
    expect(document.querySelectorAll('.letter-refusal')).toHaveLength(0);
    const group = screen.getByLabelText(field).closest('fieldset')!;
    expect(group.classList.contains('letter-group-invalid')).toBe(true);
    expect(group.querySelector('legend')!.textContent).toContain(letter.slice(0, 1));
    // The banner names the letter and no other.
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain(`Missing or wrong: ${letter}.`);
    for (const other of ['S (specific)', 'M (measurable)', 'A (attainable)', 'R (relevant)', 'T (time-bound)'].filter((l) => l !== letter)) {
      expect(banner.textContent).not.toContain(other);
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('names every missing letter of an empty goal', async () => {
    const empty = {
      ...validGoal(),
      specific: { statement: '' },
      measurable: { metric: '', unit: '', baseline: undefined as unknown as number, target: undefined as unknown as number },
      attainable: { whyRealistic: '', supportNeeded: '' },
      relevant: { careerAimId: undefined as unknown as number },
      timeBound: { targetDate: '' },
    };
    const save = renderForm({ defaultValues: empty });
    submit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('S (specific), M (measurable), A (attainable), R (relevant), T (time-bound)'));
    // Each field's message stands once, next to its field: never again in its group or the banner.
    const messages = [...document.querySelectorAll('.field-error')].map((e) => e.textContent!);
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) expect(document.body.textContent!.split(message)).toHaveLength(2);
    expect(save).not.toHaveBeenCalled();
  });

  it('sends a complete goal, parsed by the shared schema', async () => {
    const save = renderForm();
    change('Career aim it serves', '8');
    submit();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({ relevant: { careerAimId: 8 }, measurable: { baseline: 0, target: 4 } });
  });

  it('puts a refusal from the main process on its field and names its letter', async () => {
    const { BridgeCallError } = await import('../../../src/renderer/bridge/client');
    const save = vi.fn(async () => {
      throw new BridgeCallError('INVALID_INPUT', "R (relevant): choose one of this mentee's career aims", [
        { path: ['relevant', 'careerAimId'], message: "R (relevant): choose one of this mentee's career aims" },
      ]);
    });
    render(<GoalForm careerAims={AIMS} defaultValues={validGoal()} submitLabel="Save goal" save={save} />, { wrapper: inEnglish });
    showSelectDefaults(validGoal());
    submit();
    await waitFor(() => expect(description(screen.getByLabelText('Career aim it serves'))).toBe("choose one of this mentee's career aims"));
    expect(screen.getByRole('alert').textContent).toContain('Missing or wrong: R (relevant).');
  });
});

describe('GoalForm: recalibration', () => {
  it('asks why when the target changes, and refuses to save without a reason', async () => {
    const original = validGoal();
    const save = renderForm({ original, defaultValues: original });
    expect(screen.queryByLabelText('Why recalibrate?')).toBeNull();

    change('Target value', '6');
    const why = await screen.findByLabelText('Why recalibrate?');
    expect(screen.getByRole('group', { name: 'Recalibration' }).textContent).toContain('target value');
    submit();
    await waitFor(() => expect(description(why)).toBe('Say why this recalibration is made'));
    expect(save).not.toHaveBeenCalled();

    change('Why recalibrate?', 'Two reviews were cancelled by the reorganisation.');
    submit();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({ measurable: { target: 6 }, reason: 'Two reviews were cancelled by the reorganisation.' });
  });

  it('names every recalibrated field (target date and metric too)', async () => {
    const original = validGoal();
    renderForm({ original, defaultValues: original });
    change('Target date', plusDays(localToday(), 120));
    change('Metric', 'Design reviews chaired');
    await screen.findByLabelText('Why recalibrate?');
    expect(screen.getByRole('group', { name: 'Recalibration' }).textContent).toContain('metric, target date');
  });

  it('does not ask why for a change that is not a recalibration', async () => {
    const original = validGoal();
    const save = renderForm({ original, defaultValues: original });
    change('Title', 'Lead every design review');
    expect(screen.queryByLabelText('Why recalibrate?')).toBeNull();
    submit();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0].reason).toBeUndefined();
  });

  it('asks no more once the value is put back', async () => {
    const original = validGoal();
    renderForm({ original, defaultValues: original });
    change('Baseline value', '1');
    await screen.findByLabelText('Why recalibrate?');
    change('Baseline value', '0');
    await waitFor(() => expect(screen.queryByLabelText('Why recalibrate?')).toBeNull());
  });
});

describe('GoalForm in German: a refused field says what is wrong in the screen language', () => {
  const inGerman = ({ children }: { children: ReactNode }) => (
    <IntlProvider locale="de" messages={messagesFor('de')}>
      {children}
    </IntlProvider>
  );
  afterEach(() => setActiveLocale('en'));

  it.each([
    { field: 'Beschreibung', value: '', says: 'Bitte ausfüllen' },
    { field: 'Zieldatum', value: plusDays(localToday(), -1), says: 'Das Zieldatum darf nicht in der Vergangenheit liegen' },
  ])('$field: "$says", beside the field, and no English', async ({ field, value, says }) => {
    setActiveLocale('de');
    const save = vi.fn(async (_values: GoalFormOutput) => undefined);
    const values = validGoal();
    render(<GoalForm careerAims={AIMS} defaultValues={values} submitLabel="Ziel speichern" save={save} />, { wrapper: inGerman });
    fireEvent.change(screen.getByLabelText('Bereich'), { target: { value: values.area } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: values.status } });
    fireEvent.change(screen.getByLabelText(field), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Ziel speichern' }));
    await waitFor(() => expect(description(screen.getByLabelText(field))).toBe(says));
    expect(document.body.textContent).not.toMatch(/required|must not/);
    expect(save).not.toHaveBeenCalled();
  });
});
