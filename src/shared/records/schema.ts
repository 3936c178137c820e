import { z } from 'zod';
import { id, isoDate, longText, pageInput, requiredText, shortText } from '../primitives';
import { says } from '../i18n/messages/validation';

const menteePage = { menteeId: id, ...pageInput };
export const recordIdInput = z.strictObject({ id });

interface Stamped {
  id: number;
  menteeId: number;
  createdAt: string;
  updatedAt: string;
}

/* Decision log: kept as history, never rewritten (a correction is a new decision referring to the old one). */
export const DECISION_ENTITY_KINDS = ['goal', 'milestone', 'charter-version', 'resource', 'decision'] as const;
export type DecisionEntityKind = (typeof DECISION_ENTITY_KINDS)[number];

const decisionShape = {
  date: isoDate('Date'),
  decision: requiredText('Decision'),
  rationale: z.string('Rationale must be text').trim().min(1, 'Rationale is required').max(20_000, 'Rationale is too long'),
  /** What it changed, in words. */
  changed: longText('What it changed').default(''),
  /** Optionally, the one thing of the plan it changed. */
  entityKind: z.enum(DECISION_ENTITY_KINDS, 'Choose what kind of thing it changed').nullable().default(null),
  entityId: id.nullable().default(null),
};
const bothOrNeither = {
  check: (v: { entityKind: unknown; entityId: unknown }) => (v.entityKind === null) === (v.entityId === null),
  params: { message: says('validation.says.decisionLinkBoth'), path: ['entityId'] },
};
export const decisionValues = z.strictObject(decisionShape).refine(bothOrNeither.check, bothOrNeither.params);
export type DecisionValues = z.output<typeof decisionValues>;
export const createDecisionInput = z.strictObject({ menteeId: id, ...decisionShape }).refine(bothOrNeither.check, bothOrNeither.params);
export const listDecisionsInput = z.strictObject(menteePage);
export interface Decision extends Omit<Stamped, 'updatedAt'>, DecisionValues {}

/* Sponsorship and visibility moments. */
export const SPONSORSHIP_KINDS = ['presentation', 'demo', 'leadership-role', 'introduction', 'nomination', 'other'] as const;
export type SponsorshipKind = (typeof SPONSORSHIP_KINDS)[number];
export const sponsorshipValues = z.strictObject({
  kind: z.enum(SPONSORSHIP_KINDS, 'Choose a kind of moment'),
  date: isoDate('Date'),
  title: requiredText('Title'),
  audience: shortText('Audience').default(''),
  outcome: longText('Outcome').default(''),
});
export type SponsorshipValues = z.output<typeof sponsorshipValues>;
export const createSponsorshipInput = z.strictObject({ menteeId: id, ...sponsorshipValues.shape });
export const updateSponsorshipInput = z.strictObject({ id, ...sponsorshipValues.shape });
export const listSponsorshipInput = z.strictObject({ ...menteePage, kind: z.enum(SPONSORSHIP_KINDS).nullable().default(null) });
export interface SponsorshipMoment extends Stamped, SponsorshipValues {}

/* Evidence and metrics, each tagged with the goal and/or milestone (indicator) it supports. */
export const EVIDENCE_KINDS = ['peer-feedback', '360-result', 'project-outcome', 'performance-review', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const evidenceValues = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS, 'Choose a kind of evidence'),
  date: isoDate('Date'),
  summary: z.string('Summary must be text').trim().min(1, 'Summary is required').max(20_000, 'Summary is too long'),
  /** A number when the evidence is a metric (a 360 score, a rating). */
  value: z.number('Value must be a number').min(-1e12).max(1e12).nullable().default(null),
  source: shortText('Source').default(''),
  goalId: id.nullable().default(null),
  milestoneId: id.nullable().default(null),
});
export type EvidenceValues = z.output<typeof evidenceValues>;
export const createEvidenceInput = z.strictObject({ menteeId: id, ...evidenceValues.shape });
export const updateEvidenceInput = z.strictObject({ id, ...evidenceValues.shape });
export const listEvidenceInput = z.strictObject({
  ...menteePage,
  kind: z.enum(EVIDENCE_KINDS).nullable().default(null),
  goalId: id.nullable().default(null),
  milestoneId: id.nullable().default(null),
});
export interface Evidence extends Stamped, EvidenceValues {
  goalTitle: string | null;
  milestoneTitle: string | null;
}

/* Mentee accountability: personal deadlines the mentee sets, and independent progress reports. */
export const deadlineValues = z.strictObject({
  title: requiredText('Title'),
  dueDate: isoDate('Due date'),
  doneOn: isoDate('Done on').nullable().default(null),
  goalId: id.nullable().default(null),
});
export type DeadlineValues = z.output<typeof deadlineValues>;
export const createDeadlineInput = z.strictObject({ menteeId: id, ...deadlineValues.shape });
export const updateDeadlineInput = z.strictObject({ id, ...deadlineValues.shape });
export const setDeadlineDoneInput = z.strictObject({ id, doneOn: isoDate('Done on').nullable() });
export const listDeadlinesInput = z.strictObject(menteePage);
export interface Deadline extends Stamped, DeadlineValues {
  goalTitle: string | null;
  /** Not done and due before today. */
  overdue: boolean;
}

export const progressReportValues = z.strictObject({
  date: isoDate('Date'),
  body: z.string('Report must be text').trim().min(1, 'Write the report').max(20_000, 'Report is too long'),
});
export type ProgressReportValues = z.output<typeof progressReportValues>;
export const createProgressReportInput = z.strictObject({ menteeId: id, ...progressReportValues.shape });
export const updateProgressReportInput = z.strictObject({ id, ...progressReportValues.shape });
export const listProgressReportsInput = z.strictObject(menteePage);
export interface ProgressReport extends Stamped, ProgressReportValues {}
