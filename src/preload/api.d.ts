import type { MentorVaultApi } from '../shared/contract/bridge-api';

declare global {
  interface Window {
    mentorVault: MentorVaultApi;
  }
}

export {};
