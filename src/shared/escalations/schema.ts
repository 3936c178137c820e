import { z } from 'zod';
import { id, isoDateTime, MAX_LONG_TEXT, MAX_SHORT_TEXT, pageInput } from '../primitives';
import { plainText, requiredLine, requiredText } from '../notes/text';
import { says } from '../i18n/messages/validation';

export const ESCALATION_CATEGORIES = ['wellbeing', 'conduct', 'conflict', 'boundary', 'performance', 'other'] as const;
export const ESCALATION_SEVERITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const ESCALATION_STATUSES = ['open', 'monitoring', 'resolved'] as const;
export const ENTRY_KINDS = ['note', 'action', 'status-change', 'correction', 'closure'] as const;
/** A status-change moves between these; only a closure entry resolves a record. */
export const REOPEN_STATUSES = ['open', 'monitoring'] as const;

export type EscalationCategory = (typeof ESCALATION_CATEGORIES)[number];
export type EscalationSeverity = (typeof ESCALATION_SEVERITIES)[number];
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const escalationCategory = z.enum(ESCALATION_CATEGORIES, 'Choose a category');
export const escalationSeverity = z.enum(ESCALATION_SEVERITIES, 'Choose a severity');
export const escalationStatus = z.enum(ESCALATION_STATUSES, 'Choose a status');

const MAX_PEOPLE = 50;
/** Names or roles ("HR business partner"), one per item. */
export const peopleList = (label: string) =>
  z
    .array(requiredLine('Name or role', MAX_SHORT_TEXT), `${label} must be a list`)
    .max(MAX_PEOPLE, `At most ${MAX_PEOPLE} names or roles`);

export const createEscalationInput = z.strictObject({
  menteeId: id,
  category: escalationCategory,
  severity: escalationSeverity,
  title: requiredLine('Title', MAX_SHORT_TEXT),
  summary: plainText('Summary', MAX_LONG_TEXT).default(''),
  /** Who may know about this concern. Changed later only by a status-change entry. */
  needToKnow: peopleList('Need-to-know list').default([]),
  /** When the concern was raised; defaults to now. */
  openedAt: isoDateTime('Opened at').optional(),
});
export type CreateEscalationInput = z.input<typeof createEscalationInput>;

const entryBase = {
  escalationId: id,
  /** What happened or was done. */
  what: requiredText('What happened', MAX_LONG_TEXT),
  /** Who was informed. */
  informed: peopleList('Informed').default([]),
  outcome: plainText('Outcome', MAX_LONG_TEXT).default(''),
  /** When it happened; defaults to now. The time it was recorded is always now. */
  occurredAt: isoDateTime('Occurred at').optional(),
};

/**
 * A new timeline entry. Entries are never edited or deleted: a correction is a new entry
 * pointing at the one it corrects; a status-change sets status, severity or the
 * need-to-know list; a closure resolves the record.
 */
export const addEntryInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('note'), ...entryBase }),
  z.strictObject({ kind: z.literal('action'), ...entryBase }),
  z
    .strictObject({
      kind: z.literal('status-change'),
      ...entryBase,
      status: z.enum(REOPEN_STATUSES, 'Choose open or monitoring (use a closure entry to resolve)').optional(),
      severity: escalationSeverity.optional(),
      needToKnow: peopleList('Need-to-know list').optional(),
    })
    .refine((e) => e.status !== undefined || e.severity !== undefined || e.needToKnow !== undefined, {
      message: says('validation.says.escalationChange'),
      path: ['status'],
    }),
  z.strictObject({ kind: z.literal('correction'), ...entryBase, correctsEntryId: id }),
  z.strictObject({ kind: z.literal('closure'), ...entryBase }),
]);
export type AddEntryInput = z.input<typeof addEntryInput>;
export type AddEntryValues = z.output<typeof addEntryInput>;

export const ESCALATION_SORTS = ['urgency', 'openedAt', 'lastEntryAt', 'severity', 'status', 'mentee', 'category'] as const;
export const listEscalationsInput = z.strictObject({
  ...pageInput,
  menteeId: id.optional(),
  statuses: z.array(escalationStatus).max(ESCALATION_STATUSES.length).default([]),
  severities: z.array(escalationSeverity).max(ESCALATION_SEVERITIES.length).default([]),
  categories: z.array(escalationCategory).max(ESCALATION_CATEGORIES.length).default([]),
  /** 'urgency' = open before monitoring before resolved, then urgent..low, then oldest. */
  sort: z.enum(ESCALATION_SORTS).default('urgency'),
  /** For 'urgency', asc = most urgent first. */
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export const escalationIdInput = z.strictObject({ id });
export const entryIdInput = z.strictObject({ entryId: id });

interface Confidential {
  confidential: true;
}

export type ChainBreakReason =
  /** The record's own details (mentee, category, title, summary, first severity, opened at) changed. */
  | 'record-changed'
  /** An entry's content no longer matches its hash. */
  | 'entry-changed'
  /** An entry does not follow the one before it: one was removed, inserted or moved. */
  | 'link-broken'
  /** The sequence numbers have a gap, a repeat or a swap. */
  | 'sequence-broken'
  /** Entries are missing at the end (the record's head and count no longer match). */
  | 'head-mismatch'
  /** The record's current status, severity or need-to-know list differ from what its entries say. */
  | 'state-mismatch';

export type ChainVerification =
  | { intact: true; head: string; fingerprint: string; entryCount: number }
  | {
      intact: false;
      /** The first entry that no longer matches; null when the record itself or the tail is at fault. */
      firstBrokenEntryId: number | null;
      /** Its number in its device's chain of the record (0 = the record's own details). */
      sequence: number;
      reason: ChainBreakReason;
      /** A sentence for the badge; never quotes confidential content. */
      message: string;
    };

export interface EscalationSummary extends Confidential {
  id: number;
  menteeId: number;
  menteeName: string;
  category: EscalationCategory;
  severity: EscalationSeverity;
  status: EscalationStatus;
  title: string;
  openedAt: string;
  /** Whole days since openedAt. */
  ageDays: number;
  /** When the last entry was recorded; null with no entries yet. */
  lastEntryAt: string | null;
  entryCount: number;
  /** Whether the record's hash chain verifies. */
  intact: boolean;
}

export interface EscalationEntry extends Confidential {
  id: number;
  escalationId: number;
  sequence: number;
  kind: EntryKind;
  what: string;
  informed: string[];
  outcome: string;
  occurredAt: string;
  recordedAt: string;
  /** For a correction: the entry it corrects. */
  correctsEntryId: number | null;
  /** Later corrections that point at this entry (derived, for the timeline view). */
  correctedBy: number[];
  newStatus: EscalationStatus | null;
  newSeverity: EscalationSeverity | null;
  newNeedToKnow: string[] | null;
  /** SHA-256 of the previous hash and this entry's canonical content (hex). */
  hash: string;
}

/**
 * One record with its whole timeline and its verification. The charter's escalation
 * process is not part of it: the screen fetches that from the charter by menteeId.
 */
export interface Escalation extends EscalationSummary {
  summary: string;
  /** Who may know now (the latest status-change that set it, else the first list). */
  needToKnow: string[];
  initialSeverity: EscalationSeverity;
  initialNeedToKnow: string[];
  createdAt: string;
  entries: EscalationEntry[];
  verification: ChainVerification;
}

export interface FingerprintCopy {
  copied: true;
  fingerprint: string;
  head: string;
  clearsAfterSeconds: number;
}

export interface ChainReport {
  records: number;
  broken: { id: number; firstBrokenEntryId: number | null; sequence: number; reason: ChainBreakReason; message: string }[];
}
