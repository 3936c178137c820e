import { DECISION_ENTITY_KINDS, EVIDENCE_KINDS, SPONSORSHIP_KINDS, type DecisionEntityKind, type EvidenceKind, type SponsorshipKind } from '../../../shared/records/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../../shared/i18n/intl';
import { getActiveLocale } from '../../i18n/active-locale';

/** A message in the language of the screens, for helpers called outside React's tree (column cells, choices). */
export function recordsWords(id: MessageId, values?: MessageValues): string {
  return translator(getActiveLocale()).t(id, values);
}

// The kinds keep the names the dashboard (evidence) and the progress report (sponsorship) already give them.
export const evidenceKindLabel = (kind: EvidenceKind) => recordsWords(`dashboard.evidenceKind.${kind}`);
export const sponsorshipKindLabel = (kind: SponsorshipKind) => recordsWords(`documents.word.${kind}`);
export const entityKindLabel = (kind: DecisionEntityKind) => recordsWords(`records.entityKind.${kind}`);

/** The choices of a <select> or a column filter, in the language of the screens (call during render). */
export const evidenceKindOptions = () => EVIDENCE_KINDS.map((value) => ({ value, label: evidenceKindLabel(value) }));
export const sponsorshipKindOptions = () => SPONSORSHIP_KINDS.map((value) => ({ value, label: sponsorshipKindLabel(value) }));
export const entityKindOptions = () => [{ value: '', label: recordsWords('records.entityKind.none') }, ...DECISION_ENTITY_KINDS.map((value) => ({ value, label: entityKindLabel(value) }))];
