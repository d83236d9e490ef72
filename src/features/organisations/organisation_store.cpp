#include "features/organisations/organisation_store.h"

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"

namespace comdev::organisations::organisation_store {
namespace {

// The territory filter includes every place below the chosen one (a province lists the
// organisations of its communes and douars too).
constexpr const char* kSelect =
    "WITH RECURSIVE below(id) AS (SELECT id FROM territories WHERE id = $2 "
    "UNION SELECT t.id FROM territories t JOIN below b ON t.parent_id = b.id) "
    "SELECT o.id, o.type, o.name, COALESCE(o.territory_id, 0), COALESCE(t.name_fr, ''), "
    "COALESCE(t.name_ar, ''), o.description, o.is_demo, o.created_at "
    "FROM organisations o LEFT JOIN territories t ON t.id = o.territory_id "
    "WHERE ($1 = '' OR o.type = $1) AND ($2 = 0 OR o.territory_id IN (SELECT id FROM below)) ";

Organisation read(const store::Row& r) {
  return Organisation{r.integer(0), r.text(1), r.text(2),         r.integer(3), r.text(4),
                      r.text(5),    r.text(6), r.integer(7) != 0, r.text(8)};
}

std::optional<std::int64_t> territory_or_null(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return id;
}

constexpr const char* kRequestSelect =
    "SELECT om.organisation_id, o.name, om.member_id, m.display_name, om.message, om.status, "
    "om.requested_at FROM organisation_members om "
    "JOIN organisations o ON o.id = om.organisation_id JOIN members m ON m.id = om.member_id ";

std::vector<RepresentationRequest> read_requests(const store::Rows& rows) {
  std::vector<RepresentationRequest> out;
  for (const auto& r : rows.rows) {
    out.push_back(
        {r.integer(0), r.text(1), r.integer(2), r.text(3), r.text(4), r.text(5), r.text(6)});
  }
  return out;
}

}  // namespace

Result<std::vector<Representation>> verified_representations(store::Db& db,
                                                             std::int64_t member_id) {
  auto rows = db.query(
      "SELECT o.id, o.name, o.type, COALESCE(o.territory_id, 0) FROM organisation_members om "
      "JOIN organisations o ON o.id = om.organisation_id "
      "WHERE om.member_id = $1 AND om.role = 'representative' AND om.status = 'verified' "
      "ORDER BY o.name",
      store::params(member_id));
  if (!rows) return rows.error();
  std::vector<Representation> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3)});
  }
  return out;
}

bool is_verified_representative(store::Db& db, std::int64_t member_id,
                                std::int64_t organisation_id) {
  if (member_id == 0 || organisation_id == 0) return false;
  auto rows = db.query(
      "SELECT 1 FROM organisation_members WHERE member_id = $1 AND organisation_id = $2 "
      "AND role = 'representative' AND status = 'verified'",
      store::params(member_id, organisation_id));
  return rows && !rows->empty();
}

Result<std::vector<Organisation>> list(store::Db& db, const Filter& f) {
  auto rows = db.query(std::string(kSelect) + "ORDER BY o.name, o.id LIMIT $3 OFFSET $4",
                       store::params(f.type, f.territory_id, f.limit, f.offset));
  if (!rows) return rows.error();
  std::vector<Organisation> out;
  for (const auto& r : rows->rows) out.push_back(read(r));
  return out;
}

Result<std::int64_t> count(store::Db& db, const Filter& f) {
  auto rows = db.query(
      "WITH RECURSIVE below(id) AS (SELECT id FROM territories WHERE id = $2 "
      "UNION SELECT t.id FROM territories t JOIN below b ON t.parent_id = b.id) "
      "SELECT COUNT(*) FROM organisations o "
      "WHERE ($1 = '' OR o.type = $1) AND ($2 = 0 OR o.territory_id IN (SELECT id FROM below))",
      store::params(f.type, f.territory_id));
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::optional<Organisation>> find(store::Db& db, std::int64_t id) {
  auto rows = db.query(std::string(kSelect) + "AND o.id = $3", store::params("", 0, id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Organisation>{};
  return std::optional<Organisation>{read(rows->rows.front())};
}

Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, const NewOrganisation& o) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto taken = c.query("SELECT 1 FROM organisations WHERE name = $1", store::params(o.name));
    if (!taken) return taken.error();
    if (!taken->empty()) return Error::conflict("organisations.errors.name_taken");
    auto ins = c.query(
        "INSERT INTO organisations (type, name, territory_id, description, is_demo, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        store::params(o.type, o.name, territory_or_null(o.territory_id), o.description,
                      o.demo ? 1 : 0, core::iso_now()));
    if (!ins) return ins.error();
    auto id = ins->rows.front().integer(0);
    if (auto st = audit::audit_store::record(c, actor_id, "organisation.created", "organisation",
                                             id, o.type);
        !st) {
      return st.error();
    }
    // The search index follows organisations through the change log.
    if (auto st = changes::change_log_store::record(c, changes::kOrganisation, id); !st) {
      return st.error();
    }
    return id;
  });
}

Result<std::int64_t> upsert(store::Conn& conn, const NewOrganisation& o) {
  auto rows = conn.query(
      "INSERT INTO organisations (type, name, territory_id, description, is_demo, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO UPDATE SET type = excluded.type, "
      "territory_id = excluded.territory_id, description = excluded.description, "
      "is_demo = excluded.is_demo RETURNING id",
      store::params(o.type, o.name, territory_or_null(o.territory_id), o.description,
                    o.demo ? 1 : 0, core::iso_now()));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::internal("upsert of organisation returned no id");
  auto id = rows->rows.front().integer(0);
  if (auto st = changes::change_log_store::record(conn, changes::kOrganisation, id); !st) {
    return st.error();
  }
  return id;
}

Result<std::string> request_representation(store::Db& db, std::int64_t organisation_id,
                                           std::int64_t member_id, const std::string& message) {
  return db.transaction<std::string>([&](store::Conn& c) -> Result<std::string> {
    auto org = c.query("SELECT 1 FROM organisations WHERE id = $1", store::params(organisation_id));
    if (!org) return org.error();
    if (org->empty()) return Error::not_found();
    auto now = core::iso_now();
    // A refused request may be renewed; a pending or verified one stays as it is.
    auto up = c.query(
        "INSERT INTO organisation_members (organisation_id, member_id, role, status, message, "
        "requested_at) VALUES ($1, $2, 'representative', 'requested', $3, $4) "
        "ON CONFLICT (organisation_id, member_id) DO UPDATE SET status = 'requested', "
        "role = 'representative', message = excluded.message, requested_at = "
        "excluded.requested_at, verified_by = NULL, verified_at = NULL, verification_note = '' "
        "WHERE organisation_members.status = 'refused'",
        store::params(organisation_id, member_id, message, now));
    if (!up) return up.error();
    auto st = c.query(
        "SELECT status FROM organisation_members WHERE organisation_id = $1 AND member_id = $2",
        store::params(organisation_id, member_id));
    if (!st) return st.error();
    if (st->empty()) return Error::internal("representation request vanished");
    if (up->affected > 0) {
      if (auto a = audit::audit_store::record(c, member_id, "organisation.representative.requested",
                                              "organisation", organisation_id, "");
          !a) {
        return a.error();
      }
    }
    return st->rows.front().text(0);
  });
}

Result<std::optional<RepresentationRequest>> request_of(store::Db& db, std::int64_t organisation_id,
                                                        std::int64_t member_id) {
  auto rows =
      db.query(std::string(kRequestSelect) + "WHERE om.organisation_id = $1 AND om.member_id = $2",
               store::params(organisation_id, member_id));
  if (!rows) return rows.error();
  auto all = read_requests(*rows);
  if (all.empty()) return std::optional<RepresentationRequest>{};
  return std::optional<RepresentationRequest>{all.front()};
}

Result<std::vector<RepresentationRequest>> pending(store::Db& db) {
  auto rows = db.query(std::string(kRequestSelect) +
                       "WHERE om.status = 'requested' ORDER BY om.requested_at, o.id, m.id");
  if (!rows) return rows.error();
  return read_requests(*rows);
}

Result<std::vector<RepresentationRequest>> representatives(store::Db& db,
                                                           std::int64_t organisation_id) {
  auto rows = db.query(std::string(kRequestSelect) +
                           "WHERE om.organisation_id = $1 AND om.role = 'representative' "
                           "AND om.status = 'verified' ORDER BY m.display_name",
                       store::params(organisation_id));
  if (!rows) return rows.error();
  return read_requests(*rows);
}

Status decide(store::Db& db, std::int64_t animator_id, std::int64_t organisation_id,
              std::int64_t member_id, bool verified, const std::string& note) {
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    // Only a pending request of exactly this organisation and member changes: another
    // organisation's id, or a request already answered, matches no row.
    auto up = c.query(
        "UPDATE organisation_members SET status = $1, verified_by = $2, verified_at = $3, "
        "verification_note = $4 WHERE organisation_id = $5 AND member_id = $6 "
        "AND status = 'requested'",
        store::params(verified ? "verified" : "refused", animator_id, core::iso_now(), note,
                      organisation_id, member_id));
    if (!up) return up.error();
    if (up->affected == 0) return Error::not_found("organisations.errors.no_pending_request");
    std::string detail = "member " + std::to_string(member_id) + ": " + note;
    if (auto a = audit::audit_store::record(c, animator_id,
                                            verified ? "organisation.representative.verified"
                                                     : "organisation.representative.refused",
                                            "organisation", organisation_id, detail);
        !a) {
      return a.error();
    }
    return 1;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::organisations::organisation_store
