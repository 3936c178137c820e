import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateMethods, vaultQueryKey, type StaleQuery } from '../../../src/renderer/bridge/hooks';

describe('marking queries stale after a change', () => {
  function clientWithData() {
    const client = new QueryClient();
    client.setQueryData(vaultQueryKey('mentees.list', {}), { rows: [], total: 0 });
    client.setQueryData(vaultQueryKey('notes.tags', {}), []);
    client.setQueryData(vaultQueryKey('notes.list', {}), { rows: [], total: 0 });
    return client;
  }
  const stale = (client: QueryClient) =>
    client
      .getQueryCache()
      .getAll()
      .filter((q) => q.isStale())
      .map((q) => q.queryKey[0])
      .sort();

  it('marks a whole domain, or one method, and nothing else', async () => {
    const client = clientWithData();
    await invalidateMethods(client, ['mentees.', 'notes.tags']);
    expect(stale(client)).toEqual(['mentees.list', 'notes.tags']);
  });

  it('refuses, at the type check, a domain or method the contract does not have', () => {
    // @ts-expect-error 'mentee.' is not a domain (the domain is 'mentees').
    const typo: StaleQuery = 'mentee.';
    // @ts-expect-error 'notes.listAll' is not a method.
    const unknownMethod: StaleQuery = 'notes.listAll';
    expect([typo, unknownMethod]).toHaveLength(2);
  });
});
