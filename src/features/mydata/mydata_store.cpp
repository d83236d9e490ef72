#include "features/mydata/mydata_store.h"

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/invitations/invitation_store.h"

namespace comdev::mydata::mydata_store {
namespace {

Result<bool> table_exists(store::Conn& c, const std::string& table) {
  auto r = c.dialect() == store::Dialect::sqlite
               ? c.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1",
                         store::params(table))
               : c.query(
                     "SELECT 1 FROM information_schema.tables WHERE table_name = $1 AND "
                     "table_schema = current_schema()",
                     store::params(table));
  if (!r) return r.error();
  return !r->empty();
}

struct Part {
  const char* name;
  const char* table;  // must exist for the section to be read
  const char* sql;    // $1 = the member id, or their e-mail (lower-case) when by_email
  bool by_email = false;
};

// What the export reads. Secrets (password and token hashes) are never part of it.
constexpr Part kParts[] = {
    {"account", "members",
     "SELECT id, email, display_name, is_admin, is_animator, email_verified_at, created_at "
     "FROM members WHERE id = $1"},
    {"profile", "profiles",
     "SELECT bio, country, city, origin_text, is_diaspora_of_heart, professional_path, "
     "remote_hours_per_month, photo_type, photo_base64, updated_at FROM profiles "
     "WHERE member_id = $1"},
    {"languages", "profile_languages", "SELECT * FROM profile_languages WHERE member_id = $1"},
    {"sectors", "profile_sectors", "SELECT * FROM profile_sectors WHERE member_id = $1"},
    {"attachments", "profile_attachments",
     "SELECT * FROM profile_attachments WHERE member_id = $1"},
    {"skills", "member_skills",
     "SELECT s.slug, ms.level FROM member_skills ms JOIN skills s ON s.id = ms.skill_id "
     "WHERE ms.member_id = $1 ORDER BY s.slug"},
    {"availability", "availability_windows",
     "SELECT * FROM availability_windows WHERE member_id = $1"},
    {"visibility", "profile_visibility", "SELECT * FROM profile_visibility WHERE member_id = $1"},
    {"organisation_memberships", "organisation_members",
     "SELECT om.organisation_id, o.name, om.role, om.status, om.message, om.requested_at, "
     "om.verified_at FROM organisation_members om JOIN organisations o ON o.id = "
     "om.organisation_id WHERE om.member_id = $1 ORDER BY om.organisation_id"},
    {"community_memberships", "community_members",
     "SELECT cm.community_id, c.slug, c.name_fr, cm.joined_at FROM community_members cm JOIN "
     "communities c "
     "ON c.id = cm.community_id WHERE cm.member_id = $1 "
     "ORDER BY cm.community_id"},
    {"commune_links", "commune_diaspora_links",
     "SELECT organisation_id, since FROM commune_diaspora_links WHERE member_id = $1 "
     "ORDER BY organisation_id"},
    {"contact_messages", "contact_messages",
     "SELECT id, name, email, body, lang, created_at FROM contact_messages WHERE LOWER(email) = "
     "$1 ORDER BY id",
     true},
    {"invitations_received", "diaspora_invitations",
     "SELECT organisation_id, name, email, origin_text, skills_text, created_at, expires_at "
     "FROM diaspora_invitations WHERE email = $1 ORDER BY id",
     true},
    {"meeting_answers", "meeting_rsvps",
     "SELECT r.meeting_id, g.title, r.answer, r.answered_at FROM meeting_rsvps r "
     "JOIN meetings g ON g.id = r.meeting_id WHERE r.member_id = $1 ORDER BY r.meeting_id"},
    {"calendar", "calendar_feeds",
     "SELECT m.time_zone, f.created_at AS feed_created_at FROM members m "
     "LEFT JOIN calendar_feeds f ON f.member_id = m.id WHERE m.id = $1"},
    {"pledges", "pledges",
     "SELECT x.id, x.campaign_id, c.title AS campaign, x.reference, x.amount_minor, x.currency, "
     "x.anonymous, x.state, x.created_at, x.confirmed_at FROM pledges x JOIN campaigns c ON "
     "c.id = x.campaign_id WHERE x.member_id = $1 ORDER BY x.id"},
    // Kept when the account is deleted: an association keeps its receipts for its accounts.
    {"receipts", "receipts",
     "SELECT year, number, organisation_name, donor_name, donor_address, amount_minor, currency, "
     "means, tax_receipt, donated_on, issued_at, cancelled_at FROM receipts WHERE member_id = $1 "
     "ORDER BY year, number"},
    {"audit_entries", "audit_log",
     "SELECT id, at, actor_id, action, subject_type, subject_id, detail FROM audit_log WHERE "
     "(actor_id = $1 OR (subject_type = 'member' AND subject_id = $1)) "
     "ORDER BY id"},
};

// Rows about the member that anonymisation deletes (member_id column), children first.
constexpr const char* kPersonalTables[] = {
    "profile_languages", "profile_sectors",      "profile_attachments",
    "member_skills",     "availability_windows", "profile_visibility",
    "profiles",          "email_tokens",         "api_tokens",
    "sessions",          "community_members",    "organisation_members",
    "meeting_rsvps",     "calendar_feeds"};

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

Result<std::optional<Account>> account(store::Db& db, std::int64_t member_id) {
  auto r = db.query(
      "SELECT id, email, display_name, password_hash, anonymised_at FROM members WHERE id = $1",
      store::params(member_id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<Account>{};
  const auto& row = r->rows.front();
  return std::optional<Account>{
      Account{row.integer(0), row.text(1), row.text(2), row.text(3), !row.is_null(4)}};
}

Result<std::vector<Section>> export_sections(store::Db& db, std::int64_t member_id) {
  auto acc = account(db, member_id);
  if (!acc) return acc.error();
  if (!*acc) return Error::not_found();
  auto lease = db.acquire();
  if (!lease) return lease.error();
  std::vector<Section> out;
  auto email = lower((*acc)->email);
  for (const auto& p : kParts) {
    auto exists = table_exists(**lease, p.table);
    if (!exists) return exists.error();
    if (!*exists) continue;
    auto rows = p.by_email ? (*lease)->query(p.sql, store::params(email))
                           : (*lease)->query(p.sql, store::params(member_id));
    if (!rows) return rows.error();
    Section s{p.name, rows->columns, {}};
    for (const auto& r : rows->rows) {
      std::vector<store::Value> values;
      for (std::size_t i = 0; i < r.size(); ++i) {
        // The member id repeats in every row of its own data: leave it out.
        if (i < s.columns.size() && s.columns[i] == "member_id") continue;
        values.push_back(r.at(i));
      }
      s.rows.push_back(std::move(values));
    }
    std::erase(s.columns, std::string("member_id"));
    out.push_back(std::move(s));
  }
  return out;
}

Status anonymise(store::Db& db, std::int64_t member_id) {
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto acc = c.query("SELECT email FROM members WHERE id = $1 AND anonymised_at IS NULL",
                       store::params(member_id));
    if (!acc) return acc.error();
    if (acc->empty()) return Error::not_found();
    auto email = lower(acc->rows.front().text(0));
    for (const char* table : kPersonalTables) {
      auto exists = table_exists(c, table);
      if (!exists) return exists.error();
      if (!*exists) continue;
      auto del = c.query(std::string("DELETE FROM ") + table + " WHERE member_id = $1",
                         store::params(member_id));
      if (!del) return del.error();
    }
    if (auto st = invitations::invitation_store::erase_about(c, email, member_id); !st) {
      return st.error();
    }
    // The placeholder is unique (the id is) and can never receive mail (.invalid, RFC 2606).
    // Both flags: profiles read anonymised_at (0007), accounts read deleted_at (0004).
    auto upd = c.query(
        "UPDATE members SET email = $2, display_name = '', password_hash = '', is_admin = 0, "
        "is_animator = 0, email_verified_at = NULL, anonymised_at = $3, deleted_at = $3 WHERE id = "
        "$1",
        store::params(member_id, "deleted-" + std::to_string(member_id) + "@deleted.invalid",
                      core::iso_now()));
    if (!upd) return upd.error();
    auto st = audit::audit_store::record(c, member_id, "member.deleted", "member", member_id,
                                         "account anonymised at the member's request");
    if (!st) return st.error();
    // The matching index drops the member (their skills and availability are gone).
    if (auto ch = changes::change_log_store::record(c, changes::kProfile, member_id); !ch) {
      return ch.error();
    }
    return true;
  });
  if (!done) return done.error();
  return {};
}

Result<std::vector<AuditLine>> audit_page(store::Db& db, int limit, int offset) {
  auto rows = db.query(
      "SELECT a.id, a.at, a.actor_id, m.display_name, m.anonymised_at, a.action, "
      "a.subject_type, a.subject_id, a.detail FROM audit_log a LEFT JOIN members m ON m.id = "
      "a.actor_id ORDER BY a.id DESC LIMIT $1 OFFSET $2",
      store::params(limit, offset));
  if (!rows) return rows.error();
  std::vector<AuditLine> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.integer(2), r.text(3), !r.is_null(4), r.text(5),
                   r.text(6), r.integer(7), r.text(8)});
  }
  return out;
}

Result<std::int64_t> audit_count(store::Db& db) {
  auto r = db.query("SELECT COUNT(*) FROM audit_log");
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

}  // namespace comdev::mydata::mydata_store
