import type { Migration } from './migration';

/**
 * The mentee's comments on a charter draft, returned on a charter-comments form: one row per
 * section commented on (or the general comment, section 'general'), linked to the version the
 * form showed. A comment stays when that version is agreed later; the charter tab then marks
 * it as on an earlier draft. The mentor ticks a comment off as resolved.
 */
export const charterComments: Migration = {
  version: 13,
  name: 'charter comments: the mentee\'s comments per section of a charter draft, from a returned form',
  up(db) {
    db.exec(`
      CREATE TABLE charter_comments (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        version_id INTEGER REFERENCES charter_versions(id) ON DELETE SET NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        section TEXT NOT NULL CHECK (section <> '' AND length(section) <= 40),
        body TEXT NOT NULL CHECK (body <> '' AND length(body) <= 5000),
        form_id TEXT NOT NULL CHECK (length(form_id) <= 100),
        received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        resolved_on TEXT CHECK (resolved_on IS NULL OR resolved_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        UNIQUE (form_id, section)
      ) STRICT;
      CREATE INDEX charter_comments_by_mentee ON charter_comments (mentee_id, version_id);
    `);
  },
};
