-- 0035 cancelled meetings (PostgreSQL variant; keep in step with 0035_meetings_cancelled.sqlite.sql).
-- A cancelled meeting stays, so that the team still sees it and calendars learn of it:
-- cancelled_at (UTC, ISO text) is set once, with the organiser's optional reason and who did it.
-- Cancelling also raises the meeting's sequence, so calendar applications replace their copy.
ALTER TABLE meetings ADD COLUMN cancelled_at TEXT;
ALTER TABLE meetings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN cancelled_by BIGINT REFERENCES members (id) ON DELETE SET NULL;
