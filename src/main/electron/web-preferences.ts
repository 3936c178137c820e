import type { WebPreferences } from 'electron';

/**
 * The window's security settings, in one place so test/hardening asserts the very
 * object the shell uses. Never relaxed for tests or development: the test bridge
 * exists so that no such switch is needed.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // On, so the session's checker (local dictionaries only, see spellcheck.ts) can mark words; Settings turns it off.
    spellcheck: true,
    safeDialogs: true,
  };
}

/** The app's own origin (custom protocol) and, in development, Vite's dev server. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mentor-vault';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isTrustedUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
