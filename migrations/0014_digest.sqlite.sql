-- 0014 digest (SQLite variant; keep in step with the PostgreSQL one).
-- The opt-in e-mail digest of new needs that match a member (issue 9, deliverable 6), sent by a
-- job kept in the database so that several instances send each digest once.
-- Times are ISO-8601 UTC text, which compare in time order.

-- A member's choice. No row, or frequency 'off': no digest (it is opt-in).
-- since: needs created after this time are new to the member (set when the digest is turned on,
-- then moved to the time each digest was composed).
CREATE TABLE digest_settings (
  member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  frequency TEXT NOT NULL DEFAULT 'off' CHECK (frequency IN ('off', 'daily', 'weekly')),
  since TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX digest_settings_frequency ON digest_settings (frequency);

-- One row per member and period ('2026-W48' for a weekly digest, '2026-11-23' for a daily one):
-- the row an instance inserts to become the one sender of that digest.
-- status: claimed (being sent; another instance may take it over once locked_until has passed,
--         so a failed send is retried) | sent | empty (nothing new when last looked at; looked at
--         again after locked_until).
-- unsubscribe_token_hash: hash (web::hash_token) of the one-click unsubscribe token the e-mail
-- carries; each digest has its own, so the link of an older digest keeps working.
CREATE TABLE digest_runs (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  period_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'empty')),
  locked_until TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  sent_at TEXT,
  needs_count INTEGER NOT NULL DEFAULT 0,
  unsubscribe_token_hash TEXT UNIQUE,
  UNIQUE (member_id, period_key)
);

-- The notification budget: every e-mail a member receives that is not addressed to them about
-- their own business (an invitation, an answer to their offer…). The digest writes here; any
-- future newsletter must too, and check it, so nobody gets more than one such e-mail a week (one
-- a day for a member who chose the daily digest).
CREATE TABLE email_log (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  sent_at TEXT NOT NULL
);
CREATE INDEX email_log_member ON email_log (member_id, sent_at);
