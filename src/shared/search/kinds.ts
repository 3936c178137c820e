/**
 * What search finds, in the order the results are grouped. The code is the low four bits
 * of a row's rowid in the vault's search index (see migration 007); notes have their own
 * index (notes_fts), keyed by the note id.
 */
export const SEARCH_KINDS = ['note', 'meeting', 'decision', 'goal', 'milestone', 'charter', 'debrief', 'resource', 'evidence', 'escalation'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_CODE: Record<Exclude<SearchKind, 'note'>, number> = {
  meeting: 1,
  decision: 2,
  goal: 3,
  milestone: 4,
  charter: 5,
  debrief: 6,
  resource: 7,
  evidence: 8,
  escalation: 9,
};

/** Private notes and escalation records are confidential: marked wherever they are shown. */
export const CONFIDENTIAL_KINDS: ReadonlySet<SearchKind> = new Set(['note', 'escalation']);

export const KIND_LABEL: Record<SearchKind, { one: string; many: string }> = {
  note: { one: 'Private note', many: 'Private notes' },
  meeting: { one: 'Meeting', many: 'Meetings' },
  decision: { one: 'Decision', many: 'Decisions' },
  goal: { one: 'Goal', many: 'Goals' },
  milestone: { one: 'Milestone', many: 'Milestones' },
  charter: { one: 'Charter', many: 'Charter versions' },
  debrief: { one: 'Practice debrief', many: 'Practice debriefs' },
  resource: { one: 'Learning resource', many: 'Learning resources' },
  evidence: { one: 'Evidence', many: 'Evidence' },
  escalation: { one: 'Escalation', many: 'Escalations' },
};
