import type { MessageId } from '../../shared/i18n/catalogue';

// react-intl checks every id the screens pass against the catalogue: a typo is a type error.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
