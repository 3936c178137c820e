import { clipboard, dialog, type BrowserWindow } from 'electron';
import type { Platform } from '../app/platform';
import { openExternalSafely, openFileSafely } from './security';

export function electronPlatform(window: () => BrowserWindow | undefined): Platform {
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    async chooseSavePath({ title, defaultPath, filters }) {
      const win = window();
      const options = { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const win = window();
      const options = { title, filters, properties: ['openFile'] as 'openFile'[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseFolder({ title, defaultPath }) {
      const win = window();
      const options = { title, defaultPath, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    openExternal: openExternalSafely,
    openFile: openFileSafely,
    copyToClipboard(text, clearAfterMs) {
      clipboard.writeText(text);
      if (clearTimer) clearTimeout(clearTimer);
      // As password managers do: clear it again unless something else was copied since.
      clearTimer = setTimeout(async () => {
        // readText is asynchronous in this Electron version.
        if ((await clipboard.readText()) === text) clipboard.clear();
      }, clearAfterMs);
    },
  };
}
