import type { Migration } from './migration';

/**
 * Exchange forms: the register of every fillable form the vault made (so a returned form
 * is matched to what was asked, and imported once), the vault's own key for the forms'
 * MACs (random, made on first use; never shown), and the mentee's own ratings of the
 * meeting's rubric dimensions, which a self-assessment form adds to the goal ratings.
 */
export const exchangeForms: Migration = {
  version: 11,
  name: 'exchange forms: form register, form key, self-assessed rubric dimensions',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_forms (
        id TEXT PRIMARY KEY CHECK (length(id) = 32),
        kind TEXT NOT NULL CHECK (kind IN ('self-assessment','feedback','check-in','charter-comments')),
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
        relationship TEXT CHECK (relationship IN ('manager','peer','direct-report','stakeholder','other')),
        -- The prefilled items' ids and labels, as the form asked them (covered by the MAC).
        items TEXT NOT NULL CHECK (json_valid(items)),
        made_on TEXT NOT NULL,
        imported_on TEXT
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX exchange_forms_by_mentee ON exchange_forms (mentee_id, made_on);
      CREATE INDEX exchange_forms_by_meeting ON exchange_forms (meeting_id) WHERE meeting_id IS NOT NULL;

      CREATE TABLE exchange_form_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key BLOB NOT NULL CHECK (length(key) = 32),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE self_assessment_dimensions (
        meeting_id INTEGER NOT NULL REFERENCES self_assessments(meeting_id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        dimension TEXT NOT NULL CHECK (dimension <> '' AND length(dimension) <= 200),
        levels INTEGER NOT NULL CHECK (levels BETWEEN 2 AND 7),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND levels),
        PRIMARY KEY (meeting_id, position)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
