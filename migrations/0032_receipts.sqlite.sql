-- 0032 donation receipts (SQLite variant; keep in step with 0032_receipts.pg.sql).
-- What a collecting organisation prints on its receipts: its postal address, its registration
-- (RNA number, récépissé of declaration…) and its object. tax_eligible is set by an animator
-- only, after checking the organisation may issue French tax receipts (reçu fiscal, Cerfa
-- 11580); until then every receipt says it is not a tax receipt.
CREATE TABLE organisation_receipt_settings (
  organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  postal_address TEXT NOT NULL DEFAULT '',
  registration TEXT NOT NULL DEFAULT '',
  object TEXT NOT NULL DEFAULT '',
  tax_eligible INTEGER NOT NULL DEFAULT 0 CHECK (tax_eligible IN (0, 1)),
  eligible_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  eligible_at TEXT,
  updated_at TEXT NOT NULL
);

-- The last receipt number given per organisation and calendar year. Taken by an UPDATE in the
-- transaction that confirms the pledge, so a confirmation that rolls back gives its number back
-- and numbers have no gap; concurrent confirmations wait on the row and get the next one.
CREATE TABLE receipt_counters (
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  last_number INTEGER NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (organisation_id, year)
);

-- One receipt per confirmed pledge, a snapshot of what it certifies: later edits of the
-- organisation, the campaign or the donor's account do not change a receipt already issued.
-- A refund cancels it (cancelled_at); its number stays taken and listed in the register.
-- donor_address is the donor's own, added by them (a French tax receipt names it).
-- means: 'transfer' (bank transfer confirmed by a treasurer) or 'online' (a payment provider).
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY,
  pledge_id INTEGER NOT NULL UNIQUE REFERENCES pledges (id) ON DELETE RESTRICT,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  member_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  donor_name TEXT NOT NULL,
  donor_address TEXT NOT NULL DEFAULT '',
  organisation_name TEXT NOT NULL,
  organisation_address TEXT NOT NULL,
  organisation_registration TEXT NOT NULL,
  organisation_object TEXT NOT NULL,
  campaign_title TEXT NOT NULL,
  authorisation_ref TEXT NOT NULL,
  authorisation_on TEXT NOT NULL,
  pledge_reference TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL CHECK (currency IN ('MAD', 'EUR')),
  means TEXT NOT NULL CHECK (means IN ('transfer', 'online')),
  tax_receipt INTEGER NOT NULL CHECK (tax_receipt IN (0, 1)),
  donated_on TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  cancelled_at TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  UNIQUE (organisation_id, year, number)
);
CREATE INDEX receipts_member ON receipts (member_id);
