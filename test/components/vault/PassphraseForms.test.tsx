import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FirstRunScreen } from '../../../src/renderer/features/vault/FirstRunScreen';
import { UnlockScreen } from '../../../src/renderer/features/vault/UnlockScreen';
import { installFakeBridge, refuse } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';
import { description } from '../aria';

const STRONG = 'lantern orchard quietly mosaic 47 rivers';

function fill(first: string, second: string) {
  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: first } });
  fireEvent.change(screen.getByLabelText('Passphrase, again'), { target: { value: second } });
  fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
}

describe('first run: the new passphrase', () => {
  it('shows the default place and refuses two different passphrases next to the second field', async () => {
    const bridge = installFakeBridge({ 'vault.create': () => vaultStatus({ state: 'unlocked' }) });
    renderWithVault(<FirstRunScreen />);
    expect(screen.getByText(vaultStatus().defaultPath)).toBeTruthy();
    fill(STRONG, `${STRONG}!`);
    await waitFor(() => expect(description(screen.getByLabelText('Passphrase, again'))).toContain('do not match'));
    expect(bridge.callsTo('vault.create')).toEqual([]);
  });

  it('rates a weak passphrase on the meter and refuses it before calling the vault', async () => {
    const bridge = installFakeBridge({ 'vault.create': () => vaultStatus({ state: 'unlocked' }) });
    renderWithVault(<FirstRunScreen />);
    fill('password1234', 'password1234');
    await waitFor(() => expect(description(screen.getByLabelText('Passphrase'))).toMatch(/Too easy to guess/));
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true');
    const meter = screen.getByRole('meter', { name: 'Passphrase strength' });
    expect(Number(meter.getAttribute('aria-valuenow'))).toBeLessThan(3);
    expect(bridge.callsTo('vault.create')).toEqual([]);
  });

  it('refuses a short passphrase with the length rule', async () => {
    installFakeBridge({});
    renderWithVault(<FirstRunScreen />);
    fill('x7#Qz', 'x7#Qz');
    await waitFor(() => expect(description(screen.getByLabelText('Passphrase'))).toMatch(/at least 10 characters/));
  });

  it('creates the vault at the default place with a strong passphrase typed twice', async () => {
    const unlocked = vaultStatus({ state: 'unlocked', path: '/v' });
    const bridge = installFakeBridge({ 'vault.create': () => unlocked });
    const { setStatus } = renderWithVault(<FirstRunScreen />);
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: STRONG } });
    await waitFor(() => expect(Number(screen.getByRole('meter').getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(3));
    fill(STRONG, STRONG);
    await waitFor(() => expect(setStatus).toHaveBeenCalledWith(unlocked));
    expect(bridge.callsTo('vault.create')).toEqual([{ passphrase: STRONG, location: 'default', locale: 'en' }]);
    // Created: the fields are emptied before the screen goes, so they keep no passphrase.
    expect((screen.getByLabelText('Passphrase') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Passphrase, again') as HTMLInputElement).value).toBe('');
  });

  it('creates at the chosen place after "Choose another place…"', async () => {
    const bridge = installFakeBridge({
      'vault.chooseLocation': () => ({ path: '/media/usb/mine.mentorvault' }),
      'vault.create': () => vaultStatus({ state: 'unlocked' }),
    });
    renderWithVault(<FirstRunScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose another place…' }));
    await screen.findByText('/media/usb/mine.mentorvault');
    fill(STRONG, STRONG);
    await waitFor(() => expect(bridge.callsTo('vault.create')).toEqual([{ passphrase: STRONG, location: 'chosen', locale: 'en' }]));
  });

  it('shows a refusal such as PATH_NOT_WRITABLE with its message', async () => {
    installFakeBridge({ 'vault.create': () => refuse('PATH_NOT_WRITABLE', 'That folder cannot be written to.') });
    renderWithVault(<FirstRunScreen />);
    fill(STRONG, STRONG);
    expect((await screen.findByText('That folder cannot be written to.')).getAttribute('role')).toBe('alert');
  });
});

describe('unlock', () => {
  const locked = vaultStatus({ state: 'locked', path: '/home/mentor/vault.mentorvault' });

  it('says a wrong passphrase is wrong next to the field, empties it and keeps the focus there', async () => {
    const bridge = installFakeBridge({ 'vault.unlock': () => refuse('WRONG_PASSPHRASE', 'The passphrase does not open this vault.') });
    const { setStatus } = renderWithVault(<UnlockScreen />, locked);
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'not it at all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(description(field)).toBe('The passphrase does not open this vault.'));
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(setStatus).not.toHaveBeenCalled();
    expect(bridge.callsTo('vault.unlock')).toEqual([{ passphrase: 'not it at all' }]);
  });

  it('shows other refusals (a damaged file) with their message', async () => {
    installFakeBridge({ 'vault.unlock': () => refuse('CORRUPT_VAULT', 'The vault file is damaged.') });
    renderWithVault(<UnlockScreen />, locked);
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'anything long' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByText('The vault file is damaged.')).closest('[role="alert"]')).toBeTruthy();
  });

  it('marks the demo vault and tells its published passphrase', () => {
    installFakeBridge({});
    renderWithVault(<UnlockScreen />, { ...locked, isDemo: true });
    expect(screen.getByRole('heading', { name: 'Unlock the demo vault' })).toBeTruthy();
    expect(screen.getByText('demo-only-not-a-secret')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to my own vault' })).toBeTruthy();
  });
});
