// All SQL of the ledger (ledger_entries, ledger_heads, ledger_totals, project_budget_lines).
//
// append_entry is THE way an entry enters a ledger, for this feature and for others (a confirmed
// pledge appends its money_in): it runs inside the caller's transaction, so the entry commits or
// rolls back with the caller's own writes. It locks the project's chain head (SELECT … FOR
// UPDATE on PostgreSQL; SQLite transactions here are BEGIN IMMEDIATE, one writer at a time), so
// concurrent appends to one project are serialised and each chains to the one before it;
// UNIQUE (project_id, seq) stands behind the lock. Nothing here updates or deletes an entry
// (the migration's triggers refuse it).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/ledger/ledger.h"
#include "features/ledger/ledger_chain.h"
#include "store/db.h"

namespace comdev::ledger::ledger_store {

// Validates `e` (ledger_rules.h: validate, may_reverse, may_confirm; the budget line and the
// receipt document must be the project's, the budget line in the entry's currency), computes its
// seq and hash, inserts it and moves the running totals. For a reversal or a confirmation the
// amount, currency and budget line are taken from the target entry (what the caller gave for
// them is ignored). An empty recorded_at is set to now. A pledge's money_in is recorded once:
// appending a second entry with the same pledge_id is Error::conflict
// ("ledger.errors.pledge_recorded"), so a retried confirmation cannot count it twice.
// REQUIRES: `tx` is inside a transaction (store::Db::transaction).
Result<Entry> append_entry(store::Conn& tx, const NewEntry& e);

// One entry with its reversed/confirmed flags and the recorder's name.
Result<std::optional<Entry>> find(store::Conn& c, std::int64_t entry_id);

// A page of a project's entries, newest first: at most `limit`, with seq < before_seq when
// before_seq > 0.
Result<std::vector<Entry>> page(store::Conn& c, std::int64_t project_id, std::int64_t before_seq,
                                int limit);
// Entries in seq order with seq > after_seq, at most `limit` (exports and verify walk with it).
Result<std::vector<Entry>> in_order(store::Conn& c, std::int64_t project_id, std::int64_t after_seq,
                                    int limit);
// Skill entries still waiting for the carrier's confirmation, oldest first.
Result<std::vector<Entry>> pending_skills(store::Conn& c, std::int64_t project_id, int limit);

Result<std::vector<Total>> totals(store::Conn& c, std::int64_t project_id);
// The chain head: {seq, hash}; {0, ""} when the project has no entry.
Result<std::pair<std::int64_t, std::string>> head(store::Conn& c, std::int64_t project_id);

// Projects with a ledger (a head row or an entry), by id.
Result<std::vector<std::int64_t>> projects_with_ledger(store::Conn& c);

// Walks every entry of `project_id` in seq order and checks the chain and the head; the first
// break, or nullopt. Also recomputes the running totals and reports a mismatch as a break of
// reason "totals" at the head's seq.
Result<std::optional<chain::Break>> verify_project(store::Conn& c, std::int64_t project_id);

// ---- budget lines ----
Result<std::vector<BudgetLine>> budget_lines(store::Conn& c, std::int64_t project_id);
Result<std::optional<BudgetLine>> budget_line(store::Conn& c, std::int64_t id);
Result<std::int64_t> add_budget_line(store::Conn& c, const BudgetLine& l, const std::string& now);
Status update_budget_line(store::Conn& c, const BudgetLine& l, const std::string& now);
// Removes a line no entry points at; conflict when one does.
Status remove_budget_line(store::Conn& c, std::int64_t id);

// The project's id and title, when it exists (projects are public).
struct ProjectInfo {
  std::int64_t id = 0;
  std::string title;
};
Result<std::optional<ProjectInfo>> project(store::Conn& c, std::int64_t project_id);

// A document of the project (the receipt choices): id and title.
struct DocumentRef {
  std::int64_t id = 0;
  std::string title;
};
Result<std::vector<DocumentRef>> project_documents(store::Conn& c, std::int64_t project_id);
Result<std::optional<DocumentRef>> document(store::Conn& c, std::int64_t project_id,
                                            std::int64_t document_id);

// The receipt's file as it was when the entry was recorded: the latest version of the document
// uploaded at or before `recorded_at` (a later version does not change what was shown).
struct ReceiptFile {
  std::string sha256, filename, file_type;
};
Result<std::optional<ReceiptFile>> receipt_file(store::Conn& c, std::int64_t project_id,
                                                std::int64_t document_id,
                                                const std::string& recorded_at);

// The first project with this title (demo data names its projects so).
Result<std::optional<std::int64_t>> project_by_title(store::Conn& c, const std::string& title);

// The project's funding needs (a starting budget line each): title, amount, currency.
Result<std::vector<BudgetLine>> funding_needs(store::Conn& c, std::int64_t project_id);

}  // namespace comdev::ledger::ledger_store
