import { shell, type Session, type WebContents } from 'electron';
import { MAX_URL_LENGTH } from '../../shared/app/schema';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isTrustedUrl } from './web-preferences';

/** Denies every permission (camera, notifications, geolocation, ...): the app needs none. */
export function lockDownSession(ses: Session): void {
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
    const local = url.startsWith('app://') || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:') || isDevServer(url);
    callback({ cancel: !local });
  });
}

function isDevServer(url: string): boolean {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev !== undefined && url.startsWith(new URL(dev).origin);
}

/** No navigation away from the app, no new windows, no webviews. */
export function lockDownContents(contents: WebContents): void {
  const devServer = process.env.ELECTRON_RENDERER_URL;
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
