// The ledger feature: one append-only, hash-chained ledger per project and its budget lines —
// the team's page, the public page "Where the money went" (linked from the project's page),
// the CSV and XLSX exports and the API. Other features append through
// ledger_store::append_entry inside their own transaction (a confirmed pledge's money_in).
// Comes after documents (a money_out's receipt is one of the team's documents).
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::ledger {

void register_pages(web::App& app);  // ledger_pages.cpp
void register_api(web::App& app);    // ledger_api.cpp

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

// Reads demo/ledger.json: budget lines and entries of demo projects named by title, appended
// once (a project whose ledger has entries is left as it is; safe to run twice).
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);  // ledger_demo.cpp

}  // namespace comdev::ledger
