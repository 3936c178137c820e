import { z } from 'zod';
import { method } from '../contract/define';
import { says } from '../i18n/messages/validation';
import { empty } from '../primitives';
import { passphrase } from '../vault/schema';

/** An absolute path to a folder a file-sync service copies between computers. */
const syncFolder = z
  .string(says('validation.says.syncFolderText'))
  .min(1, says('validation.says.syncFolderChoose'))
  .max(4096, says('validation.says.syncFolderLong'))
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), says('validation.says.syncFolderFullPath'));

export const startSyncInput = z.strictObject({ folder: syncFolder, passphrase });

/** The most characters of this computer's name (it stays in the vault, never in the folder). */
export const DEVICE_NAME_MAX = 60;

export const renameDeviceInput = z.strictObject({
  name: z
    .string(says('validation.says.deviceNameRequired'))
    .trim()
    .min(1, says('validation.says.deviceNameRequired'))
    .max(DEVICE_NAME_MAX, says('validation.says.deviceNameLong')),
});

export interface SyncResultView {
  sent: number;
  received: number;
  applied: number;
  revisions: number;
  skipped: number;
  forks: number;
  fromSnapshot: boolean;
  /** Other computers whose changes were held back because they are dated ahead of this clock. */
  clockAhead: number;
  /** This vault found a copy of itself writing as it, and now syncs under a new identity. */
  renewedIdentity: boolean;
  /** Records another computer deleted at once that wait for the mentor after this round (0: none). */
  heldDeletions: number;
}

/** Another computer syncing through the folder: its folder's random id, and when its changes were last read here. */
export interface SyncDeviceView {
  id: string;
  lastSeen: string | null;
}

export interface SyncStatusView {
  folder: string | null;
  deviceName: string | null;
  /** Whether the data key is in memory (after a restart the passphrase is asked again). */
  unlocked: boolean;
  otherDevices: SyncDeviceView[];
  lastSync: (SyncResultView & { at: string }) | null;
  pendingChanges: number;
  revisions: number;
  /** Records another computer's batch would delete, held until the mentor decides (0: none). */
  heldDeletions: number;
}

/** The kinds of record a kept revision can belong to, as the mentor names them (anything else is "a record"). */
export const REVISION_RECORDS = [
  'note', 'mentee', 'profile', 'careerAim', 'goal', 'milestone', 'meeting', 'agendaItem', 'actionItem', 'charter', 'charterComment',
  'resource', 'practice', 'evidence', 'feedback', 'selfAssessment', 'sponsorship', 'deadline', 'report', 'competency', 'mentorRecord', 'other',
] as const;
export type RevisionRecord = (typeof REVISION_RECORDS)[number];

/** The fields a kept revision can be of, by name (anything else is "text"). */
export const REVISION_FIELDS = [
  'title', 'body', 'name', 'notes', 'summary', 'description', 'statement', 'reason', 'context', 'text',
  'role', 'team', 'aspirations', 'horizon', 'metric', 'unit', 'whyRealistic', 'whyRelevant', 'supportNeeded', 'indicator', 'evidenceText',
  'purpose', 'mentorResponsibilities', 'menteeResponsibilities', 'meetingTopics', 'communicationChannels', 'confidentiality',
  'escalationSteps', 'progressPerQuarter', 'pilotStart', 'glossary', 'agreedByMentor', 'agreedByMentee',
  'technique', 'attempted', 'learned', 'nextAdjustment', 'audience', 'outcome', 'relationship', 'raterName', 'strengths', 'change',
  'link', 'source', 'reflection', 'section', 'descriptors', 'comment', 'dimension', 'descriptor', 'owner', 'competency', 'time', 'timeZone',
  'awardingBody', 'level', 'number', 'provider', 'competencies', 'supervisor', 'themes', 'whatHappened', 'doDifferently', 'pseudonym', 'contact',
] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

/**
 * Text another computer's edit replaced (or that lost to this computer's), kept so that
 * nothing typed is lost: what it belongs to, the kept text and the text there now.
 */
export interface RevisionView {
  id: number;
  record: RevisionRecord;
  field: RevisionField;
  /** The mentee the record belongs to, where it names one. */
  mentee: string | null;
  /** The record's own title or name, where it has one. */
  title: string | null;
  kept: string;
  /** When the kept text was written, and whether on this computer. */
  keptAt: string;
  keptHere: boolean;
  /** The text there now; null when the record has since been deleted. */
  current: string | null;
  currentAt: string | null;
  /** Whether the text there now was written on this computer; null when unknown or the record is gone. */
  currentHere: boolean | null;
  /** Why it cannot be put back from the list, if it cannot. */
  refused: RevisionRefusal | null;
}

/**
 * Why a kept text cannot be put back from the list: its record was deleted, is frozen (an
 * agreed charter version), or the value changes only on its own screen (a meeting's time,
 * from which its start is computed; a goal's metric, a recalibration with a reason).
 */
export type RevisionRefusal = 'deleted' | 'frozen' | 'ownScreen';

/**
 * A batch from another computer that would delete many records at once, held by the
 * fail-safe until the mentor confirms it or keeps the records: what it would delete.
 */
export interface HeldDeletionsView {
  deletions: number;
  /** How many records of each kind, most first. */
  kinds: { record: RevisionRecord; count: number }[];
  /** The mentees it would delete, by name. */
  mentees: string[];
  /** When the newest of its changes was made. */
  at: string;
  /** The computers it came from, by folder id (their names never travel); empty when not known. */
  from: string[];
}

export const revisionInput = z.strictObject({ id: z.number(says('validation.says.revisionId')).int().positive(says('validation.says.revisionId')) });

/**
 * What a passphrase change did to the sync folder's keys file: nothing to do, rewrapped with
 * the new passphrase, left alone because it opens with another passphrase (changed on another
 * computer), or left alone because the folder could not be reached or written.
 */
export type SyncKeysAfterChange = 'notSyncing' | 'rewrapped' | 'otherPassphrase' | 'unreachable';

/** Sync of the open vault through a folder (the data key is kept only while the app runs). */
export const syncContract = {
  'sync.status': method(empty).returns<SyncStatusView>(),
  /** The folder dialog; null when the person cancels. Nothing is saved until sync.start. */
  'sync.chooseFolder': method(empty).returns<{ folder: string } | null>(),
  'sync.start': method(startSyncInput).returns<SyncResultView>(),
  'sync.now': method(empty).returns<SyncResultView>(),
  'sync.rename': method(renameDeviceInput).returns<SyncStatusView>(),
  /** Kept revisions, newest first. */
  'sync.revisions': method(empty).returns<RevisionView[]>(),
  /** Puts the kept text back as an ordinary edit (it travels); the text it replaces is kept in turn. */
  'sync.restoreRevision': method(revisionInput).returns<RevisionView[]>(),
  /** Forgets a kept text for good. */
  'sync.dismissRevision': method(revisionInput).returns<RevisionView[]>(),
  /** The deletions held by the fail-safe, if any. */
  'sync.held': method(empty).returns<HeldDeletionsView | null>(),
  /** Applies the held deletions here too. */
  'sync.confirmHeld': method(empty).returns<SyncStatusView>(),
  /** Keeps the records on every computer: their rows are sent again, newer than the deletions. */
  'sync.refuseHeld': method(empty).returns<SyncStatusView>(),
};
