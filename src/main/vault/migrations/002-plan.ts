import type { Migration } from './migration';

/** The default competency list a new vault starts with; the mentor edits it freely. */
export const DEFAULT_COMPETENCIES: readonly { name: string; description: string }[] = [
  { name: 'Collaboration', description: 'Works across roles and teams toward shared outcomes.' },
  { name: 'Problem solving', description: 'Frames problems, weighs options and reaches sound decisions.' },
  { name: 'Stakeholder communication', description: 'Keeps stakeholders informed, aligned and confident.' },
  { name: 'Leadership', description: 'Sets direction, grows others and takes ownership.' },
  { name: 'Technical mastery', description: 'Depth and judgement in the craft of the role.' },
  { name: 'Visibility', description: 'Work and impact are known beyond the immediate team.' },
  { name: 'Written communication', description: 'Clear documents, proposals and updates.' },
  { name: 'Strategic thinking', description: 'Connects daily work to longer-term goals of the organisation.' },
  { name: 'Giving and receiving feedback', description: 'Offers productive critique and acts on feedback received.' },
  { name: 'Prioritisation', description: 'Chooses what matters most and says no to the rest.' },
];

const json = (column: string) => `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;

/**
 * A history table that can only grow: rows are never updated, and deleted only when
 * their parent is gone (a cascade from deleting the mentee or the goal).
 */
const appendOnly = (table: string, parentTable: string, parentColumn: string) => `
  CREATE TRIGGER ${table}_never_updated BEFORE UPDATE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${table} rows are never changed'); END;
  CREATE TRIGGER ${table}_never_deleted BEFORE DELETE ON ${table}
  WHEN EXISTS (SELECT 1 FROM ${parentTable} WHERE id = OLD.${parentColumn})
  BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted'); END;
`;

export const plan: Migration = {
  version: 2,
  name: 'plan: assessments, charter versions and pilot, SMART goals, milestones, learning plan, records',
  up(db) {
    db.exec(`
      CREATE TABLE competencies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        archived_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX competencies_by_name ON competencies (name COLLATE NOCASE);

      CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('baseline','reassessment')),
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_by_mentee ON assessments (mentee_id, date);
      CREATE UNIQUE INDEX assessments_one_baseline ON assessments (mentee_id) WHERE kind = 'baseline';

      CREATE TABLE assessment_ratings (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        competency_id INTEGER NOT NULL REFERENCES competencies(id),
        mentor_rating INTEGER CHECK (mentor_rating BETWEEN 1 AND 5),
        mentee_rating INTEGER CHECK (mentee_rating BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, competency_id),
        CHECK (mentor_rating IS NOT NULL OR mentee_rating IS NOT NULL)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX assessment_ratings_by_competency ON assessment_ratings (competency_id);
      -- Re-assessments are new rounds: a recorded rating is never overwritten.
      CREATE TRIGGER assessments_never_updated BEFORE UPDATE ON assessments
      BEGIN SELECT RAISE(ABORT, 'assessments are never changed; record a re-assessment'); END;
      CREATE TRIGGER assessment_ratings_never_updated BEFORE UPDATE ON assessment_ratings
      BEGIN SELECT RAISE(ABORT, 'assessment ratings are never changed; record a re-assessment'); END;

      CREATE TABLE charters (
        mentee_id INTEGER PRIMARY KEY REFERENCES mentees(id) ON DELETE CASCADE,
        -- Set when the pilot's review has been held (by hand now, by the meeting later).
        pilot_reviewed_on TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE charter_versions (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES charters(mentee_id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft','agreed')),
        reason TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        ${json('mentor_responsibilities')},
        ${json('mentee_responsibilities')},
        meeting_frequency TEXT NOT NULL CHECK (meeting_frequency IN ('weekly','biweekly','monthly')),
        meeting_length_minutes INTEGER NOT NULL CHECK (meeting_length_minutes BETWEEN 10 AND 480),
        meeting_format TEXT NOT NULL CHECK (meeting_format IN ('in-person','video','phone','async')),
        ${json('meeting_topics')},
        ${json('communication_channels')},
        confidentiality TEXT NOT NULL DEFAULT '',
        ${json('escalation_steps')},
        formal_review_every_weeks INTEGER CHECK (formal_review_every_weeks BETWEEN 1 AND 52),
        formal_review_after_major_milestones INTEGER NOT NULL DEFAULT 1 CHECK (formal_review_after_major_milestones IN (0,1)),
        informal_touchpoint_every_weeks INTEGER CHECK (informal_touchpoint_every_weeks BETWEEN 1 AND 52),
        ${json('progress_per_quarter')},
        pilot_start TEXT,
        pilot_weeks INTEGER NOT NULL DEFAULT 6 CHECK (pilot_weeks BETWEEN 6 AND 8),
        -- The first formal review falls at the pilot's end, so it moves with the pilot.
        pilot_review_date TEXT GENERATED ALWAYS AS (date(pilot_start, '+' || (pilot_weeks * 7) || ' days')) STORED,
        ${json('glossary')},
        agreed_on TEXT,
        agreed_by_mentor TEXT NOT NULL DEFAULT '',
        agreed_by_mentee TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (mentee_id, version),
        CHECK (version = 1 OR reason <> ''),
        CHECK ((status = 'agreed') = (agreed_on IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX charter_versions_one_draft ON charter_versions (mentee_id) WHERE status = 'draft';
      CREATE TRIGGER charter_versions_agreed_frozen BEFORE UPDATE ON charter_versions
      WHEN OLD.status = 'agreed'
      BEGIN SELECT RAISE(ABORT, 'an agreed charter version is frozen; start a new version'); END;
      CREATE TRIGGER charter_versions_agreed_kept BEFORE DELETE ON charter_versions
      WHEN OLD.status = 'agreed' AND EXISTS (SELECT 1 FROM charters WHERE mentee_id = OLD.mentee_id)
      BEGIN SELECT RAISE(ABORT, 'an agreed charter version stays readable'); END;

      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        career_aim_id INTEGER NOT NULL REFERENCES career_aims(id),
        title TEXT NOT NULL CHECK (title <> ''),
        area TEXT NOT NULL CHECK (area IN ('collaboration','problem-solving','stakeholder-communication','leadership',
          'technical-mastery','visibility','promotion','other')),
        status TEXT NOT NULL CHECK (status IN ('not-started','on-track','at-risk','achieved','dropped')),
        statement TEXT NOT NULL CHECK (statement <> ''),
        metric TEXT NOT NULL CHECK (metric <> ''),
        unit TEXT NOT NULL CHECK (unit <> ''),
        baseline_value REAL NOT NULL,
        target_value REAL NOT NULL CHECK (target_value <> baseline_value),
        why_realistic TEXT NOT NULL CHECK (why_realistic <> ''),
        support_needed TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        target_date TEXT NOT NULL CHECK (target_date >= start_date),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goals_by_mentee ON goals (mentee_id, status);
      CREATE INDEX goals_by_career_aim ON goals (career_aim_id);

      CREATE TABLE goal_readings (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        value REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goal_readings_by_goal ON goal_readings (goal_id, date);

      CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (title <> ''),
        due_date TEXT NOT NULL,
        indicator_kind TEXT NOT NULL CHECK (indicator_kind IN ('deliverable','review-outcome','quantified-improvement')),
        indicator TEXT NOT NULL CHECK (indicator <> ''),
        indicator_value REAL,
        major INTEGER NOT NULL DEFAULT 0 CHECK (major IN (0,1)),
        done_on TEXT,
        evidence_text TEXT NOT NULL DEFAULT '',
        evidence_id INTEGER REFERENCES evidence(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (indicator_kind <> 'quantified-improvement' OR indicator_value IS NOT NULL),
        -- Done means proved: by a line of evidence, a linked evidence record, or both.
        CHECK (done_on IS NULL OR evidence_text <> '' OR evidence_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX milestones_by_goal ON milestones (goal_id, done_on, due_date);
      CREATE INDEX milestones_by_evidence ON milestones (evidence_id) WHERE evidence_id IS NOT NULL;

      CREATE TABLE goal_history (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('goal','milestone')),
        -- No foreign key: the trail outlives a removed milestone.
        milestone_id INTEGER,
        field TEXT NOT NULL,
        from_value TEXT NOT NULL,
        to_value TEXT NOT NULL,
        why TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        CHECK ((entity = 'milestone') = (milestone_id IS NOT NULL)),
        -- Recalibrations carry a reason; a status change or a completion may not.
        CHECK (why <> '' OR field IN ('status','done'))
      ) STRICT;
      CREATE INDEX goal_history_by_goal ON goal_history (goal_id, changed_at);
      ${appendOnly('goal_history', 'goals', 'goal_id')}

      CREATE TABLE resources (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('course','book','article','assignment','shadowing','other')),
        title TEXT NOT NULL CHECK (title <> ''),
        link TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('planned','in-progress','done','dropped')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX resources_by_mentee ON resources (mentee_id, status);
      CREATE INDEX resources_by_goal ON resources (goal_id) WHERE goal_id IS NOT NULL;

      CREATE TABLE practice_sessions (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        date TEXT NOT NULL,
        technique TEXT NOT NULL CHECK (technique <> ''),
        context TEXT NOT NULL DEFAULT '',
        attempted TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        next_adjustment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX practice_sessions_by_mentee ON practice_sessions (mentee_id, date);
      CREATE INDEX practice_sessions_by_date ON practice_sessions (date);
      CREATE INDEX practice_sessions_by_goal ON practice_sessions (goal_id) WHERE goal_id IS NOT NULL;

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision <> ''),
        rationale TEXT NOT NULL CHECK (rationale <> ''),
        changed TEXT NOT NULL DEFAULT '',
        entity_kind TEXT CHECK (entity_kind IN ('goal','milestone','charter-version','resource','decision')),
        entity_id INTEGER,
        created_at TEXT NOT NULL,
        CHECK ((entity_kind IS NULL) = (entity_id IS NULL))
      ) STRICT;
      CREATE INDEX decisions_by_mentee ON decisions (mentee_id, date);
      ${appendOnly('decisions', 'mentees', 'mentee_id')}

      CREATE TABLE sponsorship_moments (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('presentation','demo','leadership-role','introduction','nomination','other')),
        date TEXT NOT NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        audience TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sponsorship_moments_by_mentee ON sponsorship_moments (mentee_id, date);

      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('peer-feedback','360-result','project-outcome','performance-review','other')),
        date TEXT NOT NULL,
        summary TEXT NOT NULL CHECK (summary <> ''),
        value REAL,
        source TEXT NOT NULL DEFAULT '',
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        milestone_id INTEGER REFERENCES milestones(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_mentee ON evidence (mentee_id, date);
      CREATE INDEX evidence_by_goal ON evidence (goal_id) WHERE goal_id IS NOT NULL;
      CREATE INDEX evidence_by_milestone ON evidence (milestone_id) WHERE milestone_id IS NOT NULL;

      CREATE TABLE deadlines (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        due_date TEXT NOT NULL,
        done_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX deadlines_by_mentee ON deadlines (mentee_id, due_date);
      CREATE INDEX deadlines_by_goal ON deadlines (goal_id) WHERE goal_id IS NOT NULL;

      CREATE TABLE progress_reports (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        body TEXT NOT NULL CHECK (body <> ''),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX progress_reports_by_mentee ON progress_reports (mentee_id, date);
    `);
    const now = new Date().toISOString();
    const insert = db.prepare('INSERT INTO competencies (name, description, position, created_at) VALUES (?, ?, ?, ?)');
    DEFAULT_COMPETENCIES.forEach((c, i) => insert.run(c.name, c.description, i, now));
  },
};
