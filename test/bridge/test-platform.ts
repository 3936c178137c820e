import { basename, join } from 'node:path';
import type { Platform } from '../../src/main/app/platform';

/**
 * The desktop around the core, for tests: a "save dialog" answers with a path the test
 * chose (or one in the test's folder), and what would open externally is recorded.
 */
export class TestPlatform implements Platform {
  nextSavePath: string | undefined;
  nextOpenPath: string | undefined;
  nextFolderPath: string | undefined;
  cancelNextDialog = false;
  readonly opened: string[] = [];
  /** Links the native dialog was asked about, and its answer to the next one. */
  readonly askedToOpen: string[] = [];
  agreeToOpenLinks = true;
  clipboard = '';

  constructor(private readonly folder: string) {}

  async chooseSavePath({ defaultPath }: { defaultPath: string }) {
    if (this.cancelNextDialog) {
      this.cancelNextDialog = false;
      return undefined;
    }
    const path = this.nextSavePath ?? join(this.folder, basename(defaultPath));
    this.nextSavePath = undefined;
    return path;
  }

  async chooseOpenPath() {
    const path = this.nextOpenPath;
    this.nextOpenPath = undefined;
    return path;
  }

  async chooseFolder() {
    if (this.cancelNextDialog) {
      this.cancelNextDialog = false;
      return undefined;
    }
    const path = this.nextFolderPath ?? this.folder;
    this.nextFolderPath = undefined;
    return path;
  }

  async confirmOpenLink(url: string) {
    this.askedToOpen.push(url);
    return this.agreeToOpenLinks;
  }

  async openExternal(url: string) {
    this.opened.push(url);
  }

  async openFile(path: string) {
    this.opened.push(path);
  }

  copyToClipboard(text: string, clearAfterMs: number) {
    this.clipboard = text;
    this.copied = text;
    setTimeout(() => {
      if (this.clipboard === text) this.clipboard = '';
    }, clearAfterMs).unref();
  }

  /** What the app copied last and has not cleared yet. */
  private copied: string | undefined;

  async clearCopiedText() {
    if (this.copied !== undefined && this.clipboard === this.copied) this.clipboard = '';
    this.copied = undefined;
  }
}
