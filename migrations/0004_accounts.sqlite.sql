-- 0004 accounts (SQLite variant; keep in step with the other one).
-- Sign-up, e-mail verification, password reset, change of e-mail and API tokens.
-- Tokens are stored as hashes only (web::hash_token): a leaked database holds no usable link
-- or bearer token. Each e-mail token is single use (used_at) and short-lived (expires_at).

-- The language a member reads, for the e-mails sent while they are not looking at a page.
ALTER TABLE members ADD COLUMN preferred_lang TEXT NOT NULL DEFAULT 'fr';
-- Set when an account is deleted: the row stays (anonymised) so contributions keep an author.
ALTER TABLE members ADD COLUMN deleted_at TEXT;

CREATE TABLE email_tokens (
  token_hash TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset', 'change_email')),
  email TEXT NOT NULL,  -- the address the link was sent to (the new one for change_email)
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX email_tokens_member ON email_tokens (member_id);

CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_used_at TEXT
);
CREATE INDEX api_tokens_member ON api_tokens (member_id);
