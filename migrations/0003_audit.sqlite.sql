-- 0003 audit log (SQLite variant; keep in step with the other one).
-- Sensitive actions (role changes, verifications, deletions, invitations) with who did them and
-- when; readable by administrators. The detail never holds passwords, tokens or message bodies.
-- actor_id is kept as a plain number: the log outlives the accounts it mentions.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id BIGINT,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id BIGINT,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
