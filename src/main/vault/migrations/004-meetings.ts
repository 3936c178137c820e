import type { Migration } from './migration';

const KINDS = "'formal-review','informal-touchpoint','pilot-review','focused-session','async-exercise'";
const CONTEXTS = "'actions','self-assessment','goals','feedback','wins','next-steps','free'";

type Item = readonly [title: string, minutes: number, context: string];

/** Each kind's starting agenda; the mentor edits them (templates.updateAgenda) or goes back to these. */
export const DEFAULT_AGENDAS: Readonly<Record<string, readonly Item[]>> = {
  'formal-review': [
    ['Review action items', 10, 'actions'],
    ['Self-assessment', 10, 'self-assessment'],
    ['Goals and milestones', 20, 'goals'],
    ['Feedback rubric', 10, 'feedback'],
    ['Wins to celebrate', 5, 'wins'],
    ['Next steps', 5, 'next-steps'],
  ],
  'pilot-review': [
    ['Review action items', 5, 'actions'],
    ['Self-assessment', 10, 'self-assessment'],
    ['Goals and milestones', 15, 'goals'],
    ['How the pilot went: continue, adjust or stop', 10, 'free'],
    ['Feedback rubric', 10, 'feedback'],
    ['Wins to celebrate', 5, 'wins'],
    ['Next steps', 5, 'next-steps'],
  ],
  'informal-touchpoint': [
    ['Review action items', 10, 'actions'],
    ['Wins since last time', 5, 'wins'],
    ['Obstacles and support needed', 15, 'free'],
    ['Next steps', 5, 'next-steps'],
  ],
  'focused-session': [
    ['Review action items', 5, 'actions'],
    ['The one topic', 15, 'free'],
    ['Next steps', 5, 'next-steps'],
  ],
  'async-exercise': [
    ['Exercise brief', 5, 'free'],
    ['Self-assessment', 5, 'self-assessment'],
    ['Review action items', 5, 'actions'],
    ['Next steps', 5, 'next-steps'],
  ],
};

/** The feedback rubric of docs/domain.md, section 5: four dimensions on a four-level scale, a descriptor for each level. */
export const DEFAULT_RUBRIC: { name: string; dimensions: readonly { name: string; descriptors: readonly string[] }[] } = {
  name: 'Review rubric',
  dimensions: [
    {
      name: 'Goals',
      descriptors: [
        'Goals are unclear or not being worked on',
        'Goals are clear; work on them has started',
        'Steady progress on most goals, measured against the metric',
        'Goals met or ahead of plan, with measured results',
      ],
    },
    {
      name: 'Milestones',
      descriptors: [
        'Milestones missed without a plan to recover',
        'Some milestones met; others slipping',
        'Milestones met on time with evidence',
        'Milestones met early or exceeded, proved by tangible indicators',
      ],
    },
    {
      name: 'Skill development',
      descriptors: [
        'No visible change in the focus skills',
        'Practising the focus skills with support',
        'Applies the skills independently in real work',
        'Teaches or models the skills for others',
      ],
    },
    {
      name: 'Behavioural outcomes',
      descriptors: [
        'Habits and behaviours unchanged',
        'Some new behaviours tried, not yet consistent',
        'New behaviours consistent and noticed by peers',
        'Behaviours embedded; others ask for advice',
      ],
    },
  ],
};

/**
 * Meetings: agenda templates per kind, feedback rubrics, the meetings themselves (a local
 * date and time with the mentor's IANA zone, the UTC instant it means, a stable calendar
 * uid), their agendas, captures (drafts saved as typed, wins, evidence, decisions linked
 * from the decision log, action items with carry-forwards), self-assessments and scores.
 *
 * notes.meeting_id (migration 003) could not get a foreign key: a trigger clears it when
 * a meeting is deleted. The meeting mode's current item has no foreign key either (a
 * cycle between meetings and their items would confuse parent-first ordering); the store
 * checks it belongs to the meeting.
 */
export const meetings: Migration = {
  version: 4,
  name: 'meetings: agenda templates, rubrics, meetings with agendas, captures, action items, self-assessments, scores',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_template_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL CHECK (title <> '' AND length(title) <= 200),
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 240),
        context TEXT NOT NULL CHECK (context IN (${CONTEXTS})),
        UNIQUE (kind, position)
      ) STRICT;

      CREATE TABLE rubric_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> '' AND length(name) <= 200),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX rubric_templates_by_name ON rubric_templates (name COLLATE NOCASE);
      CREATE UNIQUE INDEX rubric_templates_one_default ON rubric_templates (is_default) WHERE is_default = 1;

      CREATE TABLE rubric_dimensions (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES rubric_templates(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (name <> '' AND length(name) <= 200),
        -- One descriptor per level; the scale runs from 1 to their count.
        descriptors TEXT NOT NULL CHECK (json_valid(descriptors) AND json_type(descriptors) = 'array'
          AND json_array_length(descriptors) BETWEEN 2 AND 7)
      ) STRICT;
      CREATE INDEX rubric_dimensions_by_template ON rubric_dimensions (template_id, position);

      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        title TEXT NOT NULL CHECK (title <> '' AND length(title) <= 200),
        local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        local_time TEXT NOT NULL CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        time_zone TEXT NOT NULL CHECK (time_zone <> ''),
        starts_at TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 5 AND 480),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in-progress','held','skipped','cancelled')),
        status_reason TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL CHECK (origin IN ('generated-from-rhythm','proposed-after-milestone','pilot-review','manual')),
        -- A generated meeting remembers its slot (series and date) so planning again adds nothing twice.
        slot_kind TEXT CHECK (slot_kind IN (${KINDS})),
        slot_date TEXT,
        milestone_id INTEGER REFERENCES milestones(id) ON DELETE SET NULL,
        rubric_template_id INTEGER REFERENCES rubric_templates(id) ON DELETE SET NULL,
        converted_from TEXT CHECK (converted_from IN (${KINDS})),
        -- iCalendar SEQUENCE: goes up whenever a calendar must update the event.
        sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        agenda_edited INTEGER NOT NULL DEFAULT 0 CHECK (agenda_edited IN (0,1)),
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 100000),
        current_item_id INTEGER,
        elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
        started_at TEXT,
        ended_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((slot_kind IS NULL) = (slot_date IS NULL)),
        CHECK (status <> 'held' OR ended_at IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX meetings_one_per_slot ON meetings (mentee_id, origin, slot_kind, slot_date) WHERE slot_date IS NOT NULL;
      CREATE UNIQUE INDEX meetings_one_per_milestone ON meetings (milestone_id)
        WHERE origin = 'proposed-after-milestone' AND milestone_id IS NOT NULL;
      CREATE INDEX meetings_by_mentee ON meetings (mentee_id, status, local_date);
      CREATE INDEX meetings_by_mentee_start ON meetings (mentee_id, starts_at);
      CREATE INDEX meetings_by_start ON meetings (starts_at);
      CREATE INDEX meetings_by_milestone ON meetings (milestone_id) WHERE milestone_id IS NOT NULL;
      CREATE INDEX meetings_by_rubric ON meetings (rubric_template_id) WHERE rubric_template_id IS NOT NULL;
      CREATE TRIGGER meetings_clear_note_links AFTER DELETE ON meetings
      BEGIN UPDATE notes SET meeting_id = NULL WHERE meeting_id = OLD.id; END;

      CREATE TABLE meeting_agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL CHECK (title <> '' AND length(title) <= 200),
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 240),
        context TEXT NOT NULL CHECK (context IN (${CONTEXTS})),
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 100000),
        spent_seconds INTEGER NOT NULL DEFAULT 0 CHECK (spent_seconds >= 0)
      ) STRICT;
      CREATE INDEX meeting_agenda_items_by_meeting ON meeting_agenda_items (meeting_id, position);

      -- Quick-capture lines as typed, before they become a win, a decision, an action.
      CREATE TABLE meeting_drafts (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('win','decision','decision-rationale','action','evidence')),
        text TEXT NOT NULL CHECK (length(text) <= 100000),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, field)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE meeting_wins (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (text <> '' AND length(text) <= 2000),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_wins_by_meeting ON meeting_wins (meeting_id);

      CREATE TABLE meeting_evidence (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
        text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 2000),
        created_at TEXT NOT NULL,
        CHECK (text <> '' OR evidence_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX meeting_evidence_by_meeting ON meeting_evidence (meeting_id);
      CREATE INDEX meeting_evidence_by_evidence ON meeting_evidence (evidence_id) WHERE evidence_id IS NOT NULL;

      -- The decisions themselves live in the decision log (append-only); this says which meeting took them.
      CREATE TABLE meeting_decisions (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, decision_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX meeting_decisions_by_decision ON meeting_decisions (decision_id);

      -- Recalibrations decided at a meeting: rows of the goals' own trail.
      CREATE TABLE meeting_recalibrations (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        history_id INTEGER NOT NULL REFERENCES goal_history(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, history_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX meeting_recalibrations_by_history ON meeting_recalibrations (history_id);

      CREATE TABLE action_items (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (title <> '' AND length(title) <= 500),
        owner TEXT NOT NULL CHECK (owner IN ('mentor','mentee')),
        due_date TEXT,
        done_on TEXT,
        done_in_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (done_in_meeting_id IS NULL OR done_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX action_items_by_meeting ON action_items (meeting_id);
      CREATE INDEX action_items_by_mentee ON action_items (mentee_id, done_on, due_date);
      CREATE INDEX action_items_by_done_meeting ON action_items (done_in_meeting_id) WHERE done_in_meeting_id IS NOT NULL;

      -- Each later meeting an open action was carried into.
      CREATE TABLE action_item_carries (
        action_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        carried_at TEXT NOT NULL,
        PRIMARY KEY (action_id, meeting_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX action_item_carries_by_meeting ON action_item_carries (meeting_id);

      CREATE TABLE self_assessments (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        reflection TEXT NOT NULL DEFAULT '' CHECK (length(reflection) <= 5000),
        source TEXT NOT NULL CHECK (source IN ('mentor','import')),
        recorded_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE self_assessment_ratings (
        meeting_id INTEGER NOT NULL REFERENCES self_assessments(meeting_id) ON DELETE CASCADE,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        PRIMARY KEY (meeting_id, goal_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX self_assessment_ratings_by_goal ON self_assessment_ratings (goal_id);

      -- A score keeps the dimension's name, scale and level descriptor as they were when given.
      CREATE TABLE rubric_scores (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        dimension_id INTEGER REFERENCES rubric_dimensions(id) ON DELETE SET NULL,
        dimension TEXT NOT NULL CHECK (dimension <> ''),
        levels INTEGER NOT NULL CHECK (levels BETWEEN 2 AND 7),
        score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND levels),
        descriptor TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        position INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX rubric_scores_one_per_dimension ON rubric_scores (meeting_id, dimension_id) WHERE dimension_id IS NOT NULL;
      CREATE INDEX rubric_scores_by_meeting ON rubric_scores (meeting_id, position);
      CREATE INDEX rubric_scores_by_dimension ON rubric_scores (dimension_id) WHERE dimension_id IS NOT NULL;

      -- A proposed review the mentor declined stays declined.
      CREATE TABLE meeting_proposal_dismissals (
        milestone_id INTEGER PRIMARY KEY REFERENCES milestones(id) ON DELETE CASCADE,
        dismissed_at TEXT NOT NULL
      ) STRICT;
    `);
    const now = new Date().toISOString();
    const item = db.prepare('INSERT INTO agenda_template_items (kind, position, title, planned_minutes, context) VALUES (?, ?, ?, ?, ?)');
    for (const [kind, items] of Object.entries(DEFAULT_AGENDAS)) items.forEach(([title, minutes, context], i) => item.run(kind, i, title, minutes, context));
    const rubric = db.prepare('INSERT INTO rubric_templates (name, is_default, created_at, updated_at) VALUES (?, 1, ?, ?)').run(DEFAULT_RUBRIC.name, now, now);
    const dim = db.prepare('INSERT INTO rubric_dimensions (template_id, position, name, descriptors) VALUES (?, ?, ?, ?)');
    DEFAULT_RUBRIC.dimensions.forEach((d, i) => dim.run(rubric.lastInsertRowid, i, d.name, JSON.stringify(d.descriptors)));
  },
};
