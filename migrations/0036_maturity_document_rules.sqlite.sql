-- 0036 maturity document rules (SQLite variant; keep in step with the PostgreSQL one).
-- Two more computed items of the maturity path, read from the team's documents (0026):
-- study_uploaded (a document of kind study) and budget_uploaded (a document of kind budget).
-- SQLite cannot change a CHECK in place: maturity_items is rebuilt, and maturity_ticks (whose
-- foreign key names it, and would cascade when the old table is dropped) is kept aside and put
-- back as it was.
CREATE TABLE maturity_ticks_0036 AS SELECT * FROM maturity_ticks;
DROP TABLE maturity_ticks;

CREATE TABLE maturity_items_0036 (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('maturing', 'ready', 'funding', 'in_progress', 'done')),
  position INTEGER NOT NULL DEFAULT 0,
  label_fr TEXT NOT NULL,
  label_ar TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT '' CHECK (rule IN ('', 'confirmed_expert', 'carrier_person',
    'need_recorded', 'study_uploaded', 'budget_uploaded')),
  created_at TEXT NOT NULL
);
INSERT INTO maturity_items_0036 (id, community_id, stage, position, label_fr, label_ar, rule,
  created_at)
  SELECT id, community_id, stage, position, label_fr, label_ar, rule, created_at
  FROM maturity_items;
DROP TABLE maturity_items;
ALTER TABLE maturity_items_0036 RENAME TO maturity_items;
CREATE INDEX maturity_items_community ON maturity_items (community_id, stage, position, id);

CREATE TABLE maturity_ticks (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES maturity_items (id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '',
  ticked_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  ticked_at TEXT NOT NULL,
  PRIMARY KEY (project_id, item_id)
);
INSERT INTO maturity_ticks (project_id, item_id, note, ticked_by, ticked_at)
  SELECT project_id, item_id, note, ticked_by, ticked_at FROM maturity_ticks_0036;
DROP TABLE maturity_ticks_0036;
