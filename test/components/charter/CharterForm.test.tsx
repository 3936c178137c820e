import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import { CharterForm, type CharterFormValues } from '../../../src/renderer/features/charter/CharterForm';
import { formatDate } from '../../../src/renderer/features/mentees/format';
import { defaultCharterBody } from '../../../src/shared/charter/defaults';
import type { CharterVersion } from '../../../src/shared/charter/schema';
import { description } from '../aria';
import { messagesFor } from '../../../src/shared/i18n/catalogue';

/** The screens speak through the catalogue, as under the app's locale provider. */
const inEnglish = ({ children }: { children: ReactNode }) => (
  <IntlProvider locale="en" messages={messagesFor('en')}>
    {children}
  </IntlProvider>
);

function draft(): CharterVersion {
  return {
    id: 11,
    menteeId: 3,
    version: 1,
    status: 'draft',
    reason: '',
    agreedOn: null,
    agreedByMentor: '',
    agreedByMentee: '',
    pilotReviewDate: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    body: { ...defaultCharterBody(), purpose: 'Grow into a staff role.' },
  };
}

function renderForm() {
  const save = vi.fn(async (values: CharterFormValues) => ({ ...draft(), body: values.body }));
  render(<CharterForm version={draft()} save={save} />, { wrapper: inEnglish });
  // happy-dom leaves a registered <select> on its first option (Chromium shows the default): choose as shown.
  fireEvent.change(screen.getByLabelText('Frequency'), { target: { value: 'biweekly' } });
  fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'video' } });
  return save;
}

const weeks = () => screen.getByLabelText('Pilot length (weeks)');
const start = () => screen.getByLabelText('Pilot start date');
const review = () => screen.getByTestId('pilot-review').textContent ?? '';

describe('CharterForm: the pilot', () => {
  it.each(['5', '9', '6.5'])('refuses a pilot of %s weeks next to the field', async (value) => {
    const save = renderForm();
    fireEvent.change(weeks(), { target: { value } });
    fireEvent.blur(weeks());
    await waitFor(() => expect(weeks().getAttribute('aria-invalid')).toBe('true'));
    expect(description(weeks())).toContain(value === '6.5' ? 'whole number of weeks' : 'Pilot length must be 6 to 8 weeks');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Not saved'));
    expect(save).not.toHaveBeenCalled();
  });

  it('shows the first formal review at the pilot’s end, moving with the start date and the length', async () => {
    const save = renderForm();
    expect(review()).toContain('Set the start date');
    fireEvent.change(start(), { target: { value: '2025-03-03' } });
    await waitFor(() => expect(review()).toContain(`First formal review: ${formatDate('2025-04-14')}`));
    fireEvent.change(weeks(), { target: { value: '8' } });
    await waitFor(() => expect(review()).toContain(`First formal review: ${formatDate('2025-04-28')}`));
    fireEvent.change(start(), { target: { value: '2025-03-10' } });
    await waitFor(() => expect(review()).toContain(`First formal review: ${formatDate('2025-05-05')}`));
    // Out of range: no review date is promised.
    fireEvent.change(weeks(), { target: { value: '9' } });
    await waitFor(() => expect(review()).toContain('Set a length of 6 to 8 weeks'));

    fireEvent.change(weeks(), { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({ versionId: 11, body: { pilot: { startDate: '2025-03-10', weeks: 8 } } });
  });

  it('starts with every part of the charter and the default glossary', () => {
    renderForm();
    for (const part of ['Purpose', 'Roles and responsibilities', 'Meeting rhythm', 'Communication norms', 'Confidentiality', 'Escalation process', 'Review rhythm', 'Meaningful progress per quarter', 'Pilot period', 'Glossary']) {
      expect(screen.getByRole('region', { name: new RegExp(part) })).toBeTruthy();
    }
    expect((screen.getByLabelText('Term 1') as HTMLInputElement).value).toBe('Milestone');
  });

  it('refuses a duplicate glossary term next to it', async () => {
    const save = renderForm();
    fireEvent.change(screen.getByLabelText('Term 2'), { target: { value: 'milestone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(description(screen.getByLabelText('Term 2'))).toBe('Each term appears once in the glossary'));
    expect(save).not.toHaveBeenCalled();
  });
});
