import { SESSION_FORMATS, TRAINING_KINDS, type SessionFormat, type TrainingKind } from '../../../shared/mentor/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { getActiveLocale, numberFormat } from '../../i18n/active-locale';

/** A message of the mentor's records in the language of the screens, for helpers called outside React's tree. */
export function recordWords(id: MessageId, values?: MessageValues): string {
  return translator(getActiveLocale()).t(id, values);
}

export const trainingKindLabel = (kind: TrainingKind) => recordWords(`mentorRecords.trainingKind.${kind}`);
export const sessionFormatLabel = (format: SessionFormat) => recordWords(`mentorRecords.format.${format}`);

/** The choices of a <select> or a column filter, in the language of the screens (call during render). */
export const trainingKindOptions = () => TRAINING_KINDS.map((value) => ({ value, label: trainingKindLabel(value) }));
export const sessionFormatOptions = () => SESSION_FORMATS.map((value) => ({ value, label: sessionFormatLabel(value) }));

/** Hours as the records show them: two decimals, in the active locale. */
export const formatRecordHours = (value: number) => numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** A number as typed by the mentor (a goal's baseline or target), in the active locale. */
export const formatRecordNumber = (value: number) => numberFormat({ maximumFractionDigits: 2 }).format(value);
