import type { Migration } from './migration';

export const foundation: Migration = {
  version: 1,
  name: 'foundation: vault metadata, settings, mentees and their starting point',
  up(db) {
    db.exec(`
      CREATE TABLE vault_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE mentees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('prospective','pilot','active','paused','completed')),
        aspirations TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mentees_by_name ON mentees (archived_at, name COLLATE NOCASE);

      CREATE TABLE career_aims (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        horizon TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX career_aims_by_mentee ON career_aims (mentee_id, position);

      CREATE TABLE mentee_traits (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('strength','gap')),
        text TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX mentee_traits_by_mentee ON mentee_traits (mentee_id, kind, position);

      CREATE TABLE interests (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        area TEXT NOT NULL,
        wants_exposure INTEGER NOT NULL DEFAULT 0 CHECK (wants_exposure IN (0,1)),
        long_term_aspiration INTEGER NOT NULL DEFAULT 0 CHECK (long_term_aspiration IN (0,1)),
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX interests_by_mentee ON interests (mentee_id, position);
    `);
  },
};
