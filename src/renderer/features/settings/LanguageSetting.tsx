import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LANGUAGE_CHOICES, LOCALE_NAMES, PSEUDO_LOCALE, type LanguageChoice, type Locale } from '../../../shared/i18n/locales';
import { errorMessage } from '../../bridge/client';
import { SelectField } from '../../components/Field';
import { useLocale } from '../../i18n/locale-context';

/** The pseudo-locale's name, for the one case a test system reports it. */
const localeName = (locale: Locale) => (locale === PSEUDO_LOCALE ? PSEUDO_LOCALE : LOCALE_NAMES[locale]);

/** The app's language: as the system, English or Deutsch; applied as soon as it is chosen. */
export function LanguageSetting() {
  const intl = useIntl();
  const { choice, systemLocale, choose } = useLocale();
  const [problem, setProblem] = useState<string | null>(null);
  const options = LANGUAGE_CHOICES.map((value) => ({
    value,
    // Each language in its own name, so a mentor who cannot read the current one still finds theirs.
    label: value === 'system' ? intl.formatMessage({ id: 'settings.language.system' }, { language: localeName(systemLocale) }) : LOCALE_NAMES[value],
  }));
  return (
    <section className="card stack" aria-labelledby="settings-language">
      <h2 id="settings-language">
        <FormattedMessage id="settings.language.title" />
      </h2>
      <SelectField
        label={intl.formatMessage({ id: 'settings.language.label' })}
        options={options}
        value={choice}
        hint={intl.formatMessage({ id: 'settings.language.hint' })}
        error={problem ?? undefined}
        onChange={(event) => {
          setProblem(null);
          // Not disabled while saving: that would take the keyboard's focus away.
          choose(event.target.value as LanguageChoice).catch((err: unknown) => setProblem(errorMessage(err)));
        }}
      />
    </section>
  );
}
