#include "features/audit/audit_store.h"

#include "core/time.h"

namespace comdev::audit::audit_store {

Status record(store::Conn& conn, std::int64_t actor_id, std::string_view action,
              std::string_view subject_type, std::int64_t subject_id, std::string_view detail) {
  auto r = conn.query(
      "INSERT INTO audit_log (at, actor_id, action, subject_type, subject_id, detail) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      store::params(core::iso_now(), actor_id == 0 ? std::optional<std::int64_t>{} : actor_id,
                    action, subject_type,
                    subject_id == 0 ? std::optional<std::int64_t>{} : subject_id, detail));
  if (!r) return r.error();
  return {};
}

Result<std::vector<Entry>> latest(store::Db& db, int limit, int offset) {
  auto rows = db.query(
      "SELECT id, at, actor_id, action, subject_type, subject_id, detail FROM audit_log "
      "ORDER BY id DESC LIMIT $1 OFFSET $2",
      store::params(limit, offset));
  if (!rows) return rows.error();
  std::vector<Entry> out;
  for (const auto& r : rows->rows) {
    out.push_back(
        {r.integer(0), r.text(1), r.integer(2), r.text(3), r.text(4), r.integer(5), r.text(6)});
  }
  return out;
}

}  // namespace comdev::audit::audit_store
