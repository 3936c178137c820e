import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { messagesFor, type MessageId } from './catalogue';
import { intlLocale, type Locale } from './locales';

/** Values an ICU message takes: text, numbers and dates (formatted by Intl in the message's locale). */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** One locale's formatter outside React (PDFs, the CLI): the same catalogue the screens read. */
export interface Translator {
  readonly locale: Locale;
  readonly intl: IntlShape<string>;
  /** The message `id` with its arguments filled in. */
  t(id: MessageId, values?: MessageValues): string;
}

const cache = createIntlCache();
const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  let found = translators.get(locale);
  if (!found) {
    const intl = createIntl({ locale: intlLocale(locale), messages: messagesFor(locale), defaultLocale: 'en' }, cache);
    found = { locale, intl, t: (id, values) => intl.formatMessage({ id }, values) };
    translators.set(locale, found);
  }
  return found;
}
