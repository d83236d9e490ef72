#include "features/organisations/member_roles_store.h"

#include "features/audit/audit_store.h"

namespace comdev::organisations::member_roles_store {

Result<std::optional<MemberRoles>> find(store::Db& db, std::int64_t member_id) {
  auto rows = db.query("SELECT id, display_name, is_animator, is_admin FROM members WHERE id = $1",
                       store::params(member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<MemberRoles>{};
  const auto& r = rows->rows.front();
  return std::optional<MemberRoles>{
      MemberRoles{r.integer(0), r.text(1), r.integer(2) != 0, r.integer(3) != 0}};
}

Status set_animator(store::Db& db, std::int64_t admin_id, std::int64_t member_id, bool animator) {
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    auto exists = c.query("SELECT 1 FROM members WHERE id = $1", store::params(member_id));
    if (!exists) return exists.error();
    if (exists->empty()) return Error::not_found();
    auto up = c.query("UPDATE members SET is_animator = $1 WHERE id = $2 AND is_animator <> $1",
                      store::params(animator ? 1 : 0, member_id));
    if (!up) return up.error();
    if (up->affected == 0) return 0;
    if (auto a = audit::audit_store::record(
            c, admin_id, animator ? "member.role.animator.granted" : "member.role.animator.revoked",
            "member", member_id, "");
        !a) {
      return a.error();
    }
    return 1;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::organisations::member_roles_store
