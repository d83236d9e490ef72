-- 0028 lessons learned (SQLite variant; keep in step with 0028_lessons.pg.sql).
-- A lessons-learned sheet (fiche de capitalisation) of a finished project, one per project, with
-- the sections of the 2022 booklet as Markdown. Written by the team (draft), submitted, then
-- published by an animator of the community or sent back with a note (review_note).
-- `sectors` is a comma-separated list of sector codes (core/sectors.h); `territory_id` is where
-- the project took place (its commune or douar), for the region and commune filters.
CREATE TABLE lessons (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'published')),
  lang TEXT NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'ar', 'en')),
  title TEXT NOT NULL,
  period TEXT NOT NULL DEFAULT '',
  sectors TEXT NOT NULL DEFAULT '',
  territory_id INTEGER REFERENCES territories (id) ON DELETE SET NULL,
  context_md TEXT NOT NULL DEFAULT '',
  objectives_md TEXT NOT NULL DEFAULT '',
  actors_md TEXT NOT NULL DEFAULT '',
  steps_md TEXT NOT NULL DEFAULT '',
  results_md TEXT NOT NULL DEFAULT '',
  difficulties_md TEXT NOT NULL DEFAULT '',
  success_md TEXT NOT NULL DEFAULT '',
  lessons_md TEXT NOT NULL DEFAULT '',
  recommendations_md TEXT NOT NULL DEFAULT '',
  contacts_md TEXT NOT NULL DEFAULT '',
  budget_md TEXT NOT NULL DEFAULT '',
  review_note TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  reviewed_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  published_at TEXT
);
CREATE INDEX lessons_state ON lessons (state, published_at);

-- The projects started from a published sheet ("Start a project from this").
CREATE TABLE lesson_reuses (
  lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (lesson_id, project_id)
);
