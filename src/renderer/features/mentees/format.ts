import { isValid, parseISO } from 'date-fns';
import type { MenteeStatus } from '../../../shared/mentees/schema';
import { MENTEE_STATUSES } from '../../../shared/mentees/schema';

export const STATUS_LABELS: Record<MenteeStatus, string> = {
  prospective: 'Prospective',
  pilot: 'Pilot',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
};

export const STATUS_OPTIONS = MENTEE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date (YYYY-MM-DD) in the mentor's locale; parsed as a local day, not an instant. */
export function formatDate(value: string | null): string {
  if (!value) return '';
  const date = parseISO(value);
  return isValid(date) ? dateFormat.format(date) : value;
}

export function formatDateTime(value: string | null): string {
  if (!value) return '';
  const date = parseISO(value);
  return isValid(date) ? dateTimeFormat.format(date) : value;
}
