import type { AssessmentKind } from '../../../shared/assessment/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { getActiveLocale } from '../../i18n/active-locale';

/** An assessment message in the language of the screens, for helpers called outside React's tree. */
export function assessmentWords(id: MessageId, values?: MessageValues): string {
  return translator(getActiveLocale()).t(id, values);
}

const SCALE = [1, 2, 3, 4, 5] as const;

export const kindLabel = (kind: AssessmentKind) => assessmentWords(`assessment.kind.${kind}`);

/** The 1-5 scale in words, so "3" means the same to mentor and mentee (call during render). */
export const ratingOptions = () => [
  { value: '', label: assessmentWords('assessment.none') },
  ...SCALE.map((n) => ({ value: String(n), label: assessmentWords('assessment.scale.option', { value: n, words: assessmentWords(`assessment.scale.${n}`) }) })),
];

export function formatRating(value: number | null | undefined): string {
  return value === null || value === undefined ? assessmentWords('assessment.none') : String(value);
}
