import type { MessageId } from '../../shared/i18n/catalogue';

/** A file type a dialog offers: its name from the catalogue, in the language of the screens. */
export interface FileFilter {
  name: MessageId;
  extensions: string[];
}

/**
 * What the core needs from the desktop around it. The Electron shell implements it
 * with dialogs and the shell; the test bridge and the CLI with plain paths.
 */
export interface Platform {
  /** Asks where to save a new file; undefined when the user cancels. */
  chooseSavePath(options: { title: MessageId; defaultPath: string; filters?: FileFilter[] }): Promise<string | undefined>;
  chooseOpenPath(options: { title: MessageId; filters?: FileFilter[] }): Promise<string | undefined>;
  /** Asks for a folder (the dialog may create one); undefined when the user cancels. */
  chooseFolder(options: { title: MessageId; defaultPath?: string }): Promise<string | undefined>;
  /**
   * Asks the person, in a native dialog showing the whole URL, whether to open a link in the
   * system browser: asked in the main process so a compromised window cannot skip it.
   */
  confirmOpenLink(url: string): Promise<boolean>;
  /** Opens a web or mail URL in the system's browser or mail program. */
  openExternal(url: string): Promise<void>;
  /** Opens a file the app wrote in the system's viewer. A path, never read as a URL. */
  openFile(path: string): Promise<void>;
  /** Writes text to the clipboard and clears it after `clearAfterMs` if unchanged. */
  copyToClipboard(text: string, clearAfterMs: number): void;
  /** Clears what the app copied now, if the clipboard still holds it (on lock, sleep, quit). */
  clearCopiedText(): Promise<void>;
}
