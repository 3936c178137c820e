import { REVISION_FIELDS, type RevisionField, type RevisionRefusal } from '../../../shared/sync/contract';

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

/**
 * Values kept like text but changed only through their own screen: a meeting's time and zone
 * (its start is computed from them), what identifies a meeting, and a goal's metric and unit
 * (a recalibration, kept in the goal's history with its reason).
 */
const OWN_SCREEN: Readonly<Record<string, ReadonlySet<string>>> = {
  meetings: new Set(['local_time', 'planned_time', 'time_zone', 'uid', 'origin', 'converted_from']),
  goals: new Set(['metric', 'unit']),
};

/** Why the kept text cannot be written back into this row as it is now, or null if it can. */
export function refusalOf(table: string, column: string, row: Record<string, unknown> | undefined): RevisionRefusal | null {
  if (!row) return 'deleted';
  if (OWN_SCREEN[table]?.has(column)) return 'ownScreen';
  // The one table whose rows stop taking changes (the trigger charter_versions_agreed_frozen).
  if (table === 'charter_versions' && row.status === 'agreed') return 'frozen';
  return null;
}
