-- 0024 meetings (SQLite variant; keep in step with 0024_meetings.pg.sql).
-- Meetings of a project's team. A meeting is a local date-time in an IANA zone, as the organiser
-- set it (local_start, local_end: "2027-02-20T10:00:00"; time_zone: "Africa/Casablanca"), and
-- also the UTC instants they stand for (starts_at, ends_at) to sort and to compare with the
-- clock. `sequence` counts the changes a calendar client must notice (RFC 5545 SEQUENCE).
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  local_start TEXT NOT NULL,
  local_end TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
  place TEXT NOT NULL DEFAULT '',
  video_url TEXT NOT NULL DEFAULT '',
  agenda_md TEXT NOT NULL DEFAULT '',
  minutes_md TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meetings_project ON meetings (project_id, starts_at);
CREATE INDEX meetings_starts ON meetings (starts_at);

-- Each team member's answer: yes, no or maybe; changeable.
CREATE TABLE meeting_rsvps (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
  answered_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, member_id)
);

-- A member's secret calendar feed: only the hash of its token (web::hash_token) is kept, so a
-- copy of the database opens no feed. Revoking deletes the row; a new feed gets a new token.
CREATE TABLE calendar_feeds (
  member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- The zone a member reads times in; NULL: the community's zone (Africa/Casablanca).
ALTER TABLE members ADD COLUMN time_zone TEXT;
