-- 0037 visit windows (PostgreSQL variant; keep in step with 0037_visit_windows.sqlite.sql).
-- "What changed since my last visit" on a team page: a visit is a stretch of looking (pages
-- seen less than half an hour apart), and during it the page keeps showing what changed before
-- it began (`since_at`). `seen_at` is the last look, written at most every few minutes, so a
-- busy team page does not take the database's write lock on every view.
ALTER TABLE project_visits ADD COLUMN since_at TEXT NOT NULL DEFAULT '';
