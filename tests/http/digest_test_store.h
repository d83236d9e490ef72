// Test fixtures of the digest HTTP tests: a member's skills and a skill need written straight to
// the tables with their change-log rows (as the profile and need writers do), with the need's
// creation time chosen by the test, and counts of the digest's own rows.
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "store/db.h"

namespace comdev::testing::digest_test_store {

inline std::int64_t skill_id(store::Db& db, const std::string& slug) {
  auto r = db.query("SELECT id FROM skills WHERE slug = $1", store::params(slug));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

// Gives the member a profile offering `slug` at expert level, speaking French.
inline bool give_skill(store::Db& db, std::int64_t member_id, const std::string& slug) {
  auto skill = skill_id(db, slug);
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto now = core::iso_now();
    auto p = c.query(
        "INSERT INTO profiles (member_id, remote_hours_per_month, updated_at) VALUES ($1, 20, $2) "
        "ON CONFLICT (member_id) DO NOTHING",
        store::params(member_id, now));
    if (!p) return p.error();
    auto s =
        c.query("INSERT INTO member_skills (member_id, skill_id, level) VALUES ($1, $2, 'expert')",
                store::params(member_id, skill));
    if (!s) return s.error();
    auto l = c.query(
        "INSERT INTO profile_languages (member_id, code) VALUES ($1, 'fr') "
        "ON CONFLICT DO NOTHING",
        store::params(member_id));
    if (!l) return l.error();
    if (auto st = changes::change_log_store::record(c, changes::kProfile, member_id); !st) {
      return st.error();
    }
    return true;
  });
  return r.ok();
}

// A remote skill need of `project_id` requiring `slug`, created at `created_at` with `status`.
inline std::int64_t insert_skill_need(store::Db& db, std::int64_t project_id,
                                      const std::string& title, const std::string& slug,
                                      const std::string& created_at,
                                      const std::string& status = "open") {
  auto skill = skill_id(db, slug);
  auto r = db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto n = c.query(
        "INSERT INTO needs (project_id, kind, title, status, mode, created_at, updated_at) "
        "VALUES ($1, 'skill', $2, $4, 'remote', $3, $3) RETURNING id",
        store::params(project_id, title, created_at, status));
    if (!n) return n.error();
    auto id = n->rows.front().integer(0);
    auto s = c.query("INSERT INTO need_skills (need_id, skill_id, level) VALUES ($1, $2, 'expert')",
                     store::params(id, skill));
    if (!s) return s.error();
    auto l =
        c.query("INSERT INTO need_languages (need_id, code) VALUES ($1, 'fr')", store::params(id));
    if (!l) return l.error();
    if (auto st = changes::change_log_store::record(c, changes::kNeed, id); !st) {
      return st.error();
    }
    return id;
  });
  return r.ok() ? *r : 0;
}

inline std::string frequency_of(store::Db& db, std::int64_t member_id) {
  auto r = db.query("SELECT frequency FROM digest_settings WHERE member_id = $1",
                    store::params(member_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t sent_digests(store::Db& db, std::int64_t member_id) {
  auto r = db.query("SELECT COUNT(*) FROM digest_runs WHERE member_id = $1 AND status = 'sent'",
                    store::params(member_id));
  return r.ok() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t logged_emails(store::Db& db, std::int64_t member_id) {
  auto r =
      db.query("SELECT COUNT(*) FROM email_log WHERE member_id = $1", store::params(member_id));
  return r.ok() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::digest_test_store
