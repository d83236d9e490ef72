-- 0030 campaigns (SQLite variant; keep in step with 0030_campaigns.pg.sql).
-- Fundraising for a project under Moroccan law 18-18 on public calls for donations: a campaign
-- names a collecting organisation (an association with a verified representative) whose bank
-- account receives the transfers; a campaign directed at the public in Morocco carries the
-- prior authorisation's reference and date and cannot be published without them. Donors pledge
-- an amount with a reference to put on their transfer; the organisation's treasurers confirm a
-- pledge when the money is on the account, one by one or from an imported bank statement.
-- Money is integer minor units plus its currency (MAD or EUR), never a floating type.

-- The treasurers of an organisation: named by its verified representatives or an animator.
-- Only they (and nobody else, animators included) confirm, cancel or refund its pledges.
CREATE TABLE organisation_treasurers (
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  named_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  named_at TEXT NOT NULL,
  PRIMARY KEY (organisation_id, member_id)
);
CREATE INDEX organisation_treasurers_member ON organisation_treasurers (member_id);

-- state: draft → submitted → published → closed; submitted → draft when an animator sends it
-- back with review_note. audience: public_morocco (law 18-18: authorisation required),
-- diaspora (a call addressed to the diaspora abroad), members (the platform's members only).
-- bank_details (IBAN/RIB as typed) is shown to signed-in members only.
CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE RESTRICT,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  title TEXT NOT NULL,
  description_md TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL CHECK (currency IN ('MAD', 'EUR')),
  goal_minor INTEGER NOT NULL CHECK (goal_minor > 0),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('public_morocco', 'diaspora', 'members')),
  authorisation_ref TEXT NOT NULL DEFAULT '',
  authorisation_on TEXT,
  bank_details TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'published',
    'closed')),
  review_note TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  reviewed_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,
  closed_at TEXT,
  CHECK (starts_on <= ends_on),
  -- The law's rule, kept by the database too: no public call in Morocco without authorisation.
  CHECK (audience <> 'public_morocco' OR state IN ('draft', 'submitted')
         OR (authorisation_ref <> '' AND authorisation_on IS NOT NULL))
);
CREATE INDEX campaigns_project ON campaigns (project_id);
CREATE INDEX campaigns_state ON campaigns (state, ends_on);
CREATE INDEX campaigns_organisation ON campaigns (organisation_id);

-- What the money will pay for: amounts by line of the project's budget (migrations/0029).
-- label keeps the line's name as it was when the campaign was written; budget_line_id is NULL
-- for a project that has no budget lines yet (the carrier then names the use).
CREATE TABLE campaign_fund_uses (
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  budget_line_id INTEGER REFERENCES project_budget_lines (id) ON DELETE RESTRICT,
  label TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  PRIMARY KEY (campaign_id, position)
);

-- News posted by the carrier to the campaign's donors (Markdown, sanitised when rendered); they
-- reach donors through the e-mail digest, within its one budget.
CREATE TABLE campaign_updates (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  body_md TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX campaign_updates_campaign ON campaign_updates (campaign_id, created_at);

-- A donor's promise and, once the money is on the account, its confirmation.
-- reference: Crockford base32 with a check character (pledge_reference.h), unique, put on the
-- transfer. member_id is set NULL when the donor deletes their account: the treasurer's books
-- keep donor_name. anonymous: hidden from the public, never from the treasurer.
-- (member_id, idempotency_key): a retried or double-clicked pledge lands on the first one.
-- state: pledged → confirmed | expired | cancelled; expired → confirmed (a late transfer);
-- confirmed → refunded.
CREATE TABLE pledges (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
  member_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  donor_name TEXT NOT NULL,
  reference TEXT NOT NULL UNIQUE,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL CHECK (currency IN ('MAD', 'EUR')),
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'pledged' CHECK (state IN ('pledged', 'confirmed', 'expired',
    'cancelled', 'refunded')),
  idempotency_key TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  confirmed_at TEXT,
  confirmed_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  UNIQUE (member_id, idempotency_key)
);
CREATE INDEX pledges_campaign ON pledges (campaign_id, state);
CREATE INDEX pledges_member ON pledges (member_id);
CREATE INDEX pledges_state ON pledges (state, created_at);

-- Bank statements imported by a treasurer, and each credit line read from them. line_hash
-- (SHA-256 of the line as read, with its rank among identical lines of the file) is unique per
-- organisation: importing the same statement again adds nothing and confirms nothing twice.
-- outcome: confirmed (matched by reference, same amount), or left for the treasurer's decision:
-- amount_differs, ambiguous (several references), unmatched; then resolved or ignored.
CREATE TABLE statement_imports (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  imported_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  filename TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL
);
CREATE INDEX statement_imports_organisation ON statement_imports (organisation_id, imported_at);

CREATE TABLE statement_lines (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES statement_imports (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  line_hash TEXT NOT NULL,
  line_no INTEGER NOT NULL,
  booked_on TEXT NOT NULL DEFAULT '',
  label TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'amount_differs', 'ambiguous',
    'unmatched', 'resolved', 'ignored')),
  pledge_id INTEGER REFERENCES pledges (id) ON DELETE SET NULL,
  decided_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  decided_at TEXT,
  UNIQUE (organisation_id, line_hash)
);
CREATE INDEX statement_lines_pending ON statement_lines (organisation_id, outcome);
