import { z } from 'zod';
import { id, isoDate, longText, pageInput, requiredText, shortText, textList } from '../primitives';
import { LETTERS, letterDate, letterNumber, letterText, optionalLetterText } from '../goals/smart';
import { says } from '../i18n/messages/validation';
import { documentLocale } from '../documents/schema';

/**
 * The mentor's own practice: credentials, development goals, training, supervision,
 * reflective practice, and the client-hours log that accreditation bodies ask for
 * (derived from held meetings, never typed twice).
 */

const hours = (label: string) =>
  z
    .number(`${label} must be a number`)
    .min(0, `${label} must not be negative`)
    .max(10_000, `${label} must be at most 10,000`);

const optionalDate = (label: string) => isoDate(label).nullable().default(null);

/** A record's form check and its update check (the same fields plus the id), with the same cross-field rule. */
function form<Shape extends z.ZodRawShape>(shape: Shape, check: (value: z.output<z.ZodObject<Shape>>, ctx: z.RefinementCtx) => void = () => {}) {
  return {
    values: z.strictObject(shape).superRefine(check),
    update: z.strictObject({ id, ...shape }).superRefine((value, ctx) => check(value as z.output<z.ZodObject<Shape>>, ctx)),
  };
}

// ---- Credentials -------------------------------------------------------------------------

export const credential = form(
  {
    /** The accrediting body, e.g. "ICF" or "EMCC". */
    body: requiredText('Awarding body'),
    /** e.g. "ACC", "PCC", "Senior Practitioner". */
    level: requiredText('Level'),
    number: shortText('Credential number').default(''),
    awardedOn: optionalDate('Awarded on'),
    expiresOn: optionalDate('Renewal due'),
  },
  (c, ctx) => {
    if (c.awardedOn && c.expiresOn && c.expiresOn < c.awardedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: says('validation.says.renewalAfterAward') });
    }
  },
);
export type CredentialValues = z.output<typeof credential.values>;

// ---- The mentor's development goals (the same SMART letters as a mentee's goal) -------------

const { S, M, A, R, T } = LETTERS;
export const MENTOR_GOAL_STATUSES = ['not-started', 'on-track', 'at-risk', 'achieved', 'dropped'] as const;

export const mentorGoal = form(
  {
    title: requiredText('Title'),
    status: z.enum(MENTOR_GOAL_STATUSES, 'Choose a status').default('not-started'),
    statement: letterText(S, 'statement', 2000),
    metric: letterText(M, 'metric'),
    unit: letterText(M, 'unit'),
    baseline: letterNumber(M, 'baseline value'),
    target: letterNumber(M, 'target value'),
    whyRealistic: letterText(A, 'why it is realistic', 2000),
    /** A mentee's goal serves a career aim; the mentor's serves their practice. */
    whyRelevant: letterText(R, 'why it matters to your practice', 2000),
    supportNeeded: optionalLetterText(A, 'support needed', 2000),
    targetDate: letterDate(T, 'target date'),
  },
  (g, ctx) => {
    if (g.target === g.baseline) ctx.addIssue({ code: 'custom', path: ['target'], message: `${M}: ${says('validation.says.targetDiffersFromBaseline')}` });
  },
);
export type MentorGoalValues = z.output<typeof mentorGoal.values>;

// ---- Training, supervision, reflections, thresholds --------------------------------------

export const TRAINING_KINDS = ['course', 'workshop', 'certificate', 'conference', 'reading-group', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const training = form({
  kind: z.enum(TRAINING_KINDS, 'Choose a kind of training'),
  title: requiredText('Title'),
  provider: shortText('Provider').default(''),
  date: isoDate('Date'),
  hours: hours('Hours').refine((h) => h > 0, says('validation.says.hoursAboveZero')),
  competencies: textList('Competencies').default([]),
  notes: longText('Notes').default(''),
});
export type TrainingValues = z.output<typeof training.values>;

export const SESSION_FORMATS = ['individual', 'group'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const supervision = form({
  date: isoDate('Date'),
  supervisor: requiredText('Supervisor'),
  hours: hours('Hours').refine((h) => h > 0, says('validation.says.hoursAboveZero')),
  format: z.enum(SESSION_FORMATS, 'Choose individual or group').default('individual'),
  themes: longText('Themes').default(''),
});
export type SupervisionValues = z.output<typeof supervision.values>;

/** Reflective practice: private like notes; only what the mentor marks goes into the record PDF. */
export const practiceReflection = form(
  {
    date: isoDate('Date'),
    whatHappened: longText('What happened').default(''),
    learned: longText('What I learned').default(''),
    doDifferently: longText('What I will do differently').default(''),
    includeInRecord: z.boolean().default(false),
  },
  (r, ctx) => {
    if ((r.whatHappened + r.learned + r.doDifferently).trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['whatHappened'], message: says('validation.says.reflectionPart') });
    }
  },
);
export type PracticeReflectionValues = z.output<typeof practiceReflection.values>;

/** A credential's requirement, e.g. ICF ACC: 100 coaching hours, 75 of them paid, 60 training hours. */
export const threshold = form({
  name: requiredText('Name'),
  clientHours: hours('Client hours'),
  paidHours: hours('Paid hours').default(0),
  trainingHours: hours('Training hours').default(0),
  supervisionHours: hours('Supervision hours').default(0),
});
export type ThresholdValues = z.output<typeof threshold.values>;

// ---- Clients: per mentee, how they appear in the hours log ---------------------------------

export const PAYMENTS = ['paid', 'pro-bono'] as const;
export type Payment = (typeof PAYMENTS)[number];

export const clientValues = z.strictObject({
  payment: z.enum(PAYMENTS, 'Choose paid or pro bono'),
  /** Without the mentee's consent the log shows only the pseudonym, and never a contact. */
  consentToList: z.boolean(),
  pseudonym: requiredText('Pseudonym'),
  contact: shortText('Contact').default(''),
});
export type ClientValues = z.output<typeof clientValues>;

// ---- Inputs --------------------------------------------------------------------------------

export const recordId = z.strictObject({ id });
export const clientUpdate = z.strictObject({ menteeId: id, ...clientValues.shape });
export const listInput = z.strictObject({ search: shortText('Search').default(''), ...pageInput });

/** A period of the log; both ends optional (everything). */
const periodShape = { from: isoDate('From').nullable().default(null), to: isoDate('To').nullable().default(null) };
const periodRule = (p: { from: string | null; to: string | null }, ctx: z.RefinementCtx) => {
  if (p.from && p.to && p.from > p.to) ctx.addIssue({ code: 'custom', path: ['to'], message: says('validation.says.toNotBeforeFrom') });
};
export const hoursPeriod = z.strictObject(periodShape).superRefine(periodRule);

/** The mode's clock, or the planned length, unless the mentor says otherwise (and why). */
export const sessionAdjustment = z
  .strictObject({
    meetingId: id,
    /** Null goes back to the derived length. */
    minutes: z.int('Minutes must be a whole number').min(1, 'At least 1 minute').max(24 * 60, 'At most 24 hours').nullable(),
    reason: shortText('Reason').default(''),
    format: z.enum(SESSION_FORMATS, 'Choose individual or group').default('individual'),
    /** Others in a group session, for the log's "number in group". */
    groupSize: z.int('Group size must be a whole number').min(2, 'A group has at least 2').max(500).nullable().default(null),
  })
  .refine((a) => a.minutes === null || a.reason.trim() !== '', { path: ['reason'], message: says('validation.says.whyLengthDiffers') })
  .refine((a) => a.format === 'individual' || a.groupSize !== null, { path: ['groupSize'], message: says('validation.says.groupSize') });

export const HOURS_FORMATS = ['csv', 'xlsx'] as const;
export type HoursFormat = (typeof HOURS_FORMATS)[number];
export const exportHoursInput = z.strictObject({ ...periodShape, format: z.enum(HOURS_FORMATS, 'Choose CSV or Excel'), locale: documentLocale.optional() }).superRefine(periodRule);
/** The record is the mentor's own document: in the screens' language unless asked otherwise. */
export const exportRecordInput = z.strictObject({ ...periodShape, locale: documentLocale.optional() }).superRefine(periodRule);

// ---- Outputs (extend the form values) -----------------------------------------------------

interface Stamped {
  id: number;
  createdAt: string;
  updatedAt: string;
}
export type Credential = Stamped & CredentialValues;
export type MentorGoal = Stamped & MentorGoalValues;
export type Training = Stamped & TrainingValues;
export type Supervision = Stamped & SupervisionValues;
export type PracticeReflection = Stamped & PracticeReflectionValues;
export type Threshold = Stamped & ThresholdValues;

export interface Client extends ClientValues {
  menteeId: number;
  menteeName: string;
  /** What the log shows: the name with consent, else the pseudonym. */
  listedAs: string;
}

/** One held meeting as the log counts it. */
export interface LoggedSession {
  meetingId: number;
  menteeId: number;
  menteeName: string;
  listedAs: string;
  title: string;
  /** The day it was held. */
  date: string;
  minutes: number;
  /** Where the minutes came from. */
  source: 'clock' | 'planned' | 'adjusted';
  reason: string;
  format: SessionFormat;
  groupSize: number | null;
  payment: Payment;
}

export interface ClientHours {
  menteeId: number;
  listedAs: string;
  /** Only with consent. */
  contact: string;
  firstSession: string;
  lastSession: string;
  sessions: number;
  individualHours: number;
  groupHours: number;
  paidHours: number;
  proBonoHours: number;
  totalHours: number;
}

export interface MonthHours {
  /** YYYY-MM */
  month: string;
  paidHours: number;
  proBonoHours: number;
}

export interface ThresholdProgress extends Threshold {
  clientHoursDone: number;
  paidHoursDone: number;
  trainingHoursDone: number;
  supervisionHoursDone: number;
  met: boolean;
}

/** The log's figures, read by one query for the screen and every export alike. */
export interface HoursSummary {
  from: string | null;
  to: string | null;
  totals: { sessions: number; clientHours: number; paidHours: number; proBonoHours: number; individualHours: number; groupHours: number; trainingHours: number; supervisionHours: number };
  byClient: ClientHours[];
  byMonth: MonthHours[];
  byYear: { year: string; clientHours: number }[];
  thresholds: ThresholdProgress[];
}

export interface HoursExportResult {
  path: string;
  bytes: number;
  /** Rows of the log: one per client and kind of session. */
  rows: number;
  /** For `documents.open`: valid while the vault stays unlocked. */
  token: string;
}

/** The mentor's own name and title: charters are agreed (and later printed) with them. */
export const mentorProfile = z.strictObject({
  name: requiredText('Name'),
  title: shortText('Title').default(''),
});
/** Empty strings until the mentor fills the profile in. */
export interface MentorProfile {
  name: string;
  title: string;
}
