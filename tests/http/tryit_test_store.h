// Fixtures of the "try it" HTTP tests: a database whose communities are no longer marked as demo
// data (a real community), and the project of the demo commune by its title.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace comdev::testing::tryit_test_store {

inline void unmark_demo(store::Db& db) {
  auto r = db.query("UPDATE communities SET is_demo = 0", {});
  if (!r) throw std::runtime_error(r.error().detail);
}

inline std::int64_t project_id(store::Db& db, const std::string& title) {
  auto r = db.query("SELECT id FROM projects WHERE title = $1", store::params(title));
  if (!r || r->rows.empty()) throw std::runtime_error("no project " + title);
  return r->rows.front().integer(0);
}

}  // namespace comdev::testing::tryit_test_store
