import { REVISION_FIELDS, type RevisionField } from '../../../shared/sync/contract';

/**
 * A free-text column as the mentor knows it from its form, so a kept text says which field
 * it was in ("Charter: Purpose", not "Charter: Text"). A column named alike in two tables
 * with different meanings is named per table; anything unlisted is "Text".
 */
const BY_TABLE: Readonly<Record<string, Readonly<Record<string, RevisionField>>>> = {
  mentor_credentials: { body: 'awardingBody' },
  meetings: { status_reason: 'reason', local_time: 'time', planned_time: 'time', time_zone: 'timeZone' },
  milestones: { evidence_text: 'evidenceText' },
};

const snakeToCamel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const isField = (name: string): name is RevisionField => (REVISION_FIELDS as readonly string[]).includes(name);

export function fieldOf(table: string, column: string): RevisionField {
  const own = BY_TABLE[table]?.[column];
  if (own) return own;
  const named = snakeToCamel(column);
  return isField(named) ? named : 'text';
}
