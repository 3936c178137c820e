import { dialog, shell, type BrowserWindow } from 'electron';
import type { Platform } from '../app/platform';
import { CopiedText } from './clipboard';
import { openExternalSafely } from './security';

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
    async openExternal(target) {
      if (/^[a-z]+:/i.test(target) && !target.startsWith('file:')) return openExternalSafely(target);
      const error = await shell.openPath(target);
      if (error) throw new Error('could not open the file');
    },
    copyToClipboard(text, clearAfterMs) {
      void copied.copy(text, clearAfterMs);
    },
    clearCopiedText: () => copied.clear(),
  };
}
