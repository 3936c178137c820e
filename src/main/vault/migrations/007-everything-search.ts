import { KIND_CODE } from '../../../shared/search/kinds';
import type { Migration } from './migration';

/**
 * One full-text index, inside the encrypted vault, over everything the mentor wrote that
 * is not a private note (those keep notes_fts, which the notes page's tag, date and mentee
 * filters are built on): meetings, decisions, goals, milestones, charter versions,
 * practice debriefs, resources, evidence and escalation titles.
 *
 * - rowid = record id * 16 + kind code, so a trigger finds its row by rowid and the kind
 *   of a match is known without reading the row; rowid order is id order within a kind.
 * - facets holds two hidden tokens, the kind ("kgoal") and the mentee ("m12"), so a kind
 *   or a mentee narrows the match inside FTS5 (queries search only title and body).
 * - prefix='2 3' keeps two- and three-letter prefixes as ready doclists: results as the
 *   mentor types ("re", "reh") without merging every matching word's doclist.
 * - Triggers on every source table keep it in step, so every writer is covered.
 */
export const everythingSearch: Migration = {
  version: 7,
  name: 'everything search: one full-text index over meetings, decisions, goals, milestones, charters, debriefs, resources, evidence, escalations',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        facets, title, body, at UNINDEXED, parent UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1);
      INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(0.0, 10.0, 1.0)');
    `);
    for (const source of SEARCH_SOURCES) {
      db.exec(triggers(source));
      db.exec(`INSERT INTO search_fts (rowid, facets, title, body, at, parent) SELECT ${row(source, 'r')} FROM ${source.table} r`);
    }
  },
};

/**
 * Where each kind's words come from. Expressions use `$.` for the source row. Kept here,
 * not shared with the search code: a shipped migration never changes.
 */
interface SearchSource {
  kind: keyof typeof KIND_CODE;
  table: string;
  /** Every column the expressions read: an update of any of them re-indexes the row. */
  columns: string[];
  mentee: string;
  title: string;
  body: string;
  /** A date shown with the result (YYYY-MM-DD). */
  at: string;
  /** What the record opens under: a milestone's goal, a charter's version number. */
  parent?: string;
}

const CHARTER_LISTS = ['mentor_responsibilities', 'mentee_responsibilities', 'meeting_topics', 'communication_channels', 'escalation_steps', 'progress_per_quarter', 'glossary'];

const SEARCH_SOURCES: SearchSource[] = [
  { kind: 'meeting', table: 'meetings', columns: ['id', 'mentee_id', 'title', 'notes', 'local_date'], mentee: '$.mentee_id', title: '$.title', body: '$.notes', at: '$.local_date' },
  {
    kind: 'decision',
    table: 'decisions',
    columns: ['id', 'mentee_id', 'decision', 'rationale', 'changed', 'date'],
    mentee: '$.mentee_id',
    title: '$.decision',
    body: "$.rationale || ' ' || $.changed",
    at: '$.date',
  },
  {
    kind: 'goal',
    table: 'goals',
    columns: ['id', 'mentee_id', 'title', 'statement', 'metric', 'why_realistic', 'support_needed', 'start_date'],
    mentee: '$.mentee_id',
    title: '$.title',
    body: "$.statement || ' ' || $.metric || ' ' || $.why_realistic || ' ' || $.support_needed",
    at: '$.start_date',
  },
  {
    kind: 'milestone',
    table: 'milestones',
    columns: ['id', 'goal_id', 'title', 'indicator', 'evidence_text', 'due_date'],
    mentee: '(SELECT g.mentee_id FROM goals g WHERE g.id = $.goal_id)',
    title: '$.title',
    body: "$.indicator || ' ' || $.evidence_text",
    at: '$.due_date',
    parent: '$.goal_id',
  },
  {
    kind: 'charter',
    table: 'charter_versions',
    columns: ['id', 'mentee_id', 'version', 'purpose', 'reason', 'confidentiality', 'agreed_on', 'created_at', ...CHARTER_LISTS],
    mentee: '$.mentee_id',
    title: "'Charter version ' || $.version",
    // The lists are JSON: their text leaves only, so no key or bracket is indexed.
    body: `$.purpose || ' ' || $.reason || ' ' || $.confidentiality || ' ' || coalesce((SELECT group_concat(j.atom, ' ') FROM json_tree(json_array(${CHARTER_LISTS.map((c) => `json($.${c})`).join(', ')})) j WHERE j.type = 'text'), '')`,
    at: "coalesce($.agreed_on, substr($.created_at, 1, 10))",
    parent: '$.version',
  },
  {
    kind: 'debrief',
    table: 'practice_sessions',
    columns: ['id', 'mentee_id', 'technique', 'context', 'attempted', 'learned', 'next_adjustment', 'date'],
    mentee: '$.mentee_id',
    title: '$.technique',
    body: "$.context || ' ' || $.attempted || ' ' || $.learned || ' ' || $.next_adjustment",
    at: '$.date',
  },
  { kind: 'resource', table: 'resources', columns: ['id', 'mentee_id', 'title', 'notes', 'created_at'], mentee: '$.mentee_id', title: '$.title', body: '$.notes', at: 'substr($.created_at, 1, 10)' },
  { kind: 'evidence', table: 'evidence', columns: ['id', 'mentee_id', 'summary', 'source', 'date'], mentee: '$.mentee_id', title: '$.summary', body: '$.source', at: '$.date' },
  // Titles only: an escalation's summary and timeline stay out of the index.
  { kind: 'escalation', table: 'escalations', columns: ['id', 'mentee_id', 'title', 'opened_at'], mentee: '$.mentee_id', title: '$.title', body: "''", at: 'substr($.opened_at, 1, 10)' },
];

const onRow = (alias: string) => (expr: string) => expr.replaceAll('$.', `${alias}.`);

/** The index row of a source row: its columns in search_fts order. */
function row(s: SearchSource, alias: string): string {
  const e = onRow(alias);
  return [
    `(${alias}.id << 4) | ${KIND_CODE[s.kind]}`,
    `'k${s.kind} m' || ${e(s.mentee)}`,
    `coalesce(${e(s.title)}, '')`,
    `coalesce(${e(s.body)}, '')`,
    e(s.at),
    e(s.parent ?? 'NULL'),
  ].join(', ');
}

function triggers(s: SearchSource): string {
  const name = `${s.table}_search`;
  const insert = (alias: string) => `INSERT INTO search_fts (rowid, facets, title, body, at, parent) SELECT ${row(s, alias)};`;
  const remove = `DELETE FROM search_fts WHERE rowid = (OLD.id << 4) | ${KIND_CODE[s.kind]};`;
  return `
    CREATE TRIGGER ${name}_after_insert AFTER INSERT ON ${s.table} BEGIN ${insert('NEW')} END;
    CREATE TRIGGER ${name}_after_delete AFTER DELETE ON ${s.table} BEGIN ${remove} END;
    CREATE TRIGGER ${name}_after_update AFTER UPDATE OF ${s.columns.join(', ')} ON ${s.table} BEGIN ${remove} ${insert('NEW')} END;
  `;
}
