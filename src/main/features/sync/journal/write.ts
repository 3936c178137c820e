import { mkdirSync } from 'node:fs';
import type { SyncMessage } from '../../../../shared/sync/message';
import { segmentBody } from '../../../../shared/sync/journal';
import { writeFileAtomic } from './atomic-file';
import { deviceDir, listFiles, readBytes } from './folder';
import type { JournalKeys } from './keys';
import { openFile, sealFile, type JournalFileName } from './segment-file';

/** The next sequence number of this device: one past the highest in its own folder. */
export function nextSeq(folder: string, deviceId: string): number {
  const files = listFiles(folder, deviceId, 'segment');
  return files.length === 0 ? 1 : files[files.length - 1]!.seq + 1;
}

/**
 * Writes messages as this device's next segment (never into another device's folder).
 * `announce` hears the segment's name before the file is written.
 */
export function writeSegment(
  folder: string,
  keys: JournalKeys,
  deviceId: string,
  messages: SyncMessage[],
  announce?: (name: string) => void,
): JournalFileName & { count: number } {
  const dir = deviceDir(folder, deviceId);
  mkdirSync(dir, { recursive: true });
  const seq = nextSeq(folder, deviceId);
  const { name, bytes } = sealFile(keys, deviceId, 'segment', seq, segmentBody.parse({ kind: 'segment', messages }));
  announce?.(name);
  writeFileAtomic(dir, name, bytes);
  return { name, kind: 'segment', seq, hash: name.slice(-16), count: messages.length };
}

/**
 * The newest timestamp this device has already written to the folder, read back from its own
 * newest readable segment. A writer killed after the rename but before the vault recorded the
 * send would otherwise send the same changes again in the next segment.
 */
export function lastWrittenTimestamp(folder: string, keys: JournalKeys, deviceId: string): string | null {
  const files = listFiles(folder, deviceId, 'segment');
  for (let i = files.length - 1; i >= 0; i--) {
    const opened = openFile(keys, deviceId, files[i]!, readBytes(folder, deviceId, files[i]!));
    if (!opened.ok) continue;
    const body = segmentBody.safeParse(opened.body);
    if (!body.success) continue;
    let newest: string | null = null;
    for (const m of body.data.messages) if (newest === null || m.timestamp > newest) newest = m.timestamp;
    if (newest !== null) return newest;
  }
  return null;
}

/** About how large a segment grows before the next begins (its JSON, before encryption). */
export const SEGMENT_BYTES = 32 * 1024 * 1024;

/**
 * A round's messages, in clock order, cut into segments of about `maxBytes` each. A first
 * sync sends the whole vault: as one segment its text passed the longest string the
 * runtime can make, and a sync service uploads a large file again from the start when it
 * is interrupted. Each part is made as the one before has gone, so a vault's worth of
 * changes is never in memory at once.
 */
export function* segmentParts(messages: Iterable<SyncMessage>, maxBytes = SEGMENT_BYTES): Generator<SyncMessage[]> {
  let part: SyncMessage[] = [];
  let bytes = 0;
  for (const m of messages) {
    // The message's fields and punctuation, and its value at worst escaped twice its length.
    const size = 120 + m.dataset.length + m.row.length + m.column.length + (typeof m.value === 'string' ? 2 * m.value.length : 24);
    if (part.length > 0 && bytes + size > maxBytes) {
      yield part;
      part = [];
      bytes = 0;
    }
    part.push(m);
    bytes += size;
  }
  if (part.length > 0) yield part;
}
