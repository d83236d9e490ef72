-- 0009 projects (SQLite variant; keep in step with the other one).
-- A local development project: carried by an organisation, placed on the territory, maybe
-- serving an action of a PCD, moving through a lifecycle whose every change is kept.
-- status: idea → maturing → ready → funding → in_progress → done → capitalised.
-- The cover image is kept in the database (base64) like profile photos, so several instances
-- serve it without a shared disk. lang is the language the carrier wrote title and summary in.
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  description_md TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'ar', 'en')),
  status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'maturing', 'ready', 'funding',
    'in_progress', 'done', 'capitalised')),
  carrier_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  territory_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE RESTRICT,
  lat REAL,
  lon REAL,
  plan_action_id INTEGER REFERENCES plan_actions (id) ON DELETE SET NULL,
  cover_type TEXT CHECK (cover_type IN ('image/jpeg', 'image/png', 'image/webp')),
  cover_base64 TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX projects_territory ON projects (territory_id);
CREATE INDEX projects_carrier ON projects (carrier_id);
CREATE INDEX projects_created ON projects (created_at, id);
CREATE INDEX projects_plan_action ON projects (plan_action_id);

-- Codes from the fixed list in src/core/sectors.h.
CREATE TABLE project_sectors (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  sector TEXT NOT NULL,
  PRIMARY KEY (project_id, sector)
);
CREATE INDEX project_sectors_sector ON project_sectors (sector);

-- Partner organisations and what each brings ("financement", "maîtrise d'ouvrage", …).
CREATE TABLE project_partners (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, organisation_id)
);

-- The dated history of the lifecycle; the first row (from_status NULL) is the creation.
CREATE TABLE project_status_changes (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL,
  changed_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL
);
CREATE INDEX project_status_changes_project ON project_status_changes (project_id, changed_at);

-- Dated news posts of a project (Markdown, sanitised when rendered).
CREATE TABLE project_updates (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  body_md TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX project_updates_project ON project_updates (project_id, created_at);

CREATE TABLE project_followers (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  since TEXT NOT NULL,
  PRIMARY KEY (project_id, member_id)
);
CREATE INDEX project_followers_member ON project_followers (member_id);

-- Comments stay when their author deletes their account (author_id set NULL); an animator hides
-- a reported comment (hidden_at) rather than deleting it, so the moderation is traceable.
CREATE TABLE project_comments (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  hidden_at TEXT
);
CREATE INDEX project_comments_project ON project_comments (project_id, created_at);

CREATE TABLE comment_reports (
  comment_id INTEGER NOT NULL REFERENCES project_comments (id) ON DELETE CASCADE,
  reporter_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (comment_id, reporter_id)
);

-- Title and summary in another language than the original.
CREATE TABLE project_translations (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('fr', 'ar', 'en')),
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, lang)
);
