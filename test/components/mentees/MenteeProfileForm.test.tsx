import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BridgeCallError } from '../../../src/renderer/bridge/client';
import { MenteeProfileForm } from '../../../src/renderer/features/mentees/profile/MenteeProfileForm';
import { emptyProfile } from '../../../src/renderer/features/mentees/profile/values';
import type { MenteeProfileValues } from '../../../src/shared/mentees/schema';
import { description } from '../aria';
import { renderIn, renderInEnglish } from '../render-app';
import { setActiveLocale } from '../../../src/renderer/i18n/active-locale';

function renderForm(save = vi.fn(async (_values: MenteeProfileValues) => undefined), issuePrefix?: string[]) {
  renderInEnglish(<MenteeProfileForm defaultValues={emptyProfile()} save={save} submitLabel="Save" issuePrefix={issuePrefix} />);
  return save;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('MenteeProfileForm', () => {
  it('refuses a profile without a name, with the message on the name field', async () => {
    const save = renderForm();
    type('Role', 'Designer');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(description(name)).toBe('Name is required');
    expect(save).not.toHaveBeenCalled();
  });

  it('checks list items with the shared schema (an empty career aim is refused)', async () => {
    const save = renderForm();
    type('Name', 'Ada Lovelace');
    fireEvent.click(screen.getByRole('button', { name: 'Add career aim' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(description(screen.getByLabelText('Aim 1'))).toBe('Career aim is required'));
    expect(save).not.toHaveBeenCalled();
  });

  it('sends the parsed profile: trimmed, with lists and a null start date', async () => {
    const save = renderForm();
    type('Name', '  Ada Lovelace  ');
    fireEvent.click(screen.getByRole('button', { name: 'Add strength' }));
    type('Strength 1', 'Rigour');
    fireEvent.click(screen.getByRole('button', { name: 'Add interest' }));
    type('Area 1', 'Compilers');
    fireEvent.click(screen.getByLabelText('Wants exposure'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'active' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({
      name: 'Ada Lovelace',
      status: 'active',
      startDate: null,
      strengths: ['Rigour'],
      interests: [{ area: 'Compilers', wantsExposure: true, longTermAspiration: false, notes: '' }],
    });
  });

  it('puts the issues of a refusal from the main process next to the fields they name', async () => {
    const save = vi.fn(async () => {
      throw new BridgeCallError('INVALID_INPUT', 'profile.team: Team must be at most 200 characters', [
        { path: ['profile', 'team'], message: 'Team must be at most 200 characters' },
        { path: ['profile', 'strengths', 0], message: 'Strength is required' },
      ]);
    });
    renderForm(save, ['profile']);
    type('Name', 'Ada Lovelace');
    type('Team', 'Engines');
    fireEvent.click(screen.getByRole('button', { name: 'Add strength' }));
    type('Strength 1', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(description(screen.getByLabelText('Team'))).toBe('Team must be at most 200 characters'));
    expect(screen.getByLabelText('Team').getAttribute('aria-invalid')).toBe('true');
    expect(description(screen.getByLabelText('Strength 1'))).toBe('Strength is required');
    expect(screen.getByRole('alert').textContent).toContain('Not saved');
  });
});

describe('MenteeProfileForm in German', () => {
  afterEach(() => setActiveLocale('en'));

  it('speaks German: its sections, lists and a refusal beside the field', async () => {
    setActiveLocale('de');
    const save = vi.fn(async (_values: MenteeProfileValues) => undefined);
    renderIn('de', <MenteeProfileForm defaultValues={emptyProfile()} save={save} submitLabel="Speichern" />);
    expect(screen.getByRole('heading', { name: 'Zur Person' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stärke hinzufügen' }));
    expect(screen.getByLabelText('Stärke 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(description(name)).toBe('Bitte ausfüllen'));
    expect(document.body.textContent).not.toMatch(/is required|Add |None yet/);
    expect(save).not.toHaveBeenCalled();
  });
});
