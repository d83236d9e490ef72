-- 0029 ledger (SQLite variant; keep in step with 0029_ledger.pg.sql).
-- One ledger per project: what came in (money, grants, materials, skills) and what went out,
-- with the project's budget lines. docs/money.md describes the format and how it is verified.

-- A project's budget: what each line is planned to cost. Carriers edit it; a line that entries
-- point at cannot be removed (the foreign key of ledger_entries refuses it).
CREATE TABLE project_budget_lines (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  planned_minor INTEGER NOT NULL CHECK (planned_minor >= 0),
  currency TEXT NOT NULL CHECK (currency IN ('MAD', 'EUR')),
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX project_budget_lines_project ON project_budget_lines (project_id, position, id);

-- The entries: append-only. Each is hash-chained to the one before it in its project
-- (prev_hash, hash: SHA-256 of the canonical serialisation, ledger_chain.h). Corrections are
-- reversal entries; confirming a declared skill is a confirmation entry. pledge_id,
-- document_id and recorded_by are plain integers (no foreign key): no cascade or SET NULL may
-- ever rewrite an entry. The triggers below refuse UPDATE and DELETE.
CREATE TABLE ledger_entries (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('money_in', 'money_out', 'grant', 'material', 'skill',
                                     'confirmation', 'reversal')),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL CHECK (currency IN ('MAD', 'EUR')),
  budget_line_id INTEGER REFERENCES project_budget_lines (id),
  occurred_on TEXT NOT NULL,
  label TEXT NOT NULL,
  piece TEXT NOT NULL DEFAULT '',
  pledge_id INTEGER,
  document_id INTEGER,
  receipt_public INTEGER NOT NULL DEFAULT 0,
  hours_centi INTEGER,
  rate_minor INTEGER,
  quantity TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  reverses_entry_id INTEGER REFERENCES ledger_entries (id),
  confirms_entry_id INTEGER REFERENCES ledger_entries (id),
  recorded_by INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  format INTEGER NOT NULL DEFAULT 1,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (project_id, seq)
);
-- An entry is reversed at most once, a skill confirmed at most once, a pledge's money received
-- recorded at most once (a confirmation retried after a crash cannot count it twice).
CREATE UNIQUE INDEX ledger_entries_reverses ON ledger_entries (reverses_entry_id)
  WHERE reverses_entry_id IS NOT NULL;
CREATE UNIQUE INDEX ledger_entries_confirms ON ledger_entries (confirms_entry_id)
  WHERE confirms_entry_id IS NOT NULL;
CREATE UNIQUE INDEX ledger_entries_pledge ON ledger_entries (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
  SELECT RAISE(ABORT, 'ledger entries are append-only');
END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
  SELECT RAISE(ABORT, 'ledger entries are append-only');
END;

-- The head of each project's chain: the last seq and hash. Appending locks this row (on
-- PostgreSQL SELECT … FOR UPDATE; SQLite's write transactions are serial), so two appends never
-- chain to the same entry. Derived from the entries: `comdev ledger verify` checks it matches,
-- which also tells when the last entries were removed.
CREATE TABLE ledger_heads (
  project_id INTEGER PRIMARY KEY REFERENCES projects (id),
  seq INTEGER NOT NULL DEFAULT 0,
  hash TEXT NOT NULL DEFAULT ''
);

-- Running totals per project, kind, budget line (0: none) and currency, kept by the append in
-- the same transaction so the public page never sums a long ledger. bucket: money_in,
-- money_out, grant, material, skill (confirmed), skill_pending. Verify recomputes them.
CREATE TABLE ledger_totals (
  project_id INTEGER NOT NULL REFERENCES projects (id),
  bucket TEXT NOT NULL,
  budget_line_id INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL,
  total_minor INTEGER NOT NULL DEFAULT 0,
  entries INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, bucket, budget_line_id, currency)
);
