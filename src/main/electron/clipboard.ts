import { createHash } from 'node:crypto';
import { clipboard, ClipboardItem } from 'electron';

/** A raw format of the system clipboard, by its OS name. */
const osFormat = (name: string) => `electron application/osclipboard;format="${name}"`;

/**
 * The marks that ask clipboard history, cloud clipboard sync and clipboard managers to
 * leave an entry alone: Windows' ExcludeClipboardContentFromMonitorProcessing (with the
 * two narrower flags at 0), macOS' concealed type, KDE's password-manager hint.
 */
export function concealedFormats(os: NodeJS.Platform): Record<string, Blob> {
  const zero = () => new Blob([new Uint8Array(4)]);
  if (os === 'win32') {
    return {
      [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: zero(),
      [osFormat('CanIncludeInClipboardHistory')]: zero(),
      [osFormat('CanUploadToCloudClipboard')]: zero(),
    };
  }
  if (os === 'darwin') return { [osFormat('org.nspasteboard.ConcealedType')]: new Blob([]) };
  return { [osFormat('x-kde-passwordManagerHint')]: new Blob(['secret']) };
}

/** Windows hands text back with CRLF; a multi-line entry must still be recognised. */
function digest(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

/**
 * What the app put on the clipboard, cleared on its timer, on lock, on sleep and on quit,
 * but only while the clipboard still holds it (something copied since is left alone).
 * Only a digest is kept, so the text itself does not stay in this process.
 */
export class CopiedText {
  private copied: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private clearing: Promise<void> | undefined;

  constructor(private readonly os: NodeJS.Platform = process.platform) {}

  async copy(text: string, clearAfterMs: number): Promise<void> {
    await clipboard.write([new ClipboardItem({ 'text/plain': text, ...concealedFormats(this.os) })]);
    this.copied = digest(text);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.clear(), clearAfterMs);
  }

  /** Resolves once the clipboard no longer holds what the app copied; one clear at a time. */
  clear(): Promise<void> {
    this.clearing ??= this.clearNow().finally(() => (this.clearing = undefined));
    return this.clearing;
  }

  private async clearNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const mine = this.copied;
    if (mine === undefined) return;
    this.copied = undefined;
    if (digest(await clipboard.readText()) === mine) clipboard.clear();
  }
}
