import { z } from 'zod';
import { documentLocale } from '../documents/schema';
import type { CatalogueLocale } from '../i18n/locales';
import { id, isoDate, longText, MAX_LIST, pageInput, requiredText, shortText } from '../primitives';

export const MENTEE_STATUSES = ['prospective', 'pilot', 'active', 'paused', 'completed'] as const;
export const menteeStatus = z.enum(MENTEE_STATUSES, 'Choose a status');
export type MenteeStatus = z.infer<typeof menteeStatus>;

export const careerAim = z.strictObject({
  /** Present when the aim already exists: goals refer to it by id. */
  id: id.optional(),
  title: requiredText('Career aim'),
  horizon: shortText('Horizon').default(''),
});

export const interest = z.strictObject({
  id: id.optional(),
  area: requiredText('Area'),
  wantsExposure: z.boolean().default(false),
  longTermAspiration: z.boolean().default(false),
  notes: shortText('Notes').default(''),
});

const list = <T extends z.ZodType>(item: T, label: string) =>
  z.array(item, `${label} must be a list`).max(MAX_LIST, `At most ${MAX_LIST} ${label.toLowerCase()}`).default([]);

/** The profile form: one definition for the form check, the bridge check and the type. */
export const menteeProfile = z.strictObject({
  name: requiredText('Name'),
  role: shortText('Role').default(''),
  team: shortText('Team').default(''),
  startDate: isoDate('Start date').nullable().default(null),
  status: menteeStatus.default('prospective'),
  aspirations: longText('Long-term aspirations').default(''),
  careerAims: list(careerAim, 'Career aims'),
  strengths: list(requiredText('Strength'), 'Strengths'),
  gaps: list(requiredText('Gap'), 'Gaps'),
  interests: list(interest, 'Interests'),
  /** The language of the charter and report made for this mentee; null: the app's language. */
  documentLocale: documentLocale.nullable().default(null),
});
export type MenteeProfileInput = z.input<typeof menteeProfile>;
export type MenteeProfileValues = z.output<typeof menteeProfile>;

export const createMenteeInput = menteeProfile;
export const updateMenteeInput = z.strictObject({ id, profile: menteeProfile });

export const MENTEE_SORTS = ['name', 'status', 'startDate', 'team', 'updatedAt'] as const;
export const listMenteesInput = z.strictObject({
  ...pageInput,
  includeArchived: z.boolean().default(false),
  search: shortText('Search').default(''),
  sort: z.enum(MENTEE_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export const menteeIdInput = z.strictObject({ id });
export const archiveMenteeInput = z.strictObject({ id, archived: z.boolean() });
/** Deleting is irreversible, so the renderer must send back the mentee's exact name. */
export const deleteMenteeInput = z.strictObject({ id, confirmName: requiredText('Confirmation') });

export interface MenteeSummary {
  id: number;
  name: string;
  role: string;
  team: string;
  startDate: string | null;
  status: MenteeStatus;
  archived: boolean;
  updatedAt: string;
}

export interface Mentee extends MenteeSummary {
  aspirations: string;
  documentLocale: CatalogueLocale | null;
  careerAims: { id: number; title: string; horizon: string }[];
  strengths: string[];
  gaps: string[];
  interests: { id: number; area: string; wantsExposure: boolean; longTermAspiration: boolean; notes: string }[];
  createdAt: string;
}
