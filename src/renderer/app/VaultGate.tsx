import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { VaultStatus } from '../../shared/vault/schema';
import { call, errorMessage } from '../bridge/client';
import { useToast } from '../components/Toast';
import { FirstRunScreen } from '../features/vault/FirstRunScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { useActivityReport } from './activity-report';
import { onLockedSignal } from './query-client';
import { VaultContext, type VaultContextValue } from './vault-context';

const AppRouter = lazy(() => import('./AppRouter'));

/**
 * Which screen the app shows follows the vault's state: none → first run, locked →
 * unlock, unlocked → the app. When the vault locks, the app unmounts and the query
 * cache is emptied, so nothing read from the vault stays in this window's memory.
 */
export function VaultGate() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useActivityReport();

  const refresh = useCallback(() => {
    call('vault.status', {}).then(setStatus, (err: unknown) => setLoadError(errorMessage(err)));
  }, []);

  // Unmount the app at once, then ask the main process what is true now.
  const onLocked = useCallback(() => {
    setStatus((s) => (s && s.state === 'unlocked' ? { ...s, state: 'locked' } : s));
    refresh();
  }, [refresh]);

  useEffect(refresh, [refresh]);
  useEffect(() => onLockedSignal(onLocked), [onLocked]);
  useEffect(
    () =>
      window.mentorVault.onEvent((event) => {
        if (event.type === 'locked') onLocked();
      }),
    [onLocked],
  );

  const state = status?.state;
  const { clearAll: clearToasts } = useToast();
  useEffect(() => {
    // Whatever the change (unlocked, locked, another vault), no mutation's input survives it:
    // the unlock's or create's passphrase included.
    queryClient.getMutationCache().clear();
    if (state && state !== 'unlocked') {
      // Locked: nothing read from the vault stays, and no message shows over the lock screen.
      queryClient.clear();
      clearToasts();
    }
  }, [state, queryClient, clearToasts]);

  const isDemo = status?.isDemo ?? false;
  useEffect(() => {
    document.title = isDemo ? 'DEMO · Mentor Vault' : 'Mentor Vault';
  }, [isDemo]);

  const lock = useCallback(async () => {
    try {
      setStatus(await call('vault.lock', {}));
    } catch {
      refresh();
    }
  }, [refresh]);

  const value = useMemo<VaultContextValue | null>(() => (status ? { status, setStatus, lock } : null), [status, lock]);

  if (loadError) {
    return (
      <main className="gate-message">
        <h1>
          <FormattedMessage id="app.startError" />
        </h1>
        <p>{loadError}</p>
      </main>
    );
  }
  if (!value) return <main className="gate-message" aria-busy="true" />;
  return (
    <VaultContext.Provider value={value}>
      {value.status.state === 'none' && <FirstRunScreen />}
      {value.status.state === 'locked' && <UnlockScreen />}
      {value.status.state === 'unlocked' && (
        <Suspense fallback={<main className="gate-message" aria-busy="true" />}>
          <AppRouter />
        </Suspense>
      )}
    </VaultContext.Provider>
  );
}
