import type { Migration } from './migration';

const CATEGORIES = "'wellbeing','conduct','conflict','boundary','performance','other'";
const SEVERITIES = "'low','medium','high','urgent'";
const STATUSES = "'open','monitoring','resolved'";
const jsonArray = (col: string) => `json_valid(${col}) AND json_type(${col}) = 'array'`;

/**
 * Confidential material: private notes with their full-text index, and escalation
 * records whose timelines are append-only and hash-chained.
 *
 * Notes: notes_fts is an external-content FTS5 table kept in step by triggers. Its
 * 'secure-delete' option makes a delete remove the words from the index itself
 * (otherwise FTS5 only appends a tombstone and the old tokens stay in the file until a
 * merge); with PRAGMA secure_delete on every connection, the freed bytes are zeroed.
 * meeting_id has no foreign key yet: the meetings table arrives in migration 004, and
 * SQLite cannot add a foreign key to an existing table, so 004 keeps it tidy with a
 * trigger (clear meeting_id when a meeting is deleted).
 *
 * Escalations: triggers refuse UPDATE and DELETE of entries and of a record's own
 * details; a record's status, severity, need-to-know list, head hash and entry count
 * only ever equal what its entries say (the insert trigger moves them, and an update
 * that disagrees with the entries is refused). A mentee with escalation records cannot
 * be deleted (ON DELETE RESTRICT): the history is kept.
 */
export const confidential: Migration = {
  version: 3,
  name: 'confidential: private notes with full-text search, escalation records with hash-chained timelines',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        meeting_id INTEGER CHECK (meeting_id IS NULL OR meeting_id > 0),
        title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        body TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 100000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_by_mentee ON notes (mentee_id, updated_at);
      CREATE INDEX notes_by_updated ON notes (updated_at);
      CREATE INDEX notes_by_created ON notes (created_at);
      CREATE INDEX notes_by_meeting ON notes (meeting_id) WHERE meeting_id IS NOT NULL;

      -- One row per (tag, note): the primary key serves "notes with tag X" directly.
      CREATE TABLE note_tags (
        tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        PRIMARY KEY (tag, note_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_tags_by_note ON note_tags (note_id);

      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        title, body,
        content = 'notes', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);
      -- Title matches weigh ten times body matches.
      INSERT INTO notes_fts (notes_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

      CREATE TRIGGER notes_fts_after_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
      END;
      CREATE TRIGGER notes_fts_after_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
      END;
      CREATE TRIGGER notes_fts_after_update AFTER UPDATE OF id, title, body ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
        INSERT INTO notes_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
      END;

      CREATE TABLE escalations (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE RESTRICT,
        category TEXT NOT NULL CHECK (category IN (${CATEGORIES})),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary TEXT NOT NULL DEFAULT '',
        initial_severity TEXT NOT NULL CHECK (initial_severity IN (${SEVERITIES})),
        initial_need_to_know TEXT NOT NULL CHECK (${jsonArray('initial_need_to_know')}),
        opened_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        genesis_hash TEXT NOT NULL CHECK (length(genesis_hash) = 64),
        -- Current state: moved only by entries (see the triggers below).
        status TEXT NOT NULL CHECK (status IN (${STATUSES})),
        severity TEXT NOT NULL CHECK (severity IN (${SEVERITIES})),
        need_to_know TEXT NOT NULL CHECK (${jsonArray('need_to_know')}),
        entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
        head_hash TEXT NOT NULL CHECK (length(head_hash) = 64),
        -- For the "most urgent first" order, so it can come from an index.
        status_rank INTEGER GENERATED ALWAYS AS (CASE status WHEN 'open' THEN 0 WHEN 'monitoring' THEN 1 ELSE 2 END) VIRTUAL,
        severity_rank INTEGER GENERATED ALWAYS AS (CASE severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END) VIRTUAL
      ) STRICT;
      CREATE INDEX escalations_by_urgency ON escalations (status_rank, severity_rank, opened_at, id);
      CREATE INDEX escalations_by_mentee ON escalations (mentee_id, status_rank, severity_rank, opened_at);

      CREATE TABLE escalation_entries (
        id INTEGER PRIMARY KEY,
        escalation_id INTEGER NOT NULL REFERENCES escalations(id) ON DELETE RESTRICT,
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('note','action','status-change','correction','closure')),
        what TEXT NOT NULL CHECK (length(what) >= 1),
        informed TEXT NOT NULL CHECK (${jsonArray('informed')}),
        outcome TEXT NOT NULL DEFAULT '',
        occurred_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        corrects_entry_id INTEGER REFERENCES escalation_entries(id) ON DELETE RESTRICT,
        new_status TEXT CHECK (new_status IN (${STATUSES})),
        new_severity TEXT CHECK (new_severity IN (${SEVERITIES})),
        new_need_to_know TEXT CHECK (new_need_to_know IS NULL OR (${jsonArray('new_need_to_know')})),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        UNIQUE (escalation_id, sequence),
        CHECK ((kind = 'correction') = (corrects_entry_id IS NOT NULL)),
        CHECK (kind IN ('status-change','closure') OR (new_status IS NULL AND new_severity IS NULL AND new_need_to_know IS NULL)),
        CHECK (kind <> 'closure' OR (new_status = 'resolved' AND new_severity IS NULL AND new_need_to_know IS NULL)),
        CHECK (kind <> 'status-change' OR new_status IS NULL OR new_status IN ('open','monitoring')),
        CHECK (kind <> 'status-change' OR coalesce(new_status, new_severity, new_need_to_know) IS NOT NULL)
      ) STRICT;
      CREATE INDEX escalation_entries_corrections ON escalation_entries (corrects_entry_id) WHERE corrects_entry_id IS NOT NULL;

      CREATE TRIGGER escalation_entries_no_update BEFORE UPDATE ON escalation_entries BEGIN
        SELECT RAISE(ABORT, 'escalation entries are append-only: add a correction instead');
      END;
      CREATE TRIGGER escalation_entries_no_delete BEFORE DELETE ON escalation_entries BEGIN
        SELECT RAISE(ABORT, 'escalation entries are append-only and cannot be deleted');
      END;
      CREATE TRIGGER escalation_entries_append_in_order BEFORE INSERT ON escalation_entries BEGIN
        SELECT RAISE(ABORT, 'escalation entries are appended at the end of their chain')
        WHERE NEW.sequence IS NOT (SELECT coalesce(max(sequence), 0) + 1 FROM escalation_entries WHERE escalation_id = NEW.escalation_id)
           OR NEW.prev_hash IS NOT (SELECT head_hash FROM escalations WHERE id = NEW.escalation_id)
           OR EXISTS (SELECT 1 FROM escalation_entries WHERE id = NEW.id);
        SELECT RAISE(ABORT, 'a correction points at an earlier entry of the same record')
        WHERE NEW.corrects_entry_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM escalation_entries WHERE id = NEW.corrects_entry_id AND escalation_id = NEW.escalation_id);
      END;
      CREATE TRIGGER escalation_entries_move_state AFTER INSERT ON escalation_entries BEGIN
        UPDATE escalations SET
          status = coalesce(NEW.new_status, status),
          severity = coalesce(NEW.new_severity, severity),
          need_to_know = coalesce(NEW.new_need_to_know, need_to_know),
          entry_count = entry_count + 1,
          head_hash = NEW.hash
        WHERE id = NEW.escalation_id;
      END;

      CREATE TRIGGER escalations_start_clean BEFORE INSERT ON escalations BEGIN
        SELECT RAISE(ABORT, 'a new escalation record starts open, with no entries')
        WHERE NEW.status IS NOT 'open' OR NEW.severity IS NOT NEW.initial_severity
           OR NEW.need_to_know IS NOT NEW.initial_need_to_know OR NEW.entry_count IS NOT 0
           OR NEW.head_hash IS NOT NEW.genesis_hash
           OR EXISTS (SELECT 1 FROM escalations WHERE id = NEW.id);
      END;
      CREATE TRIGGER escalations_no_delete BEFORE DELETE ON escalations BEGIN
        SELECT RAISE(ABORT, 'escalation records are kept: they cannot be deleted');
      END;
      CREATE TRIGGER escalations_details_fixed BEFORE UPDATE ON escalations
      WHEN NEW.id IS NOT OLD.id OR NEW.mentee_id IS NOT OLD.mentee_id OR NEW.category IS NOT OLD.category
        OR NEW.title IS NOT OLD.title OR NEW.summary IS NOT OLD.summary OR NEW.initial_severity IS NOT OLD.initial_severity
        OR NEW.initial_need_to_know IS NOT OLD.initial_need_to_know OR NEW.opened_at IS NOT OLD.opened_at
        OR NEW.created_at IS NOT OLD.created_at OR NEW.genesis_hash IS NOT OLD.genesis_hash
      BEGIN
        SELECT RAISE(ABORT, 'an escalation record cannot be rewritten: add an entry instead');
      END;
      CREATE TRIGGER escalations_state_follows_entries BEFORE UPDATE ON escalations
      WHEN NEW.status IS NOT coalesce((SELECT new_status FROM escalation_entries
              WHERE escalation_id = NEW.id AND new_status IS NOT NULL ORDER BY sequence DESC LIMIT 1), 'open')
        OR NEW.severity IS NOT coalesce((SELECT new_severity FROM escalation_entries
              WHERE escalation_id = NEW.id AND new_severity IS NOT NULL ORDER BY sequence DESC LIMIT 1), NEW.initial_severity)
        OR NEW.need_to_know IS NOT coalesce((SELECT new_need_to_know FROM escalation_entries
              WHERE escalation_id = NEW.id AND new_need_to_know IS NOT NULL ORDER BY sequence DESC LIMIT 1), NEW.initial_need_to_know)
        OR NEW.entry_count IS NOT (SELECT count(*) FROM escalation_entries WHERE escalation_id = NEW.id)
        OR NEW.head_hash IS NOT coalesce((SELECT hash FROM escalation_entries
              WHERE escalation_id = NEW.id ORDER BY sequence DESC LIMIT 1), NEW.genesis_hash)
      BEGIN
        SELECT RAISE(ABORT, 'an escalation record changes state only through a timeline entry');
      END;
    `);
  },
};
