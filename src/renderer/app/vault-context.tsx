import { createContext, useContext } from 'react';
import type { VaultStatus } from '../../shared/vault/schema';

export interface VaultContextValue {
  status: VaultStatus;
  /** After create, unlock, switch: the main process answers the new status. */
  setStatus(status: VaultStatus): void;
  /** Locks the vault now (the Lock button, the menu's Lock command). */
  lock(): Promise<void>;
}

export const VaultContext = createContext<VaultContextValue | null>(null);

export function useVault(): VaultContextValue {
  const value = useContext(VaultContext);
  if (!value) throw new Error('useVault outside VaultGate');
  return value;
}
