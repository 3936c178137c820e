import { mkdirSync } from 'node:fs';
import type { SyncMessage } from '../../../../shared/sync/message';
import { snapshotBody, type JournalCursors, type SnapshotBody } from '../../../../shared/sync/journal';
import { writeFileAtomic } from './atomic-file';
import { aheadBy, MAX_CLOCK_AHEAD_MS } from './clock-check';
import { deviceDir, listDevices, listFiles, readBytes } from './folder';
import type { JournalKeys } from './keys';
import { FORK_WINDOW } from './read';
import { openFile, sealFile } from './segment-file';
import { nextSeq } from './write';

/**
 * A compacted snapshot: every current value a device holds, with the segments that covers
 * (its own up to `ownUpTo`, the others' by its cursors). A computer joining reads the newest
 * snapshot and then only the segments after it, instead of every segment ever written.
 * Segments are never removed, so a snapshot only shortens the way in; it replaces nothing.
 */
export function writeSnapshot(folder: string, keys: JournalKeys, deviceId: string, messages: SyncMessage[], cursors: JournalCursors): { name: string; ownUpTo: number } {
  const dir = deviceDir(folder, deviceId);
  mkdirSync(dir, { recursive: true });
  const ownUpTo = nextSeq(folder, deviceId) - 1;
  const ownRead = listFiles(folder, deviceId, 'segment')
    .filter((f) => f.seq <= ownUpTo && f.seq > ownUpTo - FORK_WINDOW)
    .map((f) => f.name);
  const others = Object.fromEntries(Object.entries(cursors).filter(([id]) => id !== deviceId));
  const body = snapshotBody.parse({ kind: 'snapshot', messages, ownUpTo, ownRead, cursors: others });
  const { name, bytes } = sealFile(keys, deviceId, 'snapshot', ownUpTo, body);
  writeFileAtomic(dir, name, bytes);
  return { name, ownUpTo };
}

export interface FoundSnapshot {
  deviceId: string;
  name: string;
  body: SnapshotBody;
  /** The cursors a reader starts from after applying it (the writer's own folder included). */
  cursors: JournalCursors;
}

const coverage = (s: SnapshotBody) => s.ownUpTo + Object.values(s.cursors).reduce((n, c) => n + c.upTo, 0);

/**
 * The readable snapshot of another device covering the most segments, or null (none yet, or
 * none readable now). A device's own snapshots only hold what it has already.
 */
export function newestSnapshot(folder: string, keys: JournalKeys, self: string, now: Date): FoundSnapshot | null {
  let best: FoundSnapshot | null = null;
  for (const device of listDevices(folder)) {
    if (device === self) continue;
    const files = listFiles(folder, device, 'snapshot').reverse();
    for (const file of files) {
      const opened = openFile(keys, device, file, readBytes(folder, device, file));
      if (!opened.ok) continue;
      const body = snapshotBody.safeParse(opened.body);
      if (!body.success || body.data.ownUpTo !== file.seq) continue;
      const ahead = aheadBy(body.data.messages, now);
      if (ahead === null || ahead > MAX_CLOCK_AHEAD_MS) continue;
      if (!best || coverage(body.data) > coverage(best.body)) {
        best = { deviceId: device, name: file.name, body: body.data, cursors: { ...body.data.cursors, [device]: { upTo: body.data.ownUpTo, read: body.data.ownRead } } };
      }
      break;
    }
  }
  return best;
}
