import { createContext, useContext } from 'react';
import type { LanguageChoice, Locale } from '../../shared/i18n/locales';

export interface LocaleContextValue {
  /** What the mentor chose in Settings ('system' until they choose). */
  choice: LanguageChoice;
  /** The locale in effect. */
  locale: Locale;
  /** The locale the system's languages give, shown beside the 'system' choice. */
  systemLocale: Locale;
  /** Saves the choice and applies it at once; rejects with the bridge's error if it was not saved. */
  choose(choice: LanguageChoice): Promise<void>;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale is used outside LocaleProvider');
  return value;
}
