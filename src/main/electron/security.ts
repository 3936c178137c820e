import { posix, win32 } from 'node:path';
import { shell, type Session, type WebContents } from 'electron';
import { MAX_URL_LENGTH } from '../../shared/app/schema';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isTrustedUrl } from './web-preferences';

/**
 * Denies every permission (camera, notifications, geolocation, ...): the app needs none.
 * `devServer` is the development server's address, which only an unpackaged app passes
 * (see trustedDevServer).
 */
export function lockDownSession(ses: Session, devServer?: string): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app never talks to the network: anything not local is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local = url.startsWith('app://') || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:') || isDevServer(url, devServer);
    callback({ cancel: !local });
  });
}

/**
 * The development server's address from ELECTRON_RENDERER_URL, for an unpackaged app
 * only: a packaged app never trusts it, whatever the environment says.
 */
export function trustedDevServer(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isPackaged) return undefined;
  return env.ELECTRON_RENDERER_URL || undefined;
}

function isDevServer(url: string, devServer: string | undefined): boolean {
  if (!devServer) return false;
  try {
    return new URL(url).origin === new URL(devServer).origin;
  } catch {
    return false;
  }
}

/** No navigation away from the app, no new windows, no webviews. */
export function lockDownContents(contents: WebContents, devServer?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, devServer)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, devServer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Links from notes open only after the native confirmation (confirmOpenLink), only http(s)/mailto, within the length cap. */
export async function openExternalSafely(target: string): Promise<void> {
  if (target.length > MAX_URL_LENGTH) throw new Error('link too long');
  const url = new URL(target);
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) throw new Error('refused scheme');
  await shell.openExternal(url.toString());
}

/**
 * Opens a file the app wrote, as a path: never parsed as a URL, so a Windows path
 * (`C:\Users\...\report.pdf`) is not mistaken for a URL with the scheme `c:`.
 */
export async function openFileSafely(path: string): Promise<void> {
  if (!win32.isAbsolute(path) && !posix.isAbsolute(path)) throw new Error('refused a relative path');
  const error = await shell.openPath(path);
  if (error) throw new Error('could not open the file');
}
