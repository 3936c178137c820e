import { useFormContext } from 'react-hook-form';
import { LOCALE_NAMES, LOCALES, type CatalogueLocale } from '../../../shared/i18n/locales';
import type { MenteeProfileInput } from '../../../shared/mentees/schema';
import { SelectField } from '../../components/Field';
import { useSharedIntl } from '../../i18n/shared-intl';

/**
 * A mentee's language for documents, in their profile form: "Same as the app" (stored as
 * null), then each language by its own name, so a mentor finds their mentee's language
 * whatever the app speaks. It sits in the mentees' profile form, which its component tests
 * render without the app's language provider: it then speaks English.
 */
export function DocumentLocaleField() {
  const intl = useSharedIntl();
  const { register, formState } = useFormContext<MenteeProfileInput>();
  const options = [
    { value: '', label: intl.formatMessage({ id: 'documents.language.sameAsApp' }) },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ];
  return (
    <SelectField
      label={intl.formatMessage({ id: 'documents.language.label' })}
      hint={intl.formatMessage({ id: 'documents.language.hint' })}
      options={options}
      error={formState.errors.documentLocale?.message}
      {...register('documentLocale', { setValueAs: (value: string | null): CatalogueLocale | null => (value ? (value as CatalogueLocale) : null) })}
    />
  );
}
