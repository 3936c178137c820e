import type { SyncMessage } from '../../../../shared/sync/message';
import { segmentBody, type DeviceCursor, type JournalCursors, type SyncFork, type SyncWarning } from '../../../../shared/sync/journal';
import { aheadBy, describeAhead, MAX_CLOCK_AHEAD_MS } from './clock-check';
import { listDevices, listFiles, readBytes } from './folder';
import type { JournalKeys } from './keys';
import { openFile, parseFileName } from './segment-file';

/**
 * A cursor remembers the names of the segments it read this far below its contiguous point,
 * so a file that appears there later (a device restored from a backup, or one vault file
 * copied to two computers) is recognised as a fork and read, not taken for one already read.
 */
export const FORK_WINDOW = 1000;

export interface ReadNewResult {
  messages: SyncMessage[];
  cursors: JournalCursors;
  /** Segments left for a later round: absent (placeholder), unreadable, or ahead in time. */
  skipped: number;
  forks: SyncFork[];
  warnings: SyncWarning[];
  /** Clock node id (a timestamp's end) -> the folder id of the device whose segments carry it. */
  nodes: Record<string, string>;
}

export interface ReadOptions {
  /** This device: its own folder is never read as another's. */
  self?: string;
  /** The clock the changes are checked against (default: now). */
  now?: Date;
}

const short = (deviceId: string) => deviceId.slice(0, 8);

/**
 * Reads every other device's segments past the cursors. Nothing in the folder is changed:
 * a segment that cannot be read now stays where it is and is tried again next round.
 */
export function readNew(folder: string, keys: JournalKeys, cursors: JournalCursors, options: ReadOptions = {}): ReadNewResult {
  const now = options.now ?? new Date();
  const result: ReadNewResult = { messages: [], cursors: { ...cursors }, skipped: 0, forks: [], warnings: [], nodes: {} };
  for (const device of listDevices(folder)) {
    if (device === options.self) continue;
    result.cursors[device] = readDevice(folder, keys, device, cursors[device] ?? { upTo: 0, read: [] }, now, result);
  }
  return result;
}

function readDevice(folder: string, keys: JournalKeys, device: string, cursor: DeviceCursor, now: Date, out: ReadNewResult): DeviceCursor {
  const read = new Set(cursor.read);
  const seqsRead = new Map<number, number>();
  for (const name of read) {
    const seq = parseFileName(name)?.seq;
    if (seq !== undefined) seqsRead.set(seq, (seqsRead.get(seq) ?? 0) + 1);
  }
  const files = listFiles(folder, device, 'segment');
  const present = new Map<number, number>();
  for (const f of files) present.set(f.seq, (present.get(f.seq) ?? 0) + 1);
  const forkSeqs = new Set<number>();
  let unreadable = 0;
  let ahead = 0;

  for (const file of files) {
    if (read.has(file.name) || file.seq <= cursor.upTo - FORK_WINDOW) continue;
    const opened = openFile(keys, device, file, readBytes(folder, device, file));
    if (!opened.ok) {
      out.skipped++;
      if (opened.reason === 'unreadable') unreadable++;
      continue;
    }
    const body = segmentBody.safeParse(opened.body);
    const by = body.success ? aheadBy(body.data.messages, now) : null;
    if (!body.success || by === null) {
      out.skipped++;
      unreadable++;
      continue;
    }
    if (by > MAX_CLOCK_AHEAD_MS) {
      out.skipped++;
      ahead = Math.max(ahead, by);
      continue;
    }
    // New to this reader at a sequence number already read, below the contiguous point, or
    // present twice: the device's history has two branches. Both are read; none is overwritten.
    if (file.seq <= cursor.upTo || seqsRead.has(file.seq) || (present.get(file.seq) ?? 0) > 1) forkSeqs.add(file.seq);
    // One by one: a first round's segments hold 32 MB of messages each, too many for push(...spread).
    for (const message of body.data.messages) out.messages.push(message);
    // A device's segments carry its own changes only: one node id per segment says whose.
    const node = body.data.messages[0]?.timestamp.slice(-16);
    if (node) out.nodes[node] = device;
    read.add(file.name);
    seqsRead.set(file.seq, (seqsRead.get(file.seq) ?? 0) + 1);
  }

  let upTo = cursor.upTo;
  while (seqsRead.has(upTo + 1)) upTo++;
  const keep = [...read].filter((name) => (parseFileName(name)?.seq ?? 0) > upTo - FORK_WINDOW).sort();

  if (unreadable > 0) {
    out.warnings.push({
      code: 'SEGMENT_UNREADABLE',
      deviceId: device,
      message: `${unreadable} change file(s) from device ${short(device)} could not be read yet (still arriving, or damaged); they are left in place and tried again next time.`,
    });
  }
  if (ahead > 0) {
    out.warnings.push({
      code: 'CLOCK_AHEAD',
      deviceId: device,
      message: `Changes from device ${short(device)} are dated ${describeAhead(ahead)} ahead of this computer's clock, so they are held back. Check the date, time and time zone on both computers; the changes are read once the clocks agree.`,
    });
  }
  if (forkSeqs.size > 0) {
    const seqs = [...forkSeqs].sort((a, b) => a - b);
    out.forks.push({ deviceId: device, seqs });
    out.warnings.push({
      code: 'FORK',
      deviceId: device,
      message: `Device ${short(device)} wrote two different histories (was its vault restored from a backup, or copied to another computer?). Changes from both were read and merged; nothing was overwritten.`,
    });
  }
  return { upTo, read: keep };
}
