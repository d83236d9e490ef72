// Fixtures of the opportunities HTTP tests that no page writes as the test needs it: an
// organisation with a verified representative, a commune's id by slug, an opportunity written
// straight to the table in a given state; and reads that prove what a request left behind.
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "features/organisations/organisation_store.h"
#include "store/db.h"
#include "test_members.h"

namespace comdev::testing::opportunities_test_store {

inline std::int64_t scalar(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::string text(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t territory(store::Db& db, const std::string& slug) {
  auto r = db.query("SELECT id FROM territories WHERE slug = $1", store::params(slug));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

// A new organisation and a member who is its verified representative (verified by `animator`).
struct Represented {
  std::int64_t organisation = 0;
  SignedIn representative;
};
inline Represented represented(store::Db& db, const SignedIn& animator, const std::string& name) {
  namespace org = organisations::organisation_store;
  Represented out;
  auto id = org::create(db, 0, {"commune", name, territory(db, "taliouine"), "", false});
  EXPECT_TRUE(id.ok());
  out.organisation = id.ok() ? *id : 0;
  out.representative = sign_in_new_member(db, Role::member);
  EXPECT_TRUE(
      org::request_representation(db, out.organisation, out.representative.member_id, "").ok());
  EXPECT_TRUE(
      org::decide(db, animator.member_id, out.organisation, out.representative.member_id, true, "")
          .ok());
  return out;
}

// An opportunity in `state`, written by `by`, published in the name of `publisher` (0: none).
inline std::int64_t insert(store::Db& db, const std::string& title, const std::string& state,
                           std::int64_t by, std::int64_t publisher, const std::string& kind,
                           const std::string& contact = "Contact secret 0600") {
  auto now = core::iso_now();
  auto r = db.query(
      "INSERT INTO opportunities (kind, state, lang, title, description_md, sector, stage, "
      "commune_id, amount_min, amount_max, currency, publisher_org_id, contact, created_by, "
      "created_at, updated_at, published_at) VALUES ($1, $2, 'fr', $3, 'Un projet.', "
      "'agriculture', 'study', $4, 10000000, 20000000, 'MAD', $5, $6, $7, $8, $8, $8) "
      "RETURNING id",
      store::params(kind, state, title, territory(db, "taliouine"),
                    publisher ? std::optional<std::int64_t>(publisher) : std::nullopt, contact,
                    by ? std::optional<std::int64_t>(by) : std::nullopt, now));
  return r.ok() ? r->rows.front().integer(0) : 0;
}

inline std::string state_of(store::Db& db, std::int64_t id) {
  return text(db, "SELECT state FROM opportunities WHERE id = $1", id);
}
inline std::int64_t count_titled(store::Db& db, const std::string& title) {
  auto r = db.query("SELECT COUNT(*) FROM opportunities WHERE title = $1", store::params(title));
  return r.ok() ? r->rows.front().integer(0) : -1;
}
inline std::int64_t id_titled(store::Db& db, const std::string& title) {
  auto r = db.query("SELECT id FROM opportunities WHERE title = $1 ORDER BY id DESC LIMIT 1",
                    store::params(title));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}
inline std::int64_t requests_of(store::Db& db, std::int64_t opportunity) {
  return scalar(db, "SELECT COUNT(*) FROM opportunity_interests WHERE opportunity_id = $1",
                opportunity);
}
inline std::int64_t last_request(store::Db& db, std::int64_t opportunity) {
  return scalar(db,
                "SELECT COALESCE(MAX(id), 0) FROM opportunity_interests WHERE opportunity_id = $1",
                opportunity);
}
inline std::string request_state(store::Db& db, std::int64_t id) {
  return text(db, "SELECT state FROM opportunity_interests WHERE id = $1", id);
}
inline bool set_request_state(store::Db& db, std::int64_t id, const std::string& state) {
  return db
      .query("UPDATE opportunity_interests SET state = $1 WHERE id = $2", store::params(state, id))
      .ok();
}
inline std::int64_t notifications(store::Db& db, std::int64_t member, const std::string& kind) {
  auto r = db.query("SELECT COUNT(*) FROM notifications WHERE member_id = $1 AND kind = $2",
                    store::params(member, kind));
  return r.ok() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::opportunities_test_store
