import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { messagesFor } from '../../shared/i18n/catalogue';
import { intlLocale, matchLocale, resolveLocale, type LanguageChoice } from '../../shared/i18n/locales';
import { call } from '../bridge/client';
import { setActiveLocale } from './active-locale';
import { LocaleContext, type LocaleContextValue } from './locale-context';

/**
 * The language of every screen: the mentor's choice in Settings (read through the bridge,
 * which answers while the vault is locked), else the system's languages. A new choice applies
 * at once: react-intl renders every message again, and helpers outside it (dates, error
 * words) read the active locale when next called; nothing typed is lost, nothing remounts.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const systemLocale = useMemo(() => matchLocale(navigator.languages ?? [navigator.language]), []);
  const [choice, setChoice] = useState<LanguageChoice>('system');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    call('settings.get', {}).then(
      (settings) => live && setChoice(settings.language ?? 'system'),
      () => undefined, // The system's language, then; the screens say what failed.
    ).finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);

  const locale = resolveLocale(choice, [systemLocale]);
  setActiveLocale(locale);

  const choose = useCallback(async (next: LanguageChoice) => {
    const saved = await call('settings.update', { language: next });
    setChoice(saved.language ?? 'system');
  }, []);
  const value = useMemo<LocaleContextValue>(() => ({ choice, locale, systemLocale, choose }), [choice, locale, systemLocale, choose]);

  // Nothing until the choice is known, so the first screen never flashes in another language.
  if (!ready) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={intlLocale(locale)} messages={messagesFor(locale)} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
