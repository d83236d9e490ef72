-- 0033 campaign reports (SQLite variant; keep in step with 0033_campaign_reports.pg.sql).
-- Law 18-18: within 30 days after a public call for donations ends, the collecting organisation
-- sends the authority a detailed report of the amounts collected and of their use. The figures
-- are read from the campaign, its pledges, the statement lines and the project's ledger; only
-- what is nowhere else is kept here: the costs of the operation the treasurer enters, the
-- report's sending to the authority, and the reminders already sent.

-- Marked "sent to the authority" by a treasurer: the day it was sent and the authority's (or
-- the post's) reference. One row per campaign, written once.
CREATE TABLE campaign_reports (
  campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  sent_on TEXT NOT NULL,
  sent_ref TEXT NOT NULL,
  sent_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  marked_at TEXT NOT NULL
);

-- The costs of the operation (bank fees, printing…), label and amount in the campaign's
-- currency, entered by a treasurer until the report is sent.
CREATE TABLE campaign_report_costs (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX campaign_report_costs_campaign ON campaign_report_costs (campaign_id);

-- Each reminder sent, claimed before its e-mails go: the primary key makes a restart or a second
-- instance find it taken, so no reminder is sent twice. kind: due_in_7, due_in_1 (to the
-- organisation's treasurers and representatives), overdue (to the animators).
CREATE TABLE campaign_report_reminders (
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('due_in_7', 'due_in_1', 'overdue')),
  sent_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, kind)
);
