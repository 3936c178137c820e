import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { VaultSession } from '../../app/session';
import { VaultError } from '../../vault/vault-error';

/**
 * The files this session exported, by opaque token: the renderer can ask to open what
 * it exported, and nothing else (it never sends a path). Forgotten when the vault locks.
 */
const MAX_REMEMBERED = 50;
const bySession = new WeakMap<VaultSession, Map<string, string>>();

function filesOf(session: VaultSession): Map<string, string> {
  let files = bySession.get(session);
  if (!files) {
    const fresh = new Map<string, string>();
    session.onLock(() => fresh.clear());
    bySession.set(session, fresh);
    files = fresh;
  }
  return files;
}

export function rememberExport(session: VaultSession, path: string): string {
  const files = filesOf(session);
  const token = randomBytes(16).toString('hex');
  files.set(token, path);
  // Oldest first in a Map: keep the last few only.
  while (files.size > MAX_REMEMBERED) files.delete(files.keys().next().value!);
  return token;
}

export function exportedPath(session: VaultSession, token: string): string {
  const path = filesOf(session).get(token);
  if (!path) throw new VaultError('NOT_FOUND', 'That export is no longer known; export it again to open it.');
  if (!existsSync(path)) throw new VaultError('NOT_FOUND', 'The exported file is no longer there.');
  return path;
}
