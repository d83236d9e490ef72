#include "features/contact/contact_store.h"

#include "core/time.h"

namespace comdev::contact::contact_store {

Result<std::int64_t> insert_once(store::Db& db, const NewMessage& m) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto ins = c.query(
        "INSERT INTO contact_messages (request_key, community_id, name, email, body, lang, "
        "created_at) VALUES ($1, (SELECT MIN(id) FROM communities), $2, $3, $4, $5, $6) "
        "ON CONFLICT (request_key) DO NOTHING RETURNING id",
        store::params(m.request_key, m.name, m.email, m.body, m.lang, core::iso_now()));
    if (!ins) return ins.error();
    if (!ins->empty()) return ins->rows.front().integer(0);
    auto existing = c.query("SELECT id FROM contact_messages WHERE request_key = $1",
                            store::params(m.request_key));
    if (!existing) return existing.error();
    if (existing->empty()) return Error::internal("contact message vanished after a conflict");
    return existing->rows.front().integer(0);
  });
}

Result<std::int64_t> count(store::Db& db) {
  auto r = db.query("SELECT COUNT(*) FROM contact_messages");
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<bool> exists(store::Db& db, std::int64_t id) {
  auto r = db.query("SELECT 1 FROM contact_messages WHERE id = $1", store::params(id));
  if (!r) return r.error();
  return !r->empty();
}

}  // namespace comdev::contact::contact_store

namespace comdev::contact::contact_store {

Result<std::int64_t> count_keys(store::Db& db, const std::vector<std::string>& keys) {
  std::int64_t found = 0;
  for (const auto& k : keys) {
    auto r = db.query("SELECT 1 FROM contact_messages WHERE request_key = $1", store::params(k));
    if (!r) return r.error();
    found += r->empty() ? 0 : 1;
  }
  return found;
}

}  // namespace comdev::contact::contact_store
