-- 0023 workspace (SQLite variant; keep in step with the PostgreSQL one).
-- A project team's tasks, its decisions (proposals voted on until a deadline) and the project's
-- activity timeline, with each member's last visit for "what changed since my last visit".

-- A task: owned by a member of the team (or nobody yet), due on a calendar day (UTC), possibly
-- answering one of the project's needs. status: open → doing → done (done may be reopened).
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  owner_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  due_on TEXT,  -- 'YYYY-MM-DD'; overdue from the next day, 00:00 UTC
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'doing', 'done')),
  need_id INTEGER REFERENCES needs (id) ON DELETE SET NULL,
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  done_at TEXT
);
CREATE INDEX tasks_project ON tasks (project_id, status, id);
CREATE INDEX tasks_owner ON tasks (owner_id, status, due_on);

-- A proposal voted on until `deadline`; `quorum` votes at least (0: none). The outcome is
-- written once, by the first reader after the deadline, with the counts it was computed from.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body_md TEXT NOT NULL,
  deadline TEXT NOT NULL,
  quorum INTEGER NOT NULL DEFAULT 0 CHECK (quorum >= 0),
  proposed_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('adopted', 'rejected', 'blocked', 'no_quorum')),
  closed_at TEXT,
  n_agree INTEGER NOT NULL DEFAULT 0,
  n_abstain INTEGER NOT NULL DEFAULT 0,
  n_disagree INTEGER NOT NULL DEFAULT 0,
  n_block INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decisions_project ON decisions (project_id, id);
CREATE INDEX decisions_open ON decisions (project_id, deadline) WHERE outcome IS NULL;

-- One vote per member and decision: a second vote (or two at once) replaces the first.
CREATE TABLE decision_votes (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  choice TEXT NOT NULL CHECK (choice IN ('agree', 'abstain', 'disagree', 'block')),
  reason TEXT NOT NULL DEFAULT '',
  voted_at TEXT NOT NULL,
  PRIMARY KEY (decision_id, member_id)
);

-- The project's timeline. `kind` is the catalogue key of the event's sentence
-- ("activity.task_done"), so a feature adds an event type with one record() call and one key;
-- `subject` is the title of the thing it concerns, `path` where it is.
CREATE TABLE project_activity (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  actor_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  subject TEXT NOT NULL DEFAULT '',
  path TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX project_activity_project ON project_activity (project_id, id);

-- When a member last looked at a project's team page: what came after is "new since last visit".
CREATE TABLE project_visits (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (project_id, member_id)
);
