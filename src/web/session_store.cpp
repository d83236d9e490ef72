#include <sodium.h>

#include "core/time.h"
#include "web/session.h"

namespace comdev::web {

std::string random_token(std::size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::string hash_token(std::string_view token) {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return std::string(hex, 64);
}

bool tokens_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

namespace session_store {

Result<std::optional<Session>> find(store::Db& db, std::string_view sid) {
  if (sid.size() < 20 || sid.size() > 100) return std::optional<Session>{};
  auto rows = db.query(
      "SELECT s.id_hash, s.csrf_token, s.member_id, s.lang, m.is_admin, m.is_animator, "
      "m.display_name FROM sessions s LEFT JOIN members m ON m.id = s.member_id "
      "WHERE s.id_hash = $1 AND s.expires_at > $2",
      store::params(hash_token(sid), core::iso_now()));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Session>{};
  const auto& r = rows->rows.front();
  return std::optional<Session>{Session{r.text(0), r.text(1), r.is_null(2) ? 0 : r.integer(2),
                                        r.text(3), r.integer(4) != 0, r.integer(5) != 0,
                                        r.text(6)}};
}

Result<Session> create(store::Db& db, std::int64_t member_id, std::string_view lang,
                       std::string* sid) {
  *sid = random_token();
  Session s;
  s.id_hash = hash_token(*sid);
  s.csrf_token = random_token();
  s.member_id = member_id;
  s.lang = std::string(lang);
  auto now = core::now();
  auto rows = db.query(
      "INSERT INTO sessions (id_hash, csrf_token, member_id, lang, created_at, expires_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      store::params(s.id_hash, s.csrf_token,
                    member_id == 0 ? std::optional<std::int64_t>{} : member_id, s.lang,
                    core::iso(now), core::iso(now + kSessionLifetime)));
  if (!rows) return rows.error();
  return s;
}

Status destroy(store::Db& db, std::string_view sid) {
  auto r = db.query("DELETE FROM sessions WHERE id_hash = $1", store::params(hash_token(sid)));
  if (!r) return r.error();
  return {};
}

Status destroy_all_of(store::Db& db, std::int64_t member_id) {
  auto r = db.query("DELETE FROM sessions WHERE member_id = $1", store::params(member_id));
  if (!r) return r.error();
  return {};
}

Result<std::int64_t> purge_expired(store::Db& db) {
  auto rows =
      db.query("DELETE FROM sessions WHERE expires_at <= $1", store::params(core::iso_now()));
  if (!rows) return rows.error();
  return rows->affected;
}

}  // namespace session_store
}  // namespace comdev::web
