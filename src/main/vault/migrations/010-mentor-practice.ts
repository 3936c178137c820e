import type { Migration } from './migration';

const STAMPS = 'created_at TEXT NOT NULL, updated_at TEXT NOT NULL';
const HOURS = (column: string) => `${column} REAL NOT NULL CHECK (${column} >= 0 AND ${column} <= 10000)`;
const DATE = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;

/**
 * The mentor's own practice: credentials, development goals, training, supervision and
 * reflective practice; how each mentee appears in the client-hours log (paid or pro
 * bono, consent to be named, a pseudonym); and a mentor's correction of a held meeting's
 * length. The hours themselves are never stored: they are read from held meetings.
 */
export const mentorPractice: Migration = {
  version: 10,
  name: "mentor practice: credentials, development goals, training, supervision, reflections, thresholds, clients, session lengths",
  up(db) {
    db.exec(`
      CREATE TABLE mentor_credentials (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL CHECK (body <> '' AND length(body) <= 200),
        level TEXT NOT NULL CHECK (level <> '' AND length(level) <= 200),
        number TEXT NOT NULL DEFAULT '' CHECK (length(number) <= 200),
        awarded_on TEXT,
        expires_on TEXT,
        ${STAMPS}
      ) STRICT;

      CREATE TABLE mentor_goals (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (title <> '' AND length(title) <= 200),
        status TEXT NOT NULL CHECK (status IN ('not-started','on-track','at-risk','achieved','dropped')),
        statement TEXT NOT NULL,
        metric TEXT NOT NULL,
        unit TEXT NOT NULL,
        baseline REAL NOT NULL,
        target REAL NOT NULL,
        why_realistic TEXT NOT NULL,
        why_relevant TEXT NOT NULL,
        support_needed TEXT NOT NULL DEFAULT '',
        ${DATE('target_date')},
        ${STAMPS}
      ) STRICT;

      CREATE TABLE mentor_training (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('course','workshop','certificate','conference','reading-group','other')),
        title TEXT NOT NULL CHECK (title <> '' AND length(title) <= 200),
        provider TEXT NOT NULL DEFAULT '',
        ${DATE('date')},
        ${HOURS('hours')},
        competencies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(competencies) AND json_type(competencies) = 'array'),
        notes TEXT NOT NULL DEFAULT '',
        ${STAMPS}
      ) STRICT;
      CREATE INDEX mentor_training_by_date ON mentor_training (date);

      CREATE TABLE mentor_supervision (
        id INTEGER PRIMARY KEY,
        ${DATE('date')},
        supervisor TEXT NOT NULL CHECK (supervisor <> '' AND length(supervisor) <= 200),
        ${HOURS('hours')},
        format TEXT NOT NULL CHECK (format IN ('individual','group')),
        themes TEXT NOT NULL DEFAULT '',
        ${STAMPS}
      ) STRICT;
      CREATE INDEX mentor_supervision_by_date ON mentor_supervision (date);

      -- Private like notes: read by the mentor's screens only; the record PDF takes just the
      -- lessons of the entries marked for it.
      CREATE TABLE mentor_reflections (
        id INTEGER PRIMARY KEY,
        ${DATE('date')},
        what_happened TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        do_differently TEXT NOT NULL DEFAULT '',
        include_in_record INTEGER NOT NULL DEFAULT 0 CHECK (include_in_record IN (0,1)),
        ${STAMPS}
      ) STRICT;
      CREATE INDEX mentor_reflections_by_date ON mentor_reflections (date);

      CREATE TABLE mentor_thresholds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> '' AND length(name) <= 200),
        ${HOURS('client_hours')},
        ${HOURS('paid_hours')},
        ${HOURS('training_hours')},
        ${HOURS('supervision_hours')},
        ${STAMPS}
      ) STRICT;

      -- A mentee without a row here is pro bono, not consenting, listed as "Client <id>".
      CREATE TABLE mentor_clients (
        mentee_id INTEGER PRIMARY KEY REFERENCES mentees(id) ON DELETE CASCADE,
        payment TEXT NOT NULL CHECK (payment IN ('paid','pro-bono')),
        consent_to_list INTEGER NOT NULL CHECK (consent_to_list IN (0,1)),
        pseudonym TEXT NOT NULL CHECK (pseudonym <> '' AND length(pseudonym) <= 200),
        contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The mentor's correction of a held meeting's length (with why), and group sessions.
      CREATE TABLE meeting_hours (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 1440),
        reason TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL CHECK (format IN ('individual','group')),
        group_size INTEGER CHECK (group_size IS NULL OR group_size >= 2),
        updated_at TEXT NOT NULL,
        CHECK (minutes IS NULL OR reason <> '')
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
