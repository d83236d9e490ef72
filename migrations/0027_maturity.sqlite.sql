-- 0027 maturity (SQLite variant; keep in step with the PostgreSQL one).
-- The maturity path: for each stage of the projects' lifecycle (projects.status), the checklist a
-- project must complete to enter it, written per community by its animators, and what each
-- project's carriers ticked. The stage itself stays projects.status with its dated history
-- (project_status_changes): nothing here duplicates it.

-- An item of the checklist that leads into `stage`, in the community's words (French, and Arabic
-- when given). `rule` names an item the platform computes from data it holds ('' : ticked by
-- the carriers): confirmed_expert (an expert in the team), carrier_person (someone speaks for
-- the project in its team), need_recorded (the project lists at least one need).
CREATE TABLE maturity_items (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('maturing', 'ready', 'funding', 'in_progress', 'done')),
  position INTEGER NOT NULL DEFAULT 0,
  label_fr TEXT NOT NULL,
  label_ar TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT '' CHECK (rule IN ('', 'confirmed_expert', 'carrier_person',
    'need_recorded')),
  created_at TEXT NOT NULL
);
CREATE INDEX maturity_items_community ON maturity_items (community_id, stage, position, id);

-- An item ticked for a project, with the evidence the carrier gave (a document's name, the
-- council's deliberation number). Unticking deletes the row.
CREATE TABLE maturity_ticks (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES maturity_items (id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '',
  ticked_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  ticked_at TEXT NOT NULL,
  PRIMARY KEY (project_id, item_id)
);
