import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/**
 * Shown on every screen when the app runs in a browser through `npm run start:browser`, so
 * that development mode is never taken for the desktop app (whose window has no such banner).
 */
export function DevelopmentModeBanner() {
  const intl = useIntl();
  const inBrowserMode = window.mentorVault.runtime === 'browser-development';
  useEffect(() => {
    // Room below the page for the banner, which sits over its bottom edge.
    document.documentElement.classList.toggle('has-development-banner', inBrowserMode);
  }, [inBrowserMode]);
  if (!inBrowserMode) return null;
  return (
    <aside className="development-banner" aria-label={intl.formatMessage({ id: 'app.dev.label' })}>
      <FormattedMessage
        id="app.dev.text"
        values={{ strong: (chunks) => <strong>{chunks}</strong>, code: (chunks) => <code>{chunks}</code> }}
      />
    </aside>
  );
}
