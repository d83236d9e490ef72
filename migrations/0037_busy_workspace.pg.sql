-- 0037 busy workspace (PostgreSQL variant; keep in step with 0037_busy_workspace.sqlite.sql).
-- "What changed since my last visit" on a team page: a visit is a stretch of looking (pages
-- seen less than half an hour apart), and during it the page keeps showing what changed before
-- it began (`since_at`). `seen_at` is the last look, written at most every few minutes, so a
-- busy team page does not take the database's write lock on every view.
ALTER TABLE project_visits ADD COLUMN since_at TEXT NOT NULL DEFAULT '';

-- A project's task list in its order (not done first, then by due day, none last) read from
-- the index a page at a time, instead of sorting every task of a busy project on each view.
CREATE INDEX tasks_project_order ON tasks (project_id, (status = 'done'), (due_on IS NULL), due_on, id);
