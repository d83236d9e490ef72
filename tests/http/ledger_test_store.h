// Fixtures of the ledger's HTTP tests: entries appended through the store's append API (as the
// campaigns feature does when a pledge is confirmed), a receipt document inserted as a row, and
// the direct SQL a tamperer would run (the append-only triggers dropped first).
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "features/ledger/ledger_store.h"
#include "store/db.h"

namespace comdev::testing::ledger_test_store {

namespace ls = ledger::ledger_store;

inline ledger::NewEntry money_in(std::int64_t project, std::int64_t minor,
                                 std::string currency = "MAD") {
  ledger::NewEntry e;
  e.project_id = project;
  e.kind = ledger::Kind::money_in;
  e.amount_minor = minor;
  e.currency = std::move(currency);
  e.occurred_on = "2026-10-01";
  e.label = "Virement";
  e.recorded_by = 1;
  return e;
}

inline Result<ledger::Entry> append(store::Db& db, const ledger::NewEntry& e) {
  return db.transaction<ledger::Entry>([&](store::Conn& c) { return ls::append_entry(c, e); });
}

// A document row of the project (no file behind it): a receipt to point at.
inline std::int64_t receipt(store::Db& db, std::int64_t project, const std::string& title) {
  auto now = core::iso_now();
  auto r = db.query(
      "INSERT INTO documents (project_id, title, title_key, kind, versions, created_at, "
      "updated_at) VALUES ($1, $2, $2, 'other', 0, $3, $3) RETURNING id",
      store::params(project, title, now));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

// Lets direct UPDATE and DELETE through, as someone with the database's password could.
inline bool drop_guards(store::Db& db) {
  if (db.dialect() == store::Dialect::postgres) {
    return db.query("DROP TRIGGER ledger_entries_no_update ON ledger_entries").ok();
  }
  return db.query("DROP TRIGGER ledger_entries_no_update").ok() &&
         db.query("DROP TRIGGER ledger_entries_no_delete").ok();
}

inline std::int64_t scalar(store::Db& db, const std::string& sql, std::int64_t id = 0) {
  auto r = id ? db.query(sql, store::params(id)) : db.query(sql);
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::ledger_test_store
