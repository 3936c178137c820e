import { dialog, type BrowserWindow } from 'electron';
import type { FileFilter, Platform } from '../app/platform';
import type { Translator } from '../../shared/i18n/intl';
import { CopiedText } from './clipboard';
import { openExternalSafely, openFileSafely } from './security';

export function electronPlatform(window: () => BrowserWindow | undefined, words: () => Translator): Platform {
  const copied = new CopiedText();
  const named = (filters: FileFilter[] | undefined) => filters?.map((f) => ({ name: words().t(f.name), extensions: f.extensions }));
  return {
    async chooseSavePath({ title, defaultPath, filters }) {
      const win = window();
      const options = { title: words().t(title), defaultPath, filters: named(filters), properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const win = window();
      const options = { title: words().t(title), filters: named(filters), properties: ['openFile'] as 'openFile'[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseFolder({ title, defaultPath }) {
      const win = window();
      const options = { title: words().t(title), defaultPath, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async confirmOpenLink(url) {
      const win = window();
      const { t } = words();
      const options = {
        type: 'question' as const,
        title: t('shell.link.title'),
        message: t('shell.link.message'),
        // The whole URL, so what leaves the app is what the person agrees to.
        detail: url,
        buttons: [t('shell.link.cancel'), t('shell.link.open')],
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
