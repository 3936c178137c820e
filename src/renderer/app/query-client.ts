import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isBridgeError } from '../bridge/client';

type Listener = () => void;
const lockedListeners = new Set<Listener>();

/** Someone learned the vault is locked (an event, or a call refused with VAULT_LOCKED). */
export function signalLocked(): void {
  for (const listener of lockedListeners) listener();
}

export function onLockedSignal(listener: Listener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

function onError(err: unknown) {
  if (isBridgeError(err, 'VAULT_LOCKED')) signalLocked();
}

/**
 * The cache of data from the vault. Nothing is retried: a refusal is an answer, not a
 * network hiccup. Data stays fresh until a mutation invalidates it (one writer: us).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
