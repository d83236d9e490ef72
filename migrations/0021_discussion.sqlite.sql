-- 0021 discussion (SQLite variant; keep in step with the PostgreSQL one).
-- Threads of a project's team (a title and a first message), Markdown messages. A message may be
-- edited by its author for 15 minutes; carriers and animators remove messages as moderation:
-- the row stays (so paging does not shift) with its body emptied and who removed it.
-- Messages are read by keyset on id, never all at once.

CREATE TABLE discussion_threads (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  author_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  last_message_at TEXT NOT NULL,
  message_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX discussion_threads_project ON discussion_threads (project_id, id);

CREATE TABLE discussion_messages (
  id INTEGER PRIMARY KEY,
  thread_id INTEGER NOT NULL REFERENCES discussion_threads (id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  body_md TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT,
  deleted_at TEXT,
  deleted_by INTEGER REFERENCES members (id) ON DELETE SET NULL
);
CREATE INDEX discussion_messages_thread ON discussion_messages (thread_id, id);

-- A mention's notification points at its thread.
ALTER TABLE notifications ADD COLUMN thread_id INTEGER
  REFERENCES discussion_threads (id) ON DELETE CASCADE;
