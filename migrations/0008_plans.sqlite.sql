-- 0008 development plans (SQLite variant; keep in step with the other one).
-- A commune's Plan Communal de Développement (PCD / PAC): its period, strategic axes and actions.
-- The plan belongs to the commune's organisation (type 'commune'): only that organisation's
-- verified representatives edit it. Money is integer minor units plus a currency.
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  territory_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE RESTRICT,
  title TEXT NOT NULL,
  period_start INTEGER NOT NULL CHECK (period_start BETWEEN 2000 AND 2100),
  period_end INTEGER NOT NULL CHECK (period_end BETWEEN 2000 AND 2100),
  summary TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (period_end >= period_start),
  UNIQUE (organisation_id, period_start)
);
CREATE INDEX plans_territory ON plans (territory_id);

CREATE TABLE plan_axes (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  UNIQUE (plan_id, title)
);

-- priority: high | medium | low; status: planned | in_progress | done | abandoned.
CREATE TABLE plan_actions (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  axis_id INTEGER NOT NULL REFERENCES plan_axes (id) ON DELETE RESTRICT,
  title TEXT NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
  budget_minor INTEGER CHECK (budget_minor IS NULL OR budget_minor >= 0),
  currency TEXT NOT NULL DEFAULT 'MAD' CHECK (currency IN ('MAD', 'EUR')),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'in_progress', 'done', 'abandoned')),
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_actions_plan ON plan_actions (plan_id, position);

-- The douars (villages) an action concerns.
CREATE TABLE plan_action_douars (
  action_id INTEGER NOT NULL REFERENCES plan_actions (id) ON DELETE CASCADE,
  territory_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, territory_id)
);
