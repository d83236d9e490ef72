#include "features/tryit/tryit_store.h"

#include "core/time.h"

namespace comdev::tryit::tryit_store {

Result<bool> is_demo_database(store::Db& db) {
  auto r = db.query("SELECT 1 FROM communities WHERE is_demo = 1 LIMIT 1", {});
  if (!r) return r.error();
  return !r->rows.empty();
}

Result<std::optional<std::int64_t>> member_of(store::Conn& c, std::string_view role) {
  auto r = c.query("SELECT member_id FROM demo_accounts WHERE role = $1",
                   store::params(std::string(role)));
  if (!r) return r.error();
  if (r->rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{r->rows.front().integer(0)};
}

Result<std::int64_t> upsert_member(store::Conn& c, const DemoAccount& a,
                                   const std::string& password_hash) {
  std::string now = core::iso_now();
  auto r = c.query(
      "INSERT INTO members (email, display_name, password_hash, is_admin, is_animator, "
      "email_verified_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6) "
      "ON CONFLICT (email) DO UPDATE SET is_admin = excluded.is_admin, "
      "is_animator = excluded.is_animator, "
      "email_verified_at = COALESCE(members.email_verified_at, excluded.email_verified_at) "
      "RETURNING id",
      store::params(std::string(a.email), std::string(a.display_name), password_hash,
                    a.admin ? 1 : 0, a.animator ? 1 : 0, now));
  if (!r) return r.error();
  std::int64_t id = r->rows.front().integer(0);
  if (!password_hash.empty()) {
    if (auto st = set_password(c, id, password_hash); !st) return st.error();
  }
  return id;
}

Status set_password(store::Conn& c, std::int64_t member_id, const std::string& password_hash) {
  auto r = c.query("UPDATE members SET password_hash = $1 WHERE id = $2",
                   store::params(password_hash, member_id));
  if (!r) return r.error();
  return {};
}

Status verify_representative(store::Conn& c, std::string_view organisation,
                             std::int64_t member_id) {
  std::string now = core::iso_now();
  auto r = c.query(
      "INSERT INTO organisation_members (organisation_id, member_id, role, status, message, "
      "requested_at, verified_at, verification_note) "
      "SELECT id, $2, 'representative', 'verified', '', $3, $3, 'demo data' "
      "FROM organisations WHERE name = $1 "
      "ON CONFLICT (organisation_id, member_id) DO UPDATE SET role = 'representative', "
      "status = 'verified', verified_at = excluded.verified_at "
      "RETURNING organisation_id",
      store::params(std::string(organisation), member_id, now));
  if (!r) return r.error();
  if (r->rows.empty())
    return Error::not_found("errors.not_found").with_detail(std::string(organisation));
  return {};
}

Status record(store::Conn& c, std::string_view role, std::int64_t member_id) {
  auto r = c.query(
      "INSERT INTO demo_accounts (role, member_id, created_at) VALUES ($1, $2, $3) "
      "ON CONFLICT (role) DO UPDATE SET member_id = excluded.member_id",
      store::params(std::string(role), member_id, core::iso_now()));
  if (!r) return r.error();
  return {};
}

Result<std::vector<Listed>> list(store::Db& db) {
  auto r = db.query(
      "SELECT a.role, a.email, a.display_name, a.organisation_id, "
      "(SELECT MAX(p.id) FROM projects p WHERE p.carrier_id = a.organisation_id) "
      "FROM (SELECT d.role, m.email, m.display_name, "
      "(SELECT MIN(om.organisation_id) FROM organisation_members om WHERE om.member_id = m.id "
      "AND om.role = 'representative' AND om.status = 'verified') AS organisation_id "
      "FROM demo_accounts d JOIN members m ON m.id = d.member_id) a",
      {});
  if (!r) return r.error();
  std::vector<Listed> out;
  for (const auto& row : r->rows) {
    Listed l{row.text(0), row.text(1), row.text(2), std::nullopt, std::nullopt};
    if (!row.is_null(3)) l.organisation_id = row.integer(3);
    if (!row.is_null(4)) l.project_id = row.integer(4);
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace comdev::tryit::tryit_store
