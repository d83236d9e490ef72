-- 0007 invitations and account deletion (SQLite variant; keep in step with the other one).
-- A commune's verified representative records a known diaspora contact: the row is only an
-- invitation until the person accepts (BRIEF §6). It holds the least we need to write to them and
-- pre-fill their profile; refusal or 60 days without answer erase it. Only the hash of the
-- token sent by e-mail is stored.
CREATE TABLE diaspora_invitations (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  invited_by BIGINT,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  origin_text TEXT NOT NULL DEFAULT '',
  origin_territory_id BIGINT,
  skills_text TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL DEFAULT 'fr',
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  UNIQUE (organisation_id, email)
);
CREATE INDEX diaspora_invitations_expires ON diaspora_invitations (expires_at);
CREATE INDEX diaspora_invitations_email ON diaspora_invitations (email);

-- Who accepted a commune's invitation: the only trace an invitation leaves.
CREATE TABLE commune_diaspora_links (
  organisation_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  since TEXT NOT NULL,
  PRIMARY KEY (organisation_id, member_id)
);

-- An anonymised (deleted) account: its contributions stay, attributed to "deleted member",
-- rendered from the catalogue at display time.
ALTER TABLE members ADD COLUMN anonymised_at TEXT;
