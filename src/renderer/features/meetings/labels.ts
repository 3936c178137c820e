import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { AGENDA_CONTEXTS, type AgendaContext } from '../../../shared/meetings/agenda';
import { ACTION_OWNERS, type ActionOwner } from '../../../shared/meetings/capture';
import { CONTINGENCY_KINDS, MEETING_KINDS, MEETING_STATUSES, type MeetingKind, type MeetingOrigin, type MeetingStatus } from '../../../shared/meetings/schema';

const DRAFT_FIELDS = ['notes', 'win', 'decision', 'decision-rationale', 'action', 'evidence'] as const;
type DraftField = (typeof DRAFT_FIELDS)[number];

/** The words of meetings in the active language: kinds, statuses, origins, owners, what an item shows, the capture boxes. */
export function meetingWords(intl: IntlShape) {
  const kind = (k: MeetingKind) => intl.formatMessage({ id: `meetings.kind.${k}` });
  const status = (s: MeetingStatus) => intl.formatMessage({ id: `meetings.status.${s}` });
  const owner = (o: ActionOwner) => intl.formatMessage({ id: `meetings.owner.${o}` });
  const context = (c: AgendaContext) => intl.formatMessage({ id: `meetings.context.${c}` });
  return {
    kind,
    status,
    owner,
    context,
    origin: (o: MeetingOrigin) => intl.formatMessage({ id: `meetings.origin.${o}` }),
    /** A quick-capture box by its draft field, as the meeting screen names it. */
    draft: (field: string) =>
      (DRAFT_FIELDS as readonly string[]).includes(field)
        ? intl.formatMessage({ id: `meetings.draft.${field as DraftField}` })
        : field.startsWith('item:')
          ? intl.formatMessage({ id: 'meetings.draft.item' })
          : field,
    kindOptions: MEETING_KINDS.map((value) => ({ value, label: kind(value) })),
    contingencyOptions: CONTINGENCY_KINDS.map((value) => ({ value, label: kind(value) })),
    statusOptions: MEETING_STATUSES.map((value) => ({ value, label: status(value) })),
    ownerOptions: ACTION_OWNERS.map((value) => ({ value, label: owner(value) })),
    contextOptions: AGENDA_CONTEXTS.map((value) => ({ value, label: context(value) })),
  };
}

export function useMeetingWords() {
  const intl = useIntl();
  return useMemo(() => meetingWords(intl), [intl]);
}
