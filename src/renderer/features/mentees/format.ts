import { isValid, parseISO } from 'date-fns';
import type { MenteeStatus } from '../../../shared/mentees/schema';
import { MENTEE_STATUSES } from '../../../shared/mentees/schema';
import { catalogue } from '../../../shared/i18n/catalogue';
import { translator } from '../../../shared/i18n/intl';
import { dateFormat, getActiveLocale } from '../../i18n/active-locale';

/** The statuses in English, from the catalogue, for screens not converted to it yet (StatusBadge speaks the active language). */
export const STATUS_LABELS = Object.fromEntries(MENTEE_STATUSES.map((s) => [s, catalogue.en[`mentees.status.${s}`]!.message])) as Record<MenteeStatus, string>;

export const STATUS_OPTIONS = MENTEE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

/** The statuses as choices, in the language of the screens. */
export function statusOptions(): { value: MenteeStatus; label: string }[] {
  const { t } = translator(getActiveLocale());
  return MENTEE_STATUSES.map((value) => ({ value, label: t(`mentees.status.${value}`) }));
}

/** A calendar date (YYYY-MM-DD) in the language of the screens; parsed as a local day, not an instant. */
export function formatDate(value: string | null): string {
  if (!value) return '';
  const date = parseISO(value);
  return isValid(date) ? dateFormat({ dateStyle: 'medium' }).format(date) : value;
}

export function formatDateTime(value: string | null): string {
  if (!value) return '';
  const date = parseISO(value);
  return isValid(date) ? dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(date) : value;
}
