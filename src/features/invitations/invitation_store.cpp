#include "features/invitations/invitation_store.h"

#include "features/audit/audit_store.h"
#include "features/invitations/invitation_rules.h"

namespace comdev::invitations::invitation_store {
namespace {

constexpr const char* kColumns =
    "id, organisation_id, invited_by, name, email, origin_text, origin_territory_id, "
    "skills_text, lang, created_at, expires_at";

Invitation from_row(const store::Row& r) {
  Invitation i;
  i.id = r.integer(0);
  i.organisation_id = r.integer(1);
  i.invited_by = r.integer(2);
  i.contact.name = r.text(3);
  i.contact.email = r.text(4);
  i.contact.origin_text = r.text(5);
  if (!r.is_null(6)) i.contact.origin_territory_id = r.integer(6);
  i.contact.skills_text = r.text(7);
  i.lang = r.text(8);
  i.created_at = r.text(9);
  i.expires_at = r.text(10);
  return i;
}

}  // namespace

Result<std::vector<Invitation>> list_for(store::Db& db, std::int64_t organisation_id,
                                         core::Seconds now) {
  auto rows = db.query(std::string("SELECT ") + kColumns +
                           " FROM diaspora_invitations WHERE organisation_id = $1 AND "
                           "expires_at > $2 ORDER BY id DESC",
                       store::params(organisation_id, core::iso(now)));
  if (!rows) return rows.error();
  std::vector<Invitation> out;
  for (const auto& r : rows->rows) out.push_back(from_row(r));
  return out;
}

Result<std::set<std::string>> invited_emails(store::Db& db, std::int64_t organisation_id) {
  auto rows = db.query("SELECT email FROM diaspora_invitations WHERE organisation_id = $1",
                       store::params(organisation_id));
  if (!rows) return rows.error();
  std::set<std::string> out;
  for (const auto& r : rows->rows) out.insert(r.text(0));
  return out;
}

Result<bool> member_exists(store::Conn& conn, const std::string& email) {
  auto r = conn.query("SELECT 1 FROM members WHERE LOWER(email) = $1", store::params(email));
  if (!r) return r.error();
  return !r->empty();
}

Result<bool> member_exists(store::Db& db, const std::string& email) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return member_exists(**lease, email);
}

Result<std::set<std::string>> member_emails(store::Db& db, const std::set<std::string>& emails) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  std::set<std::string> out;
  for (const auto& e : emails) {
    auto found = member_exists(**lease, e);
    if (!found) return found.error();
    if (*found) out.insert(e);
  }
  return out;
}

Result<std::optional<std::int64_t>> insert(store::Conn& conn, std::int64_t organisation_id,
                                           std::int64_t invited_by, const NewContact& c,
                                           const std::string& token_hash, const std::string& lang,
                                           core::Seconds now) {
  auto r = conn.query(
      "INSERT INTO diaspora_invitations (organisation_id, invited_by, name, email, origin_text, "
      "origin_territory_id, skills_text, token_hash, lang, created_at, expires_at) VALUES ($1, "
      "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (organisation_id, email) DO NOTHING "
      "RETURNING id",
      store::params(organisation_id, invited_by, c.name, c.email, c.origin_text,
                    c.origin_territory_id, c.skills_text, token_hash, lang, core::iso(now),
                    core::iso(expiry_of(now))));
  if (!r) return r.error();
  if (r->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{r->rows.front().integer(0)};
}

Result<std::optional<Invitation>> find_by_token(store::Db& db, const std::string& token_hash) {
  auto rows = db.query(
      std::string("SELECT ") + kColumns + " FROM diaspora_invitations WHERE token_hash = $1",
      store::params(token_hash));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Invitation>{};
  return std::optional<Invitation>{from_row(rows->rows.front())};
}

Result<bool> erase(store::Conn& conn, std::int64_t id) {
  auto r = conn.query("DELETE FROM diaspora_invitations WHERE id = $1", store::params(id));
  if (!r) return r.error();
  return r->affected > 0;
}

Status link(store::Conn& conn, std::int64_t organisation_id, std::int64_t member_id,
            core::Seconds since) {
  auto r = conn.query(
      "INSERT INTO commune_diaspora_links (organisation_id, member_id, since) VALUES ($1, $2, $3) "
      "ON CONFLICT (organisation_id, member_id) DO NOTHING",
      store::params(organisation_id, member_id, core::iso(since)));
  if (!r) return r.error();
  return {};
}

Result<std::vector<Link>> links_of(store::Db& db, std::int64_t member_id) {
  auto rows = db.query(
      "SELECT organisation_id, since FROM commune_diaspora_links WHERE member_id = $1 "
      "ORDER BY organisation_id",
      store::params(member_id));
  if (!rows) return rows.error();
  std::vector<Link> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1)});
  return out;
}

Result<bool> is_linked(store::Db& db, std::int64_t organisation_id, std::int64_t member_id) {
  auto rows =
      db.query("SELECT 1 FROM commune_diaspora_links WHERE organisation_id = $1 AND member_id = $2",
               store::params(organisation_id, member_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<std::int64_t> purge_expired(store::Db& db, core::Seconds now) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto gone = c.query(
        "DELETE FROM diaspora_invitations WHERE expires_at <= $1 RETURNING id, organisation_id",
        store::params(core::iso(now)));
    if (!gone) return gone.error();
    for (const auto& r : gone->rows) {
      auto st = audit::audit_store::record(c, 0, "invitation.expired", "invitation", r.integer(0),
                                           "organisation " + r.text(1));
      if (!st) return st.error();
    }
    return static_cast<std::int64_t>(gone->rows.size());
  });
}

Status erase_about(store::Conn& conn, const std::string& email, std::int64_t member_id) {
  auto a = conn.query("DELETE FROM diaspora_invitations WHERE email = $1", store::params(email));
  if (!a) return a.error();
  auto b = conn.query("DELETE FROM commune_diaspora_links WHERE member_id = $1",
                      store::params(member_id));
  if (!b) return b.error();
  return {};
}

Result<std::vector<Invitation>> pending_for_email(store::Db& db, const std::string& email) {
  auto rows = db.query(
      std::string("SELECT ") + kColumns + " FROM diaspora_invitations WHERE email = $1 ORDER BY id",
      store::params(email));
  if (!rows) return rows.error();
  std::vector<Invitation> out;
  for (const auto& r : rows->rows) out.push_back(from_row(r));
  return out;
}

}  // namespace comdev::invitations::invitation_store
