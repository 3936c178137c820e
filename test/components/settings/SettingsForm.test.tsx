import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../src/renderer/features/settings/SettingsForm';
import { installFakeBridge, refuse } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

const describedBy = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('SettingsForm', () => {
  it('refuses values outside the shared limits next to the field, without calling the vault', async () => {
    const bridge = installFakeBridge({ 'settings.get': () => ({ idleLockMinutes: 10, clipboardClearSeconds: 30 }) });
    renderWithVault(<SettingsForm />, vaultStatus({ state: 'unlocked' }));
    const idle = await screen.findByLabelText('Lock after idle (minutes)');
    expect((idle as HTMLInputElement).value).toBe('10');
    fireEvent.change(idle, { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Clear copied text after (seconds)'), { target: { value: '601' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(describedBy(idle)).toContain('At least 1 minute'));
    expect(describedBy(screen.getByLabelText('Clear copied text after (seconds)'))).toContain('At most 600 seconds');
    expect(bridge.callsTo('settings.update')).toEqual([]);
  });

  it('saves numbers, and shows a refusal from the main process on its field', async () => {
    const bridge = installFakeBridge({
      'settings.get': () => ({ idleLockMinutes: 10, clipboardClearSeconds: 30 }),
      'settings.update': () => refuse('INVALID_INPUT', 'idleLockMinutes: Not allowed by policy', [{ path: ['idleLockMinutes'], message: 'Not allowed by policy' }]),
    });
    renderWithVault(<SettingsForm />, vaultStatus({ state: 'unlocked' }));
    const idle = await screen.findByLabelText('Lock after idle (minutes)');
    fireEvent.change(idle, { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(describedBy(idle)).toContain('Not allowed by policy'));
    expect(bridge.callsTo('settings.update')).toEqual([{ idleLockMinutes: 15, clipboardClearSeconds: 30 }]);
  });
});
