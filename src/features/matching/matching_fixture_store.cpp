#include "features/matching/matching_fixture_store.h"

#include <atomic>

#include "core/time.h"
#include "features/changes/change_log_store.h"

namespace comdev::matching::fixture_store {
namespace {

Status profile_write(store::Db& db, std::int64_t member_id, std::string_view sql,
                     std::vector<store::Value> params) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto q = c.query(sql, params); !q) return q.error();
    if (auto st = changes::change_log_store::record(c, changes::kProfile, member_id); !st)
      return st.error();
    return true;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace

Result<std::int64_t> expert(store::Db& db, const FixtureExpert& e) {
  static std::atomic<int> serial{0};
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto now = core::iso_now();
    auto email = "expert" + std::to_string(++serial) + "-" + now + "@example.test";
    auto m = c.query(
        "INSERT INTO members (email, display_name, password_hash, created_at) "
        "VALUES ($1, $2, 'x', $3) RETURNING id",
        store::params(email, e.name, now));
    if (!m) return m.error();
    auto id = m->rows.front().integer(0);
    auto p = c.query(
        "INSERT INTO profiles (member_id, remote_hours_per_month, open_to_invitations, "
        "updated_at) VALUES ($1, $2, $3, $4)",
        store::params(id, e.remote_hours, e.open_to_invitations ? 1 : 0, now));
    if (!p) return p.error();
    for (const auto& [skill, level] : e.skills) {
      auto q = c.query("INSERT INTO member_skills (member_id, skill_id, level) VALUES ($1, $2, $3)",
                       store::params(id, skill, level));
      if (!q) return q.error();
    }
    for (const auto& l : e.languages) {
      auto q = c.query("INSERT INTO profile_languages (member_id, code) VALUES ($1, $2)",
                       store::params(id, l));
      if (!q) return q.error();
    }
    for (auto t : e.attachments) {
      auto q = c.query("INSERT INTO profile_attachments (member_id, territory_id) VALUES ($1, $2)",
                       store::params(id, t));
      if (!q) return q.error();
    }
    for (const auto& w : e.windows) {
      auto q = c.query(
          "INSERT INTO availability_windows (member_id, place_text, territory_id, starts_on, "
          "ends_on) VALUES ($1, '', $2, $3, $4)",
          store::params(id, w.territory_id, w.starts_on, w.ends_on));
      if (!q) return q.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kProfile, id); !st)
      return st.error();
    return id;
  });
}

Status set_open_to_invitations(store::Db& db, std::int64_t member_id, bool open) {
  return profile_write(db, member_id,
                       "UPDATE profiles SET open_to_invitations = $1 WHERE member_id = $2",
                       store::params(open ? 1 : 0, member_id));
}

Status set_remote_hours(store::Db& db, std::int64_t member_id, int hours) {
  return profile_write(db, member_id,
                       "UPDATE profiles SET remote_hours_per_month = $1 WHERE member_id = $2",
                       store::params(hours, member_id));
}

Status delete_account(store::Db& db, std::int64_t member_id) {
  return profile_write(db, member_id, "UPDATE members SET deleted_at = $1 WHERE id = $2",
                       store::params(core::iso_now(), member_id));
}

}  // namespace comdev::matching::fixture_store
