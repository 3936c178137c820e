import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceByMonthChart } from '../../../src/renderer/features/dashboard/EvidenceByMonthChart';
import { messagesFor } from '../../../src/shared/i18n/catalogue';
import type { Locale } from '../../../src/shared/i18n/locales';
import { setActiveLocale } from '../../../src/renderer/i18n/active-locale';

const DATA = [
  { month: '2026-01', kind: 'project-outcome' as const, count: 3 },
  { month: '2026-02', kind: 'project-outcome' as const, count: 2 },
  { month: '2026-02', kind: '360-result' as const, count: 1 },
  { month: '2026-02', kind: 'other' as const, count: 2 },
];

function summary(locale: Locale): string {
  setActiveLocale(locale);
  render(
    <IntlProvider locale={locale} messages={messagesFor(locale)}>
      <EvidenceByMonthChart data={DATA} />
    </IntlProvider>,
  );
  return screen.getByRole('figure').querySelector('figcaption')!.textContent!;
}

afterEach(() => setActiveLocale('en'));

describe('the evidence chart’s summary counts each kind in its own plural', () => {
  it('in German: five project outcomes are „5 Projektergebnisse“, one 360° result stays singular', () => {
    const text = summary('de');
    expect(text).toContain('5 Projektergebnisse');
    expect(text).toContain('1 360°-Ergebnis,');
    expect(text).toContain('2 sonstige Nachweise');
  });

  it('in English: the kinds in lower case, plural after a count above one', () => {
    const text = summary('en');
    expect(text).toContain('8 evidence records from');
    expect(text).toContain('1 360 result, 5 project outcomes, 2 other');
  });
});
