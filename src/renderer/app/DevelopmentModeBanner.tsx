import { useEffect } from 'react';

/**
 * Shown on every screen when the app runs in a browser through `npm run start:browser`, so
 * that development mode is never taken for the desktop app (whose window has no such banner).
 */
export function DevelopmentModeBanner() {
  const inBrowserMode = window.mentorVault.runtime === 'browser-development';
  useEffect(() => {
    // Room below the page for the banner, which sits over its bottom edge.
    document.documentElement.classList.toggle('has-development-banner', inBrowserMode);
  }, [inBrowserMode]);
  if (!inBrowserMode) return null;
  return (
    <aside className="development-banner" aria-label="Development mode">
      <strong>Development mode</strong> Mentor Vault in your browser, served by <code>npm run start:browser</code> on this
      computer only. This is not the desktop app: use it to develop and try things out.
    </aside>
  );
}
