import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { vi } from 'vitest';
import type { Locale } from '../../src/shared/i18n/locales';
import { messagesFor } from '../../src/shared/i18n/catalogue';
import type { VaultStatus } from '../../src/shared/vault/schema';
import { createQueryClient } from '../../src/renderer/app/query-client';
import { VaultContext } from '../../src/renderer/app/vault-context';
import { ToastProvider } from '../../src/renderer/components/Toast';

export function vaultStatus(overrides: Partial<VaultStatus> = {}): VaultStatus {
  return {
    state: 'none',
    path: null,
    defaultPath: '/home/mentor/.config/Mentor Vault/vault/mentor.mentorvault',
    isDemo: false,
    demoPassphrase: 'demo-only-not-a-secret',
    hasDemo: false,
    damaged: false,
    placement: null,
    ...overrides,
  };
}

/** Renders a screen inside the providers the app gives it, with a vault status to read. */
export function renderWithVault(ui: ReactNode, status: VaultStatus = vaultStatus(), locale: Locale = 'en') {
  const setStatus = vi.fn();
  const lock = vi.fn(async () => undefined);
  const utils = render(
    <QueryClientProvider client={createQueryClient()}>
      <IntlProvider locale={locale} messages={messagesFor(locale)}>
        <ToastProvider>
          <VaultContext.Provider value={{ status, setStatus, lock }}>{ui}</VaultContext.Provider>
        </ToastProvider>
      </IntlProvider>
    </QueryClientProvider>,
  );
  return { ...utils, setStatus, lock };
}

/** Renders a component that speaks through the catalogue, in `locale`, with nothing else around it. */
export function renderIn(locale: Locale, ui: ReactNode) {
  return render(
    <IntlProvider locale={locale} messages={messagesFor(locale)}>
      {ui}
    </IntlProvider>,
  );
}

export const renderInEnglish = (ui: ReactNode) => renderIn('en', ui);
