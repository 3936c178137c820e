import type { Payment, SessionFormat, TrainingKind } from '../../../shared/mentor/schema';

export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  course: 'Course',
  workshop: 'Workshop',
  certificate: 'Certificate',
  conference: 'Conference',
  'reading-group': 'Reading group',
  other: 'Other',
};
export const TRAINING_KIND_OPTIONS = Object.entries(TRAINING_KIND_LABELS).map(([value, label]) => ({ value, label }));

export const FORMAT_LABELS: Record<SessionFormat, string> = { individual: 'Individual', group: 'Group' };
export const FORMAT_OPTIONS = Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label }));

export const PAYMENT_LABELS: Record<Payment, string> = { paid: 'Paid', 'pro-bono': 'Pro bono' };
export const PAYMENT_OPTIONS = Object.entries(PAYMENT_LABELS).map(([value, label]) => ({ value, label }));

export const SOURCE_LABELS = { clock: 'Meeting clock', planned: 'Planned length', adjusted: 'Corrected' } as const;

const HOURS = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Hours as the log shows them: two decimals. */
export const formatHours = (value: number) => HOURS.format(value);

/** Every query of this page starts with this: one invalidation after any change. */
export const MENTOR_QUERIES = ['mentor.'] as const;
export const ALL_ROWS = { search: '', offset: 0, limit: 500 } as const;
