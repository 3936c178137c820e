import { useContext } from 'react';
import { createIntl, IntlContext, type IntlShape } from 'react-intl';
import { messagesFor } from '../../shared/i18n/catalogue';

const source = createIntl({ locale: 'en', defaultLocale: 'en', messages: messagesFor('en') });

/**
 * The intl object for the shared components (src/renderer/components). The app always renders
 * them inside LocaleProvider; a screen rendered on its own (a form in its component test)
 * has no provider, and its dialogs and tables then speak English, the source language,
 * instead of failing to render.
 */
export function useSharedIntl(): IntlShape {
  return useContext(IntlContext) ?? source;
}
