import {
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Page } from '../../shared/primitives';
import { call, type BridgeCallError } from './client';

/** Every query's key is [method, input], so invalidating by method prefix is exact. */
export function vaultQueryKey<M extends MethodName>(method: M, input: MethodInput<M>) {
  return [method, input] as const;
}

export function useVaultQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, BridgeCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, BridgeCallError>({
    queryKey: vaultQueryKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

type DomainOf<M> = M extends `${infer D}.${string}` ? D : never;
/** A domain of the contract, the part of a method's name before the dot: 'mentees', 'goals'. */
export type ContractDomain = DomainOf<MethodName>;
/** What a mutation marks stale: every method of a domain ('mentees.') or one method ('notes.list'). A typo fails the type check. */
export type StaleQuery = `${ContractDomain}.` | MethodName;

/** Marks stale every query whose method starts with one of the prefixes (e.g. 'mentees.'). */
export function invalidateMethods(client: QueryClient, prefixes: readonly StaleQuery[]): Promise<void> {
  if (prefixes.length === 0) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (query) => {
      const method = query.queryKey[0];
      return typeof method === 'string' && prefixes.some((p) => method.startsWith(p));
    },
  });
}

export interface VaultMutationOptions<M extends MethodName>
  extends Omit<UseMutationOptions<MethodOutput<M>, BridgeCallError, MethodInput<M>>, 'mutationFn'> {
  /** Method prefixes whose queries are stale after this succeeds. */
  invalidate?: readonly StaleQuery[];
}

/** Methods whose input holds a passphrase: their mutation forgets it once settled. */
const CARRIES_PASSPHRASE: ReadonlySet<MethodName> = new Set<MethodName>(['vault.create', 'vault.unlock', 'vault.changePassphrase', 'sync.start', 'backup.create', 'backup.verify', 'backup.restore']);
/** Of those, the ones whose screens read the outcome from the mutation (its error, its data): emptied, but not reset. */
const OUTCOME_SHOWN: ReadonlySet<MethodName> = new Set<MethodName>(['backup.create', 'backup.verify', 'backup.restore']);
const PASSPHRASE_FIELDS = ['passphrase', 'current', 'next', 'separatePassphrase'] as const;

/**
 * Empties the passphrase fields of a call's input once the call has answered. The same
 * object is the mutation's `variables`, which the cache, its observers and React's state
 * may hold after the form is gone (an unmounted form never runs its reset): emptied in
 * place, it keeps the passphrase nowhere, whoever holds it.
 */
function forgetPassphrases(input: unknown): void {
  if (typeof input !== 'object' || input === null) return;
  const fields = input as Record<string, unknown>;
  for (const field of PASSPHRASE_FIELDS) if (typeof fields[field] === 'string') fields[field] = '';
}

export function useVaultMutation<M extends MethodName>(method: M, { invalidate = [], onSuccess, ...options }: VaultMutationOptions<M> = {}) {
  const client = useQueryClient();
  const secret = CARRIES_PASSPHRASE.has(method);
  const mutation = useMutation<MethodOutput<M>, BridgeCallError, MethodInput<M>>({
    mutationFn: secret
      ? async (input) => {
          try {
            return await call(method, input);
          } finally {
            forgetPassphrases(input);
          }
        }
      : (input) => call(method, input),
    ...options,
    // A mutation keeps its input (the variables) in the cache for gcTime after it settles.
    ...(secret ? { gcTime: 0 } : {}),
    onSuccess: async (...args) => {
      await invalidateMethods(client, invalidate);
      await onSuccess?.(...args);
    },
  });
  const { status, reset } = mutation;
  useEffect(() => {
    // Settled, its callbacks done: drop the observer's copy too, so the cache lets the mutation go.
    if (secret && !OUTCOME_SHOWN.has(method) && (status === 'success' || status === 'error')) reset();
  }, [secret, method, status, reset]);
  return mutation;
}

/** Methods that answer a Page of rows and take offset/limit. */
export type PagedMethod = {
  [M in MethodName]: MethodOutput<M> extends Page<unknown> ? (MethodInput<M> extends { offset?: number; limit?: number } ? M : never) : never;
}[MethodName];
export type RowOf<M extends PagedMethod> = MethodOutput<M> extends Page<infer T> ? T : never;
type PagedInput<M extends PagedMethod> = Omit<MethodInput<M>, 'offset' | 'limit'>;

export interface PagedRows<T> {
  /** Loaded rows, contiguous, the first one at index `offset` of the whole list. */
  rows: T[];
  offset: number;
  total: number;
  isLoading: boolean;
  error: BridgeCallError | null;
  onRangeChange(range: { start: number; end: number }): void;
}

/**
 * Fetches only the pages covering the rows the table shows (plus its overscan), so a
 * long list never asks the bridge for more than is on screen. Pairs with DataTable's
 * `server` mode.
 */
export function usePagedRows<M extends PagedMethod>(method: M, input: PagedInput<M>, pageSize = 100): PagedRows<RowOf<M>> {
  const [range, setRange] = useState({ start: 0, end: pageSize });
  const [knownTotal, setKnownTotal] = useState(0);
  // A new sort or filter starts from the top (the table scrolls there too).
  const inputKey = JSON.stringify(input);
  const [lastInputKey, setLastInputKey] = useState(inputKey);
  if (inputKey !== lastInputKey) {
    setLastInputKey(inputKey);
    setRange({ start: 0, end: pageSize });
  }

  const first = Math.floor(range.start / pageSize);
  const last = Math.max(first, Math.floor((range.end - 1) / pageSize));
  const combined = useQueries({
    queries: Array.from({ length: last - first + 1 }, (_, i) => {
      const pageInput = { ...input, offset: (first + i) * pageSize, limit: pageSize } as MethodInput<M>;
      return { queryKey: vaultQueryKey(method, pageInput), queryFn: () => call(method, pageInput) as Promise<Page<RowOf<M>>> };
    }),
    combine: combinePages as (results: PageResult<RowOf<M>>[]) => Combined<RowOf<M>>,
  });

  // While new pages load, the list keeps its last known length: a table that shrank
  // to nothing would scroll to the top and ask for the first page instead.
  if (combined.total !== null && combined.total !== knownTotal) setKnownTotal(combined.total);
  const total = combined.total ?? knownTotal;

  const onRangeChange = useCallback(
    (next: { start: number; end: number }) =>
      // An empty range (the table has no rows yet) keeps the pages already asked for.
      setRange((prev) => (next.end <= next.start || (prev.start === next.start && prev.end === next.end) ? prev : next)),
    [],
  );
  const offset = first * pageSize;
  return useMemo(
    () => ({ rows: combined.rows, total, isLoading: combined.isLoading, error: combined.error, offset, onRangeChange }),
    [combined, total, offset, onRangeChange],
  );
}

interface PageResult<T> {
  data: Page<T> | undefined;
  error: Error | null;
  isPending: boolean;
}
type Combined<T> = Pick<PagedRows<T>, 'rows' | 'isLoading' | 'error'> & { total: number | null };

/** Module-level so TanStack Query can keep its result while the pages are unchanged. */
function combinePages<T>(pages: PageResult<T>[]): Combined<T> {
  const rows: T[] = [];
  for (const page of pages) {
    if (!page.data) break;
    rows.push(...page.data.rows);
  }
  return {
    rows,
    total: pages.find((p) => p.data)?.data?.total ?? null,
    isLoading: pages.some((p) => p.isPending),
    // queryFn is call(), so any error is a BridgeCallError.
    error: (pages.find((p) => p.error)?.error as BridgeCallError | undefined) ?? null,
  };
}
