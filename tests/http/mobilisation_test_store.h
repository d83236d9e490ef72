// Test fixtures of the mobilisation HTTP tests that no page writes directly: an expert's profile
// (skills, languages, remote hours, open to invitations) on a signed-in member, an account
// deleted, and counts to prove that a refused write left nothing behind. Each profile write
// records its change-log row, as the profile writers do, so the matching index follows.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "store/db.h"

namespace comdev::testing::mobilisation_test_store {

inline bool make_expert(store::Db& db, std::int64_t member_id,
                        const std::vector<std::pair<std::int64_t, std::string>>& skills,
                        bool open_to_invitations = true) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto now = core::iso_now();
    auto p = c.query(
        "INSERT INTO profiles (member_id, remote_hours_per_month, open_to_invitations, "
        "updated_at) VALUES ($1, 20, $2, $3)",
        store::params(member_id, open_to_invitations ? 1 : 0, now));
    if (!p) return p.error();
    for (const auto& [skill, level] : skills) {
      auto q = c.query("INSERT INTO member_skills (member_id, skill_id, level) VALUES ($1, $2, $3)",
                       store::params(member_id, skill, level));
      if (!q) return q.error();
    }
    for (const char* lang : {"fr", "ar"}) {
      auto q = c.query("INSERT INTO profile_languages (member_id, code) VALUES ($1, $2)",
                       store::params(member_id, lang));
      if (!q) return q.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kProfile, member_id); !st) {
      return st.error();
    }
    return true;
  });
  return r.ok();
}

inline bool delete_account(store::Db& db, std::int64_t member_id) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto q = c.query("UPDATE members SET deleted_at = $1 WHERE id = $2",
                     store::params(core::iso_now(), member_id));
    if (!q) return q.error();
    if (auto st = changes::change_log_store::record(c, changes::kProfile, member_id); !st) {
      return st.error();
    }
    return true;
  });
  return r.ok();
}

inline std::int64_t count(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::string text(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t invitations_of(store::Db& db, std::int64_t need_id) {
  return count(db, "SELECT COUNT(*) FROM need_invitations WHERE need_id = $1", need_id);
}

inline std::int64_t offers_of(store::Db& db, std::int64_t need_id) {
  return count(db, "SELECT COUNT(*) FROM need_offers WHERE need_id = $1", need_id);
}

inline std::int64_t notifications_of(store::Db& db, std::int64_t member_id) {
  return count(db, "SELECT COUNT(*) FROM notifications WHERE member_id = $1", member_id);
}

}  // namespace comdev::testing::mobilisation_test_store
