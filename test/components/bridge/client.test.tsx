import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BridgeCallError, call } from '../../../src/renderer/bridge/client';
import { useVaultMutation, useVaultQuery } from '../../../src/renderer/bridge/hooks';
import { createQueryClient, onLockedSignal } from '../../../src/renderer/app/query-client';
import { installFakeBridge, refuse } from '../fake-bridge';
import { vaultStatus } from '../render-app';

const mentee = (id: number, name: string) => ({
  id,
  name,
  role: '',
  team: '',
  startDate: null,
  status: 'active' as const,
  archived: false,
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('the bridge client', () => {
  it('answers the value of { ok: true } and throws BridgeCallError with code and issues on { ok: false }', async () => {
    installFakeBridge({
      'settings.get': () => ({ idleLockMinutes: 10, clipboardClearSeconds: 30 }),
      'mentees.create': () => refuse('INVALID_INPUT', 'name: Name is required', [{ path: ['name'], message: 'Name is required' }]),
    });
    await expect(call('settings.get', {})).resolves.toEqual({ idleLockMinutes: 10, clipboardClearSeconds: 30 });
    const err = await call('mentees.create', { name: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeCallError);
    expect(err).toMatchObject({ code: 'INVALID_INPUT', message: 'name: Name is required', issues: [{ path: ['name'], message: 'Name is required' }] });
  });

  it('invalidates the queries of the given method prefixes after a mutation, and only those', async () => {
    let names = ['Ada'];
    const bridge = installFakeBridge({
      'mentees.list': () => ({ rows: names.map((n, i) => mentee(i + 1, n)), total: names.length }),
      'settings.get': () => ({ idleLockMinutes: 10, clipboardClearSeconds: 30 }),
      'mentees.create': (input) => {
        names = [...names, String(input.name)];
        return { ...mentee(names.length, String(input.name)), aspirations: '', documentLocale: null, careerAims: [], strengths: [], gaps: [], interests: [], createdAt: '' };
      },
    });
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(
      () => ({
        list: useVaultQuery('mentees.list', {}),
        settings: useVaultQuery('settings.get', {}),
        create: useVaultMutation('mentees.create', { invalidate: ['mentees.'] }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data?.total).toBe(1));
    expect(client.getQueryCache().find({ queryKey: ['mentees.list', {}] })).toBeTruthy();

    await act(() => result.current.create.mutateAsync({ name: 'Grace' }));
    await waitFor(() => expect(result.current.list.data?.total).toBe(2));
    expect(bridge.callsTo('mentees.list')).toHaveLength(2);
    expect(bridge.callsTo('settings.get')).toHaveLength(1);
  });

  it('empties the passphrase in the input of a call that carries one once it has answered, success or refusal', async () => {
    let attempt = 0;
    const bridge = installFakeBridge({
      'vault.unlock': () => (++attempt === 1 ? refuse('WRONG_PASSPHRASE', 'That passphrase does not open this vault.') : vaultStatus({ state: 'unlocked' })),
      'mentees.create': () => ({ ...mentee(1, 'Ada'), aspirations: '', documentLocale: null, careerAims: [], strengths: [], gaps: [], interests: [], createdAt: '' }),
    });
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => ({ unlock: useVaultMutation('vault.unlock'), create: useVaultMutation('mentees.create') }), { wrapper });

    const refused = { passphrase: 'wrong lantern orchard' };
    await act(() => result.current.unlock.mutateAsync(refused).catch(() => undefined));
    const accepted = { passphrase: 'right lantern orchard' };
    await act(() => result.current.unlock.mutateAsync(accepted));
    // Sent whole, then forgotten by whoever still holds the object (the mutation's variables).
    expect(bridge.callsTo('vault.unlock')).toEqual([{ passphrase: 'wrong lantern orchard' }, { passphrase: 'right lantern orchard' }]);
    expect([refused, accepted]).toEqual([{ passphrase: '' }, { passphrase: '' }]);

    // A call without a passphrase keeps its input as it was.
    const mentee1 = { name: 'Ada' };
    await act(() => result.current.create.mutateAsync(mentee1));
    expect(mentee1).toEqual({ name: 'Ada' });
  });

  it('forgets a backup’s own passphrase and a restore’s passphrase the same way', async () => {
    installFakeBridge({ 'backup.create': () => ({ jobId: 'j1' }), 'backup.verify': () => null });
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => ({ backup: useVaultMutation('backup.create'), verify: useVaultMutation('backup.verify') }), { wrapper });
    const own = { separatePassphrase: 'backup lantern orchard' };
    await act(() => result.current.backup.mutateAsync(own));
    const check = { passphrase: 'vault lantern orchard' };
    await act(() => result.current.verify.mutateAsync(check));
    expect([own, check]).toEqual([{ separatePassphrase: '' }, { passphrase: '' }]);
  });

  it('signals a lock when any query is refused with VAULT_LOCKED', async () => {
    installFakeBridge({ 'mentees.list': () => refuse('VAULT_LOCKED', 'The vault is locked.') });
    const signalled = vi.fn();
    const off = onLockedSignal(signalled);
    const client = createQueryClient();
    function Probe() {
      const q = useVaultQuery('mentees.list', {});
      return <p>{q.error?.code ?? 'waiting'}</p>;
    }
    render(
      <QueryClientProvider client={client}>
        <Probe />
      </QueryClientProvider>,
    );
    await screen.findByText('VAULT_LOCKED');
    expect(signalled).toHaveBeenCalledTimes(1);
    off();
  });
});

describe('the toast region', () => {
  it('is a live region present before any message', async () => {
    const { ToastProvider, useToast } = await import('../../../src/renderer/components/Toast');
    function Saver() {
      const { notify } = useToast();
      return <button onClick={() => notify('success', 'Profile saved.')}>save</button>;
    }
    render(
      <ToastProvider>
        <Saver />
      </ToastProvider>,
    );
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(region.textContent).toContain('Profile saved.');
  });
});
