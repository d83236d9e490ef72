-- 0010 needs (SQLite variant; keep in step with the other one).
-- The pre-diagnosis: what a project lacks, each need a first-class object with its own status.
-- kind skill: mode, period, effort, required skills (need_skills) and working languages;
-- kind funding: amount in integer minor units and currency; kind material: item and quantity.
-- status: open | discussion | satisfied | closed. Dates are YYYY-MM-DD text.
CREATE TABLE needs (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('skill', 'funding', 'material')),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'discussion', 'satisfied', 'closed')),
  mode TEXT CHECK (mode IN ('remote', 'on_site', 'both')),
  period_start TEXT,
  period_end TEXT,
  effort_days INTEGER CHECK (effort_days IS NULL OR effort_days > 0),
  amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor > 0),
  currency TEXT CHECK (currency IN ('MAD', 'EUR')),
  item TEXT,
  quantity INTEGER CHECK (quantity IS NULL OR quantity > 0),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);
CREATE INDEX needs_project ON needs (project_id);
CREATE INDEX needs_status_created ON needs (status, created_at, id);

CREATE TABLE need_skills (
  need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE RESTRICT,
  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'expert')),
  PRIMARY KEY (need_id, skill_id)
);
CREATE INDEX need_skills_skill ON need_skills (skill_id);

CREATE TABLE need_languages (
  need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (code IN ('ar', 'ber', 'fr', 'en', 'es', 'nl', 'de', 'it')),
  PRIMARY KEY (need_id, code)
);
