import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, type AppEvent } from '../../shared/contract/bridge-api';
import type { Dispatch } from '../ipc/router';
import { isTrustedUrl } from './web-preferences';

/**
 * The only ipcMain registration of the app. The sender check lives here, once: a call
 * is served only from the main window's top frame at the app's own origin.
 */
export function serveContract(dispatch: Dispatch, isMainWindow: (contents: WebContents) => boolean, devServer?: string): void {
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, isMainWindow, devServer)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are accepted only from the app window.' } };
    }
    return dispatch(method, input);
  });
}

/** `devServer`: the development server's address, passed by an unpackaged app only. */
export function isTrustedSender(event: IpcMainInvokeEvent, isMainWindow: (contents: WebContents) => boolean, devServer?: string): boolean {
  const frame = event.senderFrame;
  // A sub-frame, another window or another origin never reaches the router.
  if (!frame || frame.parent !== null) return false;
  if (!isMainWindow(event.sender)) return false;
  return isTrustedUrl(frame.url, devServer);
}

export function sendEvent(contents: WebContents | undefined, event: AppEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
