import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../src/renderer/app/query-client';
import { VaultGate } from '../../../src/renderer/app/VaultGate';
import { ToastProvider } from '../../../src/renderer/components/Toast';
import { messagesFor } from '../../../src/shared/i18n/catalogue';
import type { VaultStatus } from '../../../src/shared/vault/schema';
import { installFakeBridge, refuse } from '../fake-bridge';
import { vaultStatus } from '../render-app';

const row = { id: 1, name: 'Ada Lovelace', role: 'Engineer', team: 'Engines', startDate: null, status: 'active' as const, archived: false, updatedAt: '2025-01-01T00:00:00.000Z' };

function renderGate() {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <IntlProvider locale="en" messages={messagesFor('en')}>
        <ToastProvider>
          <VaultGate />
        </ToastProvider>
      </IntlProvider>
    </QueryClientProvider>,
  );
  return client;
}

describe('VaultGate', () => {
  it('shows the first-run screen when there is no vault', async () => {
    installFakeBridge({ 'vault.status': () => vaultStatus() });
    renderGate();
    expect(await screen.findByRole('heading', { name: 'Create your vault' })).toBeTruthy();
  });

  it('on a lock event, empties the cache and shows the unlock screen', async () => {
    let status: VaultStatus = vaultStatus({ state: 'unlocked', path: '/v.mentorvault' });
    const bridge = installFakeBridge({
      'vault.status': () => status,
      'mentees.list': () => ({ rows: [row], total: 1 }),
    });
    window.location.hash = '#/mentees';
    const client = renderGate();
    expect(await screen.findByText('Ada Lovelace', {}, { timeout: 3000 })).toBeTruthy();
    expect(client.getQueryCache().getAll().length).toBeGreaterThan(0);

    status = { ...status, state: 'locked' };
    act(() => bridge.emit({ type: 'locked', reason: 'idle' }));
    expect(await screen.findByRole('heading', { name: 'Unlock your vault' })).toBeTruthy();
    expect(screen.queryByText('Ada Lovelace')).toBeNull();
    await waitFor(() => expect(client.getQueryCache().getAll()).toHaveLength(0));
  });

  it('goes to the unlock screen when a call is refused with VAULT_LOCKED', async () => {
    let status: VaultStatus = vaultStatus({ state: 'unlocked', path: '/v.mentorvault' });
    installFakeBridge({
      'vault.status': () => status,
      'mentees.list': () => {
        // The main process locked on its own (idle) and the event was missed.
        status = { ...status, state: 'locked' };
        return refuse('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
      },
    });
    window.location.hash = '#/mentees';
    renderGate();
    expect(await screen.findByRole('heading', { name: 'Unlock your vault' }, { timeout: 3000 })).toBeTruthy();
  });
});
