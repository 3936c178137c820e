import { dialog, type BrowserWindow } from 'electron';
import type { Platform } from '../app/platform';
import { CopiedText } from './clipboard';
import { openExternalSafely, openFileSafely } from './security';

export function electronPlatform(window: () => BrowserWindow | undefined): Platform {
  const copied = new CopiedText();
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
    async confirmOpenLink(url) {
      const win = window();
      const options = {
        type: 'question' as const,
        title: 'Open link',
        message: 'Open this link in your browser?',
        // The whole URL, so what leaves the app is what the person agrees to.
        detail: url,
        buttons: ['Cancel', 'Open in browser'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
    openExternal: openExternalSafely,
    openFile: openFileSafely,
    copyToClipboard(text, clearAfterMs) {
      void copied.copy(text, clearAfterMs);
    },
    clearCopiedText: () => copied.clear(),
  };
}
