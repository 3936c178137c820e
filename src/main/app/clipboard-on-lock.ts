import type { Platform } from './platform';
import type { VaultSession } from './session';

/**
 * Text copied from the vault does not outlive the unlock: whatever locks it (the person,
 * the idle timer, sleep, the screen lock, quitting) also clears what the app copied.
 */
export function clearClipboardOnLock(session: VaultSession, platform: Platform): () => void {
  return session.onLock(() => void platform.clearCopiedText());
}
