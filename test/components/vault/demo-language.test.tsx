import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/renderer/app/query-client';
import { VaultContext } from '../../../src/renderer/app/vault-context';
import { TryDemoButton } from '../../../src/renderer/features/vault/TryDemoButton';
import { messagesFor } from '../../../src/shared/i18n/catalogue';
import type { Locale } from '../../../src/shared/i18n/locales';
import { installFakeBridge } from '../fake-bridge';
import { vaultStatus } from '../render-app';

/** The demo's invented words are written in the screens' language; the test suite's pseudo-locale writes English. */
function renderDemoButton(locale: Locale) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <IntlProvider locale={locale} messages={messagesFor(locale)}>
        <VaultContext.Provider value={{ status: vaultStatus(), setStatus: vi.fn(), lock: vi.fn(async () => undefined) }}>
          <TryDemoButton />
        </VaultContext.Provider>
      </IntlProvider>
    </QueryClientProvider>,
  );
}

describe('the demo offer', () => {
  it.each([
    ['de', 'Mit Beispieldaten ausprobieren', 'de'],
    ['en', 'Try it with sample data', 'en'],
    ['en-XA', /^\[Ţŕý /, 'en'],
  ] as const)('in %s (%s) asks for the demo in %s', async (locale, label, expected) => {
    const bridge = installFakeBridge({ 'vault.createDemo': () => vaultStatus({ state: 'unlocked', isDemo: true }) });
    renderDemoButton(locale);
    const button = screen.getByRole('button');
    expect(button.textContent).toMatch(label);
    fireEvent.click(button);
    await waitFor(() => expect(bridge.callsTo('vault.createDemo')).toEqual([{ locale: expected }]));
  });
});
