import type { Migration } from './migration';

/**
 * Returned 360 and peer feedback: one row per response, its per-competency ratings. Each
 * response owns one evidence row (kind 'peer-feedback' or '360-result'), so the evidence
 * views count it once, from the evidence table; removing that evidence row removes the
 * response with it.
 */
export const feedbackResponses: Migration = {
  version: 12,
  name: 'feedback responses: returned 360 and peer feedback, their ratings, each one evidence row',
  up(db) {
    db.exec(`
      CREATE TABLE feedback_responses (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        evidence_id INTEGER NOT NULL UNIQUE REFERENCES evidence(id) ON DELETE CASCADE,
        relationship TEXT NOT NULL CHECK (relationship IN ('manager','peer','direct-report','stakeholder','other')),
        rater_name TEXT CHECK (rater_name IS NULL OR (rater_name <> '' AND length(rater_name) <= 200)),
        received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        strengths TEXT NOT NULL DEFAULT '',
        change TEXT NOT NULL DEFAULT '',
        form_id TEXT UNIQUE CHECK (form_id IS NULL OR length(form_id) <= 100),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_responses_by_mentee ON feedback_responses (mentee_id, received_on);

      CREATE TABLE feedback_ratings (
        response_id INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
        competency TEXT NOT NULL COLLATE NOCASE CHECK (competency <> '' AND length(competency) <= 200),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        UNIQUE (response_id, competency)
      ) STRICT;
    `);
  },
};
