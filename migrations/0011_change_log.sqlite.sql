-- 0011 change log (SQLite variant; keep in step with the other one).
-- In-memory indexes (needs list and facets, search, later matching) are built from the database
-- at start and follow this table, so several instances on one database agree within seconds
-- (ARCHITECTURE.md §6). A write that changes an indexed entity appends a row in its own
-- transaction: topic 'project' | 'need' | 'organisation' | 'profile', and the entity's id.
-- Followers re-read a few seconds back, so a row committed late with a smaller id is not missed;
-- applying a change re-reads the entity, so applying it twice is harmless.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  topic TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX change_log_changed_at ON change_log (changed_at);
