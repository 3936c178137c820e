import { z } from 'zod';
import type { SyncMessage } from './message';

/**
 * What the folder transport reads back after decrypting: every file in the sync folder comes
 * from another computer (or from whatever else writes there), so its content is checked like
 * any other input before a message reaches the vault.
 */
export const syncMessage = z.strictObject({
  timestamp: z.string().min(1).max(100),
  dataset: z.string().min(1).max(100),
  row: z.string().min(1).max(200),
  column: z.string().min(1).max(100),
  value: z.union([z.string(), z.number(), z.null()]),
}) satisfies z.ZodType<SyncMessage>;

/** A device id: random, 32 lowercase hex digits, also the name of the device's folder. */
export const deviceId = z.string().regex(/^[0-9a-f]{32}$/, 'A device id is 32 hex digits');

/** How far this computer has read one other device's segments. */
export const deviceCursor = z.strictObject({
  /** Every segment of the device with a sequence number up to this one has been read. */
  upTo: z.number().int().min(0),
  /** Names of segments read beyond a gap (one still syncing) or from a fork: not read twice. */
  read: z.array(z.string()),
});
export type DeviceCursor = z.infer<typeof deviceCursor>;

/** Per other device (by id), kept by the caller between rounds. */
export const journalCursors = z.record(deviceId, deviceCursor);
export type JournalCursors = z.infer<typeof journalCursors>;

/** The decrypted body of a segment (changes since the device's previous segment). */
export const segmentBody = z.strictObject({
  kind: z.literal('segment'),
  messages: z.array(syncMessage),
});

/** The decrypted body of a snapshot: every current value, and which segments that covers. */
export const snapshotBody = z.strictObject({
  kind: z.literal('snapshot'),
  messages: z.array(syncMessage),
  /** The writer's own segments up to this sequence number are included. */
  ownUpTo: z.number().int().min(0),
  /** The names of those segments, within a reader's fork window (a reader's cursor `read`). */
  ownRead: z.array(z.string()),
  /** The other devices' segments the writer had read when it wrote the snapshot. */
  cursors: journalCursors,
});

export type SegmentBody = z.infer<typeof segmentBody>;
export type SnapshotBody = z.infer<typeof snapshotBody>;

/** A peculiarity of the folder found during a round, for the mentor to see. */
export interface SyncWarning {
  code: 'SEGMENT_UNREADABLE' | 'CLOCK_AHEAD' | 'FORK' | 'SEGMENT_MISSING';
  deviceId: string;
  message: string;
}

export interface SyncFork {
  deviceId: string;
  /** The sequence numbers met a second time with other content. */
  seqs: number[];
}

/** What one round did. */
export interface SyncRoundSummary {
  /** Local changes written to the folder in this round. */
  sent: number;
  /** Messages read from other devices (before the replica's own deduplication). */
  received: number;
  /** Of those, how many changed the vault, and how many kept a losing value as a revision. */
  applied: number;
  revisions: number;
  /** Segments left for a later round: still syncing, failing their check, or ahead in time. */
  skipped: number;
  forks: SyncFork[];
  warnings: SyncWarning[];
  /** Whether this round began from another device's snapshot (a computer joining). */
  fromSnapshot: boolean;
  cursors: JournalCursors;
  /** Clock node id -> folder id of the devices read this round (held deletions name their computer). */
  nodes: Record<string, string>;
}
