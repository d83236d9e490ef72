-- 0025 jobs (SQLite variant; keep in step with the PostgreSQL one).
-- The one scheduler of background work (src/jobs). A periodic job (the digest, expiries, purges)
-- is one row named after it: whichever instance claims the row when it is due runs it, so with
-- several instances on one database each run happens once. A queued job (a mass send, an import)
-- is one row per piece of work, claimed one at a time. A claim is a lease: if the instance dies
-- mid-run, another takes the job over once claimed_until has passed, so handlers are idempotent.
-- Times are ISO-8601 UTC text, like every other time in the schema.

CREATE TABLE job_schedule (
  name TEXT PRIMARY KEY,
  run_at TEXT NOT NULL,
  claimed_by TEXT,
  claimed_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_run_at TEXT,
  last_error TEXT
);

CREATE TABLE job_queue (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL DEFAULT '',
  -- Enqueuing the same key twice keeps the first row: the caller's retries make no second job.
  dedupe_key TEXT UNIQUE,
  run_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT,
  claimed_until TEXT,
  created_at TEXT NOT NULL,
  done_at TEXT,
  failed_at TEXT,
  last_error TEXT
);
CREATE INDEX job_queue_due ON job_queue (run_at, id) WHERE done_at IS NULL AND failed_at IS NULL;
