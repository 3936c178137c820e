import type { MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { PAYMENTS, SESSION_FORMATS, TRAINING_KINDS, type Payment, type SessionFormat, type TrainingKind } from '../../../shared/mentor/schema';
import { getActiveLocale, numberFormat } from '../../i18n/active-locale';

/** A message of "My practice" in the language of the screens, for helpers called outside React's tree. */
export function mentorWords(id: MessageId, values?: MessageValues): string {
  return translator(getActiveLocale()).t(id, values);
}

/**
 * A kind -> label table whose labels are read in the language of the screens each time
 * (the app re-renders whole when the language changes), so module-level column
 * definitions and option lists that index it speak the active language.
 */
function labels<Key extends string>(keys: readonly Key[], id: (key: Key) => MessageId): Record<Key, string> {
  const table = {} as Record<Key, string>;
  for (const key of keys) Object.defineProperty(table, key, { enumerable: true, get: () => mentorWords(id(key)) });
  return table;
}

/** Options for a <select> whose labels follow the language of the screens. */
function options<Key extends string>(table: Record<Key, string>): { value: Key; label: string }[] {
  return (Object.keys(table) as Key[]).map((value) => ({
    value,
    get label() {
      return table[value];
    },
  }));
}

export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = labels(TRAINING_KINDS, (k) => `mentor.trainingKind.${k}`);
export const TRAINING_KIND_OPTIONS = options(TRAINING_KIND_LABELS);

export const FORMAT_LABELS: Record<SessionFormat, string> = labels(SESSION_FORMATS, (f) => `mentor.format.${f}`);
export const FORMAT_OPTIONS = options(FORMAT_LABELS);

export const PAYMENT_LABELS: Record<Payment, string> = labels(PAYMENTS, (p) => `mentor.payment.${p}`);
export const PAYMENT_OPTIONS = options(PAYMENT_LABELS);

export const SOURCE_LABELS = labels(['clock', 'planned', 'adjusted'] as const, (s) => `mentor.source.${s}`);
export const SOURCE_OPTIONS = options(SOURCE_LABELS);

/** Hours as the log shows them: two decimals, in the active locale. */
export const formatHours = (value: number) => numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** Every query of this page starts with this: one invalidation after any change. */
export const MENTOR_QUERIES = ['mentor.'] as const;
export const ALL_ROWS = { search: '', offset: 0, limit: 500 } as const;
