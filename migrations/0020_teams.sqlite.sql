-- 0020 teams (SQLite variant; keep in step with the PostgreSQL one).
-- A project's team as a workspace: each member has a role kind beside the free-text title the
-- mobilisation flow writes ("Ingénieure de l'étude"); members may ask to join; notifications
-- may point at a project and be carried by the recipient's next digest.

-- role_kind: carrier (manages the team) | expert (works on it; what an accepted offer makes) |
--            animator (facilitates, moderates the discussion) | observer (reads only).
-- `role` stays the free-text title. Rows written before this migration came from accepted
-- offers, so they are experts.
ALTER TABLE project_team ADD COLUMN role_kind TEXT NOT NULL DEFAULT 'expert'
  CHECK (role_kind IN ('carrier', 'expert', 'animator', 'observer'));
CREATE INDEX project_team_kind ON project_team (project_id, role_kind);

-- A member's request to join a project's team, answered by its carriers.
-- status: open → accepted | declined | withdrawn. One open request per member and project.
CREATE TABLE team_join_requests (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  message TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined', 'withdrawn')),
  created_at TEXT NOT NULL,
  answered_at TEXT,
  answered_by INTEGER REFERENCES members (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX team_join_requests_one_open ON team_join_requests (project_id, member_id)
  WHERE status = 'open';
CREATE INDEX team_join_requests_project ON team_join_requests (project_id, status, id);

-- Notifications about a project (a join request and its answer, a mention in its discussion).
-- in_digest = 1: the recipient's next e-mail digest carries it too (never an e-mail of its own).
ALTER TABLE notifications ADD COLUMN project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE notifications ADD COLUMN in_digest INTEGER NOT NULL DEFAULT 0
  CHECK (in_digest IN (0, 1));
CREATE INDEX notifications_digest ON notifications (member_id, in_digest, created_at);
