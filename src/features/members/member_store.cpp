#include "features/members/member_store.h"

#include "core/time.h"

namespace comdev::members::member_store {

Result<std::int64_t> create(store::Db& db, const NewMember& m) {
  std::string now = core::iso_now();
  auto r = db.query(
      "INSERT INTO members (email, display_name, password_hash, is_admin, is_animator, "
      "email_verified_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      store::params(m.email, m.display_name, m.password_hash, m.is_admin ? 1 : 0,
                    m.is_animator ? 1 : 0,
                    m.email_verified ? std::optional<std::string>(now) : std::nullopt, now));
  if (!r) {
    if (r.error().code == ErrorCode::conflict) return Error::conflict("members.email_taken");
    return r.error();
  }
  return r->rows.front().integer(0);
}

Result<std::int64_t> count(store::Db& db) {
  auto r = db.query("SELECT COUNT(*) FROM members");
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

}  // namespace comdev::members::member_store
