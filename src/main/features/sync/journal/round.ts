import type { Replica, SyncMessage } from '../../../../shared/sync/message';
import type { JournalCursors, SyncRoundSummary } from '../../../../shared/sync/journal';
import { removeLeftoverTemps } from './atomic-file';
import { deviceDir } from './folder';
import type { JournalKeys } from './keys';
import { readNew } from './read';
import { newestSnapshot } from './snapshot';
import { lastWrittenTimestamp, segmentParts, writeSegment } from './write';

export interface SyncRoundInput {
  replica: Replica;
  folder: string;
  keys: JournalKeys;
  /** Where this device stopped reading each other device; {} on a computer that never synced. */
  cursors: JournalCursors;
  now?: Date;
  /**
   * Hears the name of this device's next segment before it is written: a round killed after
   * the rename leaves a segment the caller did not record, and must not take it for a copy's.
   */
  writing?: (name: string) => void;
  /** About how large one segment grows (`SEGMENT_BYTES`); smaller in tests. */
  segmentBytes?: number;
}

const byTime = (a: SyncMessage, b: SyncMessage) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0);

/**
 * One round: this device's pending changes become its next segment, then every other device's
 * new segments are read and applied. The caller keeps the returned cursors only after the
 * round returns, so a round cut short is read again (the replica's apply is idempotent).
 */
export function runSyncRound({ replica, folder, keys, cursors, now = new Date(), writing, segmentBytes }: SyncRoundInput): SyncRoundSummary {
  const self = replica.deviceId;
  removeLeftoverTemps(deviceDir(folder, self));
  let applied = 0;
  let revisions = 0;

  // A computer that has read nothing yet starts from the newest snapshot, if any.
  let start = cursors;
  let fromSnapshot = false;
  if (Object.keys(cursors).length === 0) {
    const snapshot = newestSnapshot(folder, keys, self, now);
    if (snapshot) {
      const done = replica.apply([...snapshot.body.messages].sort(byTime));
      applied += done.applied;
      revisions += done.revisions;
      start = Object.fromEntries(Object.entries(snapshot.cursors).filter(([id]) => id !== self));
      fromSnapshot = true;
    }
  }

  // Changes already in this device's newest segment were written by a round killed before it
  // could mark them sent: they are marked now, not written twice.
  let written: string | null | undefined;
  let already = false;
  function* unsent(): Generator<SyncMessage> {
    for (const m of replica.eachPending?.() ?? [...replica.pending()].sort(byTime)) {
      written ??= lastWrittenTimestamp(folder, keys, self);
      if (written !== null && m.timestamp <= written) already = true;
      else yield m;
    }
  }
  let sent = 0;
  // Each part is marked sent once written: a round cut short between two resumes after the first.
  for (const part of segmentParts(unsent(), segmentBytes)) {
    writeSegment(folder, keys, self, part, writing);
    replica.markSent(part[part.length - 1]!.timestamp);
    sent += part.length;
  }
  if (already && sent === 0) replica.markSent(written!);

  const read = readNew(folder, keys, start, { self, now });
  if (read.messages.length > 0) {
    const done = replica.apply(read.messages.sort(byTime));
    applied += done.applied;
    revisions += done.revisions;
  }
  return {
    sent,
    received: read.messages.length,
    applied,
    revisions,
    skipped: read.skipped,
    forks: read.forks,
    warnings: read.warnings,
    fromSnapshot,
    cursors: read.cursors,
    nodes: read.nodes,
  };
}
