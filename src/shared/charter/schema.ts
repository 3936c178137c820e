import { z } from 'zod';
import { id, isoDate, longText, MAX_LIST, requiredText, shortText, textList } from '../primitives';
import { says } from '../i18n/messages/validation';
import { documentLocale } from '../documents/schema';

export const MEETING_FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export const MEETING_FORMATS = ['in-person', 'video', 'phone', 'async'] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const PILOT_MIN_WEEKS = 6;
export const PILOT_MAX_WEEKS = 8;
export const PILOT_DEFAULT_WEEKS = 6;

/** Longer than a label, shorter than a document: a glossary meaning, an escalation step. */
const mediumText = (label: string) =>
  z.string(`${label} must be text`).trim().min(1, `${label} is required`).max(1000, `${label} must be at most 1000 characters`);

const weeks = (label: string) =>
  z.int(`${label} must be a whole number of weeks`).min(1, `${label} must be 1 to 52 weeks`).max(52, `${label} must be 1 to 52 weeks`);

export const pilotWeeks = z
  .int('Pilot length must be a whole number of weeks')
  .min(PILOT_MIN_WEEKS, `Pilot length must be ${PILOT_MIN_WEEKS} to ${PILOT_MAX_WEEKS} weeks`)
  .max(PILOT_MAX_WEEKS, `Pilot length must be ${PILOT_MIN_WEEKS} to ${PILOT_MAX_WEEKS} weeks`);

export const communicationChannel = z.strictObject({
  channel: requiredText('Channel'),
  expectedResponse: shortText('Expected response time').default(''),
});

export const escalationStep = z.strictObject({
  step: mediumText('Step'),
  who: requiredText('Who'),
});

export const glossaryEntry = z.strictObject({
  term: requiredText('Term'),
  meaning: mediumText('Meaning'),
});

const list = <T extends z.ZodType>(item: T, label: string) =>
  z.array(item, `${label} must be a list`).max(MAX_LIST, `At most ${MAX_LIST} ${label.toLowerCase()} entries`);

/** Every part of the charter (docs/domain.md, section 2) as structured fields: one group per part. */
export const charterBody = z.strictObject({
  purpose: longText('Purpose').default(''),
  roles: z.strictObject({
    mentor: textList('Mentor responsibility').default([]),
    mentee: textList('Mentee responsibility').default([]),
  }),
  meetingRhythm: z.strictObject({
    frequency: z.enum(MEETING_FREQUENCIES, 'Choose weekly, biweekly or monthly'),
    lengthMinutes: z.int('Meeting length must be whole minutes').min(10, 'Meetings last 10 to 480 minutes').max(480, 'Meetings last 10 to 480 minutes'),
    format: z.enum(MEETING_FORMATS, 'Choose in person, video, phone or async'),
    topics: textList('Topic').default([]),
  }),
  communication: z.strictObject({
    channels: list(communicationChannel, 'Channel').default([]),
  }),
  confidentiality: longText('Confidentiality agreement').default(''),
  escalation: list(escalationStep, 'Escalation step').default([]),
  reviewRhythm: z.strictObject({
    formalEveryWeeks: weeks('Formal review interval').nullable().default(null),
    afterMajorMilestones: z.boolean().default(true),
    informalEveryWeeks: weeks('Informal touchpoint interval').nullable().default(null),
  }),
  progressPerQuarter: textList('Meaningful progress').default([]),
  pilot: z.strictObject({
    startDate: isoDate('Pilot start date').nullable().default(null),
    weeks: pilotWeeks.default(PILOT_DEFAULT_WEEKS),
  }),
  glossary: list(glossaryEntry, 'Glossary')
    .default([])
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        const key = e.term.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: says('validation.says.glossaryTermOnce') });
        seen.add(key);
      });
    }),
});
export type CharterBodyInput = z.input<typeof charterBody>;
export type CharterBody = z.output<typeof charterBody>;

/** Why a version after the first exists: required, and kept with the version. */
export const changeReason = z
  .string('Reason must be text')
  .trim()
  .min(1, 'Say why this change is made')
  .max(2000, 'Reason must be at most 2000 characters');

export const menteeCharterInput = z.strictObject({ menteeId: id });
/**
 * Without a body, version 1 is the starting template in the mentee's document language;
 * `locale` (the app's) is the language when the mentee has none, else English.
 */
export const createCharterInput = z.strictObject({ menteeId: id, body: charterBody.optional(), locale: documentLocale.optional() });
export const charterDefaultsInput = z.strictObject({ locale: documentLocale.optional() });
export const updateCharterInput = z.strictObject({ versionId: id, body: charterBody, reason: changeReason.optional() });
export const reviseCharterInput = z.strictObject({ menteeId: id, reason: changeReason });
export const agreeCharterInput = z.strictObject({
  versionId: id,
  agreedOn: isoDate('Agreed on'),
  /** Default to the mentor profile's name and the mentee's name. */
  agreedByMentor: shortText('Your name').optional(),
  agreedByMentee: shortText('Mentee’s name').optional(),
});
export const charterVersionInput = z.strictObject({ versionId: id });
export const compareCharterInput = z.strictObject({ fromVersionId: id, toVersionId: id });
export const pilotReviewedInput = z.strictObject({ menteeId: id, reviewedOn: isoDate('Reviewed on').nullable() });

export type CharterStatus = 'draft' | 'agreed';

export interface CharterVersionSummary {
  id: number;
  menteeId: number;
  version: number;
  status: CharterStatus;
  /** Why this version was started; empty for version 1. */
  reason: string;
  agreedOn: string | null;
  agreedByMentor: string;
  agreedByMentee: string;
  /** End of this version's pilot = the first formal review (null while no start date). */
  pilotReviewDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CharterVersion extends CharterVersionSummary {
  body: CharterBody;
}

export const PILOT_STATES = ['not-planned', 'not-started', 'in-pilot', 'review-due', 'done'] as const;
export type PilotState = (typeof PILOT_STATES)[number];

export interface PilotInfo {
  state: PilotState;
  startDate: string | null;
  weeks: number;
  /** The first formal review, scheduled at the pilot's end. */
  reviewDate: string | null;
  reviewedOn: string | null;
  /** Days from today to the review date (negative once it has passed); null when not planned. */
  daysToReview: number | null;
  /** The version the pilot is read from: the latest agreed one, else the draft. */
  fromVersion: number | null;
}

export interface Charter {
  menteeId: number;
  /** Newest first; every version stays readable. */
  versions: CharterVersionSummary[];
  /** The newest version (the draft when there is one). */
  current: CharterVersion;
  agreedVersionId: number | null;
  draftVersionId: number | null;
  pilot: PilotInfo;
}

export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface ListItemChange {
  status: 'unchanged' | 'added' | 'removed' | 'changed';
  from: string | null;
  to: string | null;
  /** For a changed item: the word-level difference. */
  parts?: TextPart[];
}

export type CharterFieldChange =
  | { field: string; label: string; kind: 'text'; changed: boolean; from: string; to: string; parts: TextPart[] }
  | { field: string; label: string; kind: 'value'; changed: boolean; from: string | number | boolean | null; to: string | number | boolean | null }
  | { field: string; label: string; kind: 'list'; changed: boolean; items: ListItemChange[] };

export interface CharterComparison {
  from: CharterVersion;
  to: CharterVersion;
  fields: CharterFieldChange[];
  changedCount: number;
}
