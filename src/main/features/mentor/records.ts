import type {
  CredentialValues,
  MentorGoalValues,
  PracticeReflectionValues,
  SupervisionValues,
  ThresholdValues,
  TrainingValues,
} from '../../../shared/mentor/schema';
import type { OwnTable } from './table';

/** The mentor's own records, one column map each. */

export const credentialsTable: OwnTable<CredentialValues> = {
  table: 'mentor_credentials',
  what: 'credential',
  columns: { body: 'body', level: 'level', number: 'number', awardedOn: 'awarded_on', expiresOn: 'expires_on' },
  order: 'awarded_on DESC NULLS LAST, id DESC',
  search: ['body', 'level', 'number'],
};

export const mentorGoalsTable: OwnTable<MentorGoalValues> = {
  table: 'mentor_goals',
  what: 'development goal',
  columns: {
    title: 'title',
    status: 'status',
    statement: 'statement',
    metric: 'metric',
    unit: 'unit',
    baseline: 'baseline',
    target: 'target',
    whyRealistic: 'why_realistic',
    whyRelevant: 'why_relevant',
    supportNeeded: 'support_needed',
    targetDate: 'target_date',
  },
  order: "CASE status WHEN 'achieved' THEN 1 WHEN 'dropped' THEN 2 ELSE 0 END, target_date, id",
  search: ['title', 'statement'],
};

export const trainingTable: OwnTable<TrainingValues> = {
  table: 'mentor_training',
  what: 'training',
  columns: {
    kind: 'kind',
    title: 'title',
    provider: 'provider',
    date: 'date',
    hours: 'hours',
    competencies: { column: 'competencies', as: 'json' },
    notes: 'notes',
  },
  order: 'date DESC, id DESC',
  search: ['title', 'provider', 'competencies', 'notes'],
};

export const supervisionTable: OwnTable<SupervisionValues> = {
  table: 'mentor_supervision',
  what: 'supervision session',
  columns: { date: 'date', supervisor: 'supervisor', hours: 'hours', format: 'format', themes: 'themes' },
  order: 'date DESC, id DESC',
  search: ['supervisor', 'themes'],
};

export const reflectionsTable: OwnTable<PracticeReflectionValues> = {
  table: 'mentor_reflections',
  what: 'reflection',
  columns: {
    date: 'date',
    whatHappened: 'what_happened',
    learned: 'learned',
    doDifferently: 'do_differently',
    includeInRecord: { column: 'include_in_record', as: 'bool' },
  },
  order: 'date DESC, id DESC',
  search: ['what_happened', 'learned', 'do_differently'],
};

export const thresholdsTable: OwnTable<ThresholdValues> = {
  table: 'mentor_thresholds',
  what: 'threshold',
  columns: {
    name: 'name',
    clientHours: 'client_hours',
    paidHours: 'paid_hours',
    trainingHours: 'training_hours',
    supervisionHours: 'supervision_hours',
  },
  order: 'client_hours, id',
  search: ['name'],
};
