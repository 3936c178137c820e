import { useState } from 'react';
import { useIntl } from 'react-intl';
import { LOCALE_NAMES, LOCALES, type CatalogueLocale } from '../../../shared/i18n/locales';
import { useVaultQuery } from '../../bridge/hooks';
import { SelectField } from '../../components/Field';

/**
 * The language of one export: the mentee's language for documents, else the app's (the
 * test suite's pseudo-locale writes English), until the mentor picks another for this
 * export. A new mentee starts again from their own.
 */
export function useExportLocale(menteeId: number | undefined) {
  const intl = useIntl();
  const mentee = useVaultQuery('mentees.get', { id: menteeId ?? 0 }, { enabled: menteeId !== undefined });
  const [chosen, setChosen] = useState<{ menteeId: number | undefined; locale: CatalogueLocale } | null>(null);
  const appLocale = LOCALES.find((locale) => locale === intl.locale) ?? 'en';
  const locale = chosen && chosen.menteeId === menteeId ? chosen.locale : (mentee.data?.documentLocale ?? appLocale);
  return { locale, setLocale: (next: CatalogueLocale) => setChosen({ menteeId, locale: next }) };
}

export function ExportLocaleField({ value, onChange, disabled }: { value: CatalogueLocale; onChange(locale: CatalogueLocale): void; disabled?: boolean }) {
  const intl = useIntl();
  return (
    <SelectField
      label={intl.formatMessage({ id: 'documents.export.language' })}
      hint={intl.formatMessage({ id: 'documents.export.languageHint' })}
      options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as CatalogueLocale)}
    />
  );
}
