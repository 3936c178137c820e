import type {
  CharterBody,
  CharterStatus,
  CharterVersion,
  CharterVersionSummary,
  MeetingFormat,
  MeetingFrequency,
} from '../../../shared/charter/schema';

/** A charter_versions row, and its mapping to and from the structured body. */
export interface CharterVersionRow {
  id: number;
  mentee_id: number;
  version: number;
  status: CharterStatus;
  reason: string;
  purpose: string;
  mentor_responsibilities: string;
  mentee_responsibilities: string;
  meeting_frequency: MeetingFrequency;
  meeting_length_minutes: number;
  meeting_format: MeetingFormat;
  meeting_topics: string;
  communication_channels: string;
  confidentiality: string;
  escalation_steps: string;
  formal_review_every_weeks: number | null;
  formal_review_after_major_milestones: number;
  informal_touchpoint_every_weeks: number | null;
  progress_per_quarter: string;
  pilot_start: string | null;
  pilot_weeks: number;
  pilot_review_date: string | null;
  glossary: string;
  agreed_on: string | null;
  agreed_by_mentor: string;
  agreed_by_mentee: string;
  created_at: string;
  updated_at: string;
}

/** The body's columns in one order, used by INSERT and UPDATE alike. */
export const BODY_COLUMNS = [
  'purpose',
  'mentor_responsibilities',
  'mentee_responsibilities',
  'meeting_frequency',
  'meeting_length_minutes',
  'meeting_format',
  'meeting_topics',
  'communication_channels',
  'confidentiality',
  'escalation_steps',
  'formal_review_every_weeks',
  'formal_review_after_major_milestones',
  'informal_touchpoint_every_weeks',
  'progress_per_quarter',
  'pilot_start',
  'pilot_weeks',
  'glossary',
] as const;

export function bodyToColumns(body: CharterBody): unknown[] {
  return [
    body.purpose,
    JSON.stringify(body.roles.mentor),
    JSON.stringify(body.roles.mentee),
    body.meetingRhythm.frequency,
    body.meetingRhythm.lengthMinutes,
    body.meetingRhythm.format,
    JSON.stringify(body.meetingRhythm.topics),
    JSON.stringify(body.communication.channels),
    body.confidentiality,
    JSON.stringify(body.escalation),
    body.reviewRhythm.formalEveryWeeks,
    body.reviewRhythm.afterMajorMilestones ? 1 : 0,
    body.reviewRhythm.informalEveryWeeks,
    JSON.stringify(body.progressPerQuarter),
    body.pilot.startDate,
    body.pilot.weeks,
    JSON.stringify(body.glossary),
  ];
}

function rowToBody(r: CharterVersionRow): CharterBody {
  return {
    purpose: r.purpose,
    roles: { mentor: JSON.parse(r.mentor_responsibilities) as string[], mentee: JSON.parse(r.mentee_responsibilities) as string[] },
    meetingRhythm: {
      frequency: r.meeting_frequency,
      lengthMinutes: r.meeting_length_minutes,
      format: r.meeting_format,
      topics: JSON.parse(r.meeting_topics) as string[],
    },
    communication: { channels: JSON.parse(r.communication_channels) as CharterBody['communication']['channels'] },
    confidentiality: r.confidentiality,
    escalation: JSON.parse(r.escalation_steps) as CharterBody['escalation'],
    reviewRhythm: {
      formalEveryWeeks: r.formal_review_every_weeks,
      afterMajorMilestones: r.formal_review_after_major_milestones === 1,
      informalEveryWeeks: r.informal_touchpoint_every_weeks,
    },
    progressPerQuarter: JSON.parse(r.progress_per_quarter) as string[],
    pilot: { startDate: r.pilot_start, weeks: r.pilot_weeks },
    glossary: JSON.parse(r.glossary) as CharterBody['glossary'],
  };
}

export function toSummary(r: CharterVersionRow): CharterVersionSummary {
  return {
    id: r.id,
    menteeId: r.mentee_id,
    version: r.version,
    status: r.status,
    reason: r.reason,
    agreedOn: r.agreed_on,
    agreedByMentor: r.agreed_by_mentor,
    agreedByMentee: r.agreed_by_mentee,
    pilotReviewDate: r.pilot_review_date,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toVersion(r: CharterVersionRow): CharterVersion {
  return { ...toSummary(r), body: rowToBody(r) };
}
