import { z } from 'zod';
import { id, isoDate, pageInput, requiredText, shortText } from '../primitives';
import { canonicalTimeZone } from './zoned';
import { says } from '../i18n/messages/validation';
import { documentLocale } from '../documents/schema';

/** The kinds of meeting (docs/domain.md, section 5); the last two are the contingency options when schedules tighten. */
export const MEETING_KINDS = ['formal-review', 'informal-touchpoint', 'pilot-review', 'focused-session', 'async-exercise'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  'formal-review': 'Formal review',
  'informal-touchpoint': 'Informal touchpoint',
  'pilot-review': 'Pilot review',
  'focused-session': 'Short focused session',
  'async-exercise': 'Asynchronous exercise',
};
/** "an informal touchpoint", "an asynchronous exercise", "a formal review": a kind's name in running text. */
export function aKind(kind: MeetingKind): string {
  const name = MEETING_KIND_LABELS[kind].toLowerCase();
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}
/** What a planned meeting can be turned into when schedules tighten. */
export const CONTINGENCY_KINDS = ['focused-session', 'async-exercise'] as const;
export type ContingencyKind = (typeof CONTINGENCY_KINDS)[number];
/** Kinds that look back at goals: they carry a feedback rubric by default. */
export const REVIEW_KINDS: readonly MeetingKind[] = ['formal-review', 'pilot-review'];

export const MEETING_STATUSES = ['planned', 'in-progress', 'held', 'skipped', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  held: 'Held',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
};

export const MEETING_ORIGINS = ['generated-from-rhythm', 'proposed-after-milestone', 'pilot-review', 'manual'] as const;
export type MeetingOrigin = (typeof MEETING_ORIGINS)[number];

export const MIN_MEETING_MINUTES = 5;
export const MAX_MEETING_MINUTES = 480;

export const meetingKind = z.enum(MEETING_KINDS, 'Choose a kind of meeting');
export const timeOfDay = (label: string) => z.string(`${label} must be text`).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time (HH:MM)`);
/** An IANA zone name Intl knows, canonicalised; optional everywhere: the main process uses the computer's own. */
export const timeZone = z
  .string('Time zone must be text')
  .max(64, 'Time zone must be at most 64 characters')
  .transform((name, ctx) => {
    const canonical = canonicalTimeZone(name);
    if (!canonical) {
      ctx.addIssue({ code: 'custom', message: says('validation.says.timeZone') });
      return z.NEVER;
    }
    return canonical;
  });
export const meetingMinutes = z
  .int('Length must be whole minutes')
  .min(MIN_MEETING_MINUTES, `Meetings last ${MIN_MEETING_MINUTES} to ${MAX_MEETING_MINUTES} minutes`)
  .max(MAX_MEETING_MINUTES, `Meetings last ${MIN_MEETING_MINUTES} to ${MAX_MEETING_MINUTES} minutes`);

/** A reason kept with a change (a conversion, a skip): it goes to the decision log. */
export const changeReason = z.string('Reason must be text').trim().min(1, 'Say why').max(2000, 'Reason must be at most 2000 characters');

const when = {
  date: isoDate('Date'),
  time: timeOfDay('Time'),
  timeZone: timeZone.optional(),
};

export const createMeetingInput = z.strictObject({
  menteeId: id,
  kind: meetingKind,
  /** Defaults to the kind's name. */
  title: shortText('Title').default(''),
  ...when,
  /** Defaults to the charter's meeting length (45 minutes without a charter). */
  minutes: meetingMinutes.optional(),
  /** The language a default title is written in (the screens'); English when absent. */
  locale: documentLocale.optional(),
});
export const meetingIdInput = z.strictObject({ id });
export const rescheduleMeetingInput = z.strictObject({ id, ...when, minutes: meetingMinutes.optional() });
export const updateMeetingInput = z.strictObject({
  id,
  title: requiredText('Title'),
  minutes: meetingMinutes,
  rubricTemplateId: id.nullable(),
});
/** Skip or cancel a planned meeting, or put a skipped/cancelled one back to planned. */
export const setMeetingStatusInput = z.strictObject({
  id,
  status: z.enum(['planned', 'skipped', 'cancelled'], 'Choose planned, skipped or cancelled'),
  reason: shortText('Reason').default(''),
});
export const convertMeetingInput = z.strictObject({
  id,
  kind: z.enum(CONTINGENCY_KINDS, 'Choose a short focused session or an asynchronous exercise'),
  reason: changeReason,
  /** The language of the decision-log entry it writes; English when absent. */
  locale: documentLocale.optional(),
});
/** Moving the rest of the rhythm after a meeting held far from its plan; the entry it writes is in `locale`. */
export const moveRhythmInput = z.strictObject({ id, locale: documentLocale.optional() });
export const planMeetingsInput = z.strictObject({
  menteeId: id,
  weeks: z.int('Weeks must be a whole number').min(1, 'Plan 1 to 52 weeks ahead').max(52, 'Plan 1 to 52 weeks ahead'),
  /** The time of day generated meetings start at. */
  time: timeOfDay('Time').default('10:00'),
  timeZone: timeZone.optional(),
  /** The first day of the window (default: today). */
  from: isoDate('From').optional(),
  /** The language the new meetings' default titles are written in; English when absent. */
  locale: documentLocale.optional(),
});

/** "Upcoming": not yet held, on or after today; "past": held, or before today. `today` is the mentor's local date. */
export const MEETING_WHENS = ['upcoming', 'past'] as const;
export type MeetingWhen = (typeof MEETING_WHENS)[number];

export const MEETING_SORTS = ['date', 'mentee', 'kind', 'status'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];
export const listMeetingsInput = z
  .strictObject({
    menteeId: id.optional(),
    statuses: z.array(z.enum(MEETING_STATUSES)).max(MEETING_STATUSES.length).default([]),
    kinds: z.array(meetingKind).max(MEETING_KINDS.length).default([]),
    when: z.enum(MEETING_WHENS, 'Choose upcoming or past').optional(),
    today: isoDate('Today').optional(),
    /** Inclusive local dates. */
    from: isoDate('From').optional(),
    to: isoDate('To').optional(),
    search: shortText('Search').default(''),
    sort: z.enum(MEETING_SORTS).default('date'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    ...pageInput,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: says('validation.says.fromNotAfterTo'), path: ['to'] })
  .refine((v) => v.when === undefined || v.today !== undefined, { message: 'Give today\'s date with upcoming or past', path: ['today'] });

export const proposalsInput = z.strictObject({ menteeId: id.optional() });
export const acceptProposalInput = z.strictObject({ milestoneId: id, ...when, minutes: meetingMinutes.optional(), locale: documentLocale.optional() });
export const dismissProposalInput = z.strictObject({ milestoneId: id });


export interface MeetingSummary {
  id: number;
  menteeId: number;
  menteeName: string;
  /** Stable across edits: the calendar event's UID. */
  uid: string;
  kind: MeetingKind;
  title: string;
  /**
   * When the meeting takes place: its plan while it is ahead, the time it was held once it
   * has run (every screen, summary, report and calendar shows this). Local date and time
   * in `timeZone` (the mentor's zone when planned).
   */
  date: string;
  time: string;
  timeZone: string;
  /** The same moment as a UTC instant. */
  startsAt: string;
  /** The plan, kept once the meeting has run (equal to date/time/startsAt before). */
  plannedDate: string;
  plannedTime: string;
  plannedStartsAt: string;
  /** The rest of the rhythm was moved after this meeting was held far from its plan. */
  rhythmMoved: boolean;
  plannedMinutes: number;
  status: MeetingStatus;
  statusReason: string;
  origin: MeetingOrigin;
  /** The achieved major milestone a proposed review follows. */
  milestoneId: number | null;
  convertedFrom: MeetingKind | null;
  /** Bumped on every change a calendar must pick up (time, kind, status, length). */
  sequence: number;
  updatedAt: string;
}

export interface PlanResult {
  created: MeetingSummary[];
  /** Slots that already had their meeting (re-running changes nothing). */
  existing: number;
  /** Untouched generated meetings that no longer fit the charter's rhythm, now cancelled. */
  cancelled: MeetingSummary[];
  /** Which charter version the rhythm came from. */
  fromVersion: number;
}

/** A formal review proposed because a major milestone was achieved with no review since. */
export interface MeetingProposal {
  milestoneId: number;
  milestoneTitle: string;
  goalId: number;
  goalTitle: string;
  menteeId: number;
  menteeName: string;
  doneOn: string;
  /** A week after the milestone was done, or today when that has passed. */
  suggestedDate: string;
}
