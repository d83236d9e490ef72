#include "features/opportunities/opportunity_store.h"

#include "features/changes/change_log_store.h"
#include "features/opportunities/opportunity_rules.h"

namespace comdev::opportunities::opportunity_store {
namespace {

constexpr const char* kColumns =
    "SELECT o.id, o.kind, o.state, o.lang, o.title, o.description_md, o.sector, o.stage, "
    "o.commune_id, o.amount_min, o.amount_max, o.currency, COALESCE(o.publisher_org_id, 0), "
    "COALESCE(o.contact_org_id, 0), o.contact, o.review_note, o.is_demo, "
    "COALESCE(o.created_by, 0), COALESCE(m.display_name, ''), COALESCE(po.name, ''), "
    "COALESCE(co.name, ''), t.name_fr, t.name_ar, COALESCE(pr.id, 0), COALESCE(pr.name_fr, ''), "
    "COALESCE(pr.name_ar, ''), t.lat, t.lon, o.created_at, COALESCE(o.published_at, '') "
    "FROM opportunities o JOIN territories t ON t.id = o.commune_id "
    "LEFT JOIN territories pr ON pr.id = t.parent_id AND pr.kind = 'province' "
    "LEFT JOIN members m ON m.id = o.created_by "
    "LEFT JOIN organisations po ON po.id = o.publisher_org_id "
    "LEFT JOIN organisations co ON co.id = o.contact_org_id ";

std::optional<std::int64_t> id_or_null(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return id;
}

std::vector<Opportunity> opportunities(const store::Rows& rows) {
  std::vector<Opportunity> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) {
    Opportunity o;
    std::size_t k = 0;
    o.id = r.integer(k++);
    o.text.kind = parse_kind(r.text(k++)).value_or(Kind::offer);
    o.state = parse_state(r.text(k++)).value_or(State::draft);
    o.text.lang = r.text(k++);
    o.text.title = r.text(k++);
    o.text.description_md = r.text(k++);
    o.text.sector = r.text(k++);
    o.text.stage = r.text(k++);
    o.text.commune_id = r.integer(k++);
    o.text.amount_min = r.integer(k++);
    o.text.amount_max = r.integer(k++);
    o.text.currency = r.text(k++);
    o.text.publisher_org_id = r.integer(k++);
    o.text.contact_org_id = r.integer(k++);
    o.text.contact = r.text(k++);
    o.review_note = r.text(k++);
    o.demo = r.integer(k++) != 0;
    o.created_by = r.integer(k++);
    o.created_by_name = r.text(k++);
    o.publisher_org_name = r.text(k++);
    o.contact_org_name = r.text(k++);
    o.commune_fr = r.text(k++);
    o.commune_ar = r.text(k++);
    o.province_id = r.integer(k++);
    o.province_fr = r.text(k++);
    o.province_ar = r.text(k++);
    if (!r.is_null(k)) o.lat = r.real(k);
    ++k;
    if (!r.is_null(k)) o.lon = r.real(k);
    ++k;
    o.created_at = r.text(k++);
    o.published_at = r.text(k++);
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::optional<Opportunity>> first(Result<store::Rows> rows) {
  if (!rows) return rows.error();
  auto list = opportunities(*rows);
  if (list.empty()) return std::optional<Opportunity>{};
  return std::optional<Opportunity>{std::move(list.front())};
}

constexpr const char* kInterestColumns =
    "SELECT i.id, i.opportunity_id, o.title, i.member_id, COALESCE(m.display_name, ''), i.state, "
    "i.about, i.interest, i.amount, i.currency, i.contact, i.decision_note, i.created_at, "
    "COALESCE(i.decided_at, '') FROM opportunity_interests i "
    "JOIN opportunities o ON o.id = i.opportunity_id LEFT JOIN members m ON m.id = i.member_id ";

std::vector<Interest> interests(const store::Rows& rows) {
  std::vector<Interest> out;
  for (const auto& r : rows.rows) {
    Interest i;
    i.id = r.integer(0);
    i.opportunity_id = r.integer(1);
    i.opportunity_title = r.text(2);
    i.member_id = r.integer(3);
    i.member_name = r.text(4);
    i.state = parse_interest_state(r.text(5)).value_or(InterestState::requested);
    i.text.about = r.text(6);
    i.text.interest = r.text(7);
    if (!r.is_null(8)) i.text.amount = r.integer(8);
    i.text.currency = r.text(9);
    i.text.contact = r.text(10);
    i.decision_note = r.text(11);
    i.created_at = r.text(12);
    i.decided_at = r.text(13);
    out.push_back(std::move(i));
  }
  return out;
}

Result<bool> exists(store::Conn& c, const char* sql, std::int64_t id) {
  auto rows = c.query(sql, store::params(id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<std::vector<std::pair<std::int64_t, std::string>>> pairs(Result<store::Rows> rows) {
  if (!rows) return rows.error();
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : rows->rows) out.emplace_back(r.integer(0), r.text(1));
  return out;
}

std::string in_states(const std::vector<State>& states) {
  std::string out;
  for (auto s : states) out += (out.empty() ? "'" : ", '") + std::string(name(s)) + "'";
  return out;
}

}  // namespace

Result<std::optional<Opportunity>> find(store::Conn& c, std::int64_t id) {
  return first(c.query(std::string(kColumns) + "WHERE o.id = $1", store::params(id)));
}

Result<std::vector<Opportunity>> list(store::Conn& c, std::vector<State> states, int limit) {
  // The states are the enum's own names, never user input.
  auto rows = c.query(std::string(kColumns) + "WHERE o.state IN (" + in_states(states) +
                          ") ORDER BY COALESCE(o.published_at, o.created_at) DESC, o.id DESC "
                          "LIMIT $1",
                      store::params(limit));
  if (!rows) return rows.error();
  return opportunities(*rows);
}

Result<std::vector<Opportunity>> written_by(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query(std::string(kColumns) + "WHERE o.created_by = $1 ORDER BY o.id DESC",
                      store::params(member_id));
  if (!rows) return rows.error();
  return opportunities(*rows);
}

Result<std::int64_t> insert(store::Conn& c, const Text& t, State state, std::int64_t by, bool demo,
                            const std::string& now) {
  auto published = state == State::published ? std::optional<std::string>(now) : std::nullopt;
  auto rows = c.query(
      "INSERT INTO opportunities (kind, state, lang, title, description_md, sector, stage, "
      "commune_id, amount_min, amount_max, currency, publisher_org_id, contact_org_id, contact, "
      "is_demo, created_by, created_at, updated_at, published_at) VALUES ($1, $2, $3, $4, $5, "
      "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18) RETURNING id",
      store::params(std::string(name(t.kind)), std::string(name(state)), t.lang, t.title,
                    t.description_md, t.sector, t.stage, t.commune_id, t.amount_min, t.amount_max,
                    t.currency, id_or_null(t.publisher_org_id), id_or_null(t.contact_org_id),
                    t.contact, demo ? 1 : 0, id_or_null(by), now, published));
  if (!rows) return rows.error();
  auto id = rows->rows.front().integer(0);
  if (state == State::published) {
    if (auto r = changes::change_log_store::record(c, kOpportunity, id); !r) return r.error();
  }
  return id;
}

Result<bool> update_draft(store::Conn& c, std::int64_t id, const Text& t, const std::string& now) {
  auto rows = c.query(
      "UPDATE opportunities SET lang = $2, title = $3, description_md = $4, sector = $5, "
      "stage = $6, commune_id = $7, amount_min = $8, amount_max = $9, currency = $10, "
      "publisher_org_id = $11, contact_org_id = $12, contact = $13, updated_at = $14 "
      "WHERE id = $1 AND state = 'draft' RETURNING id",
      store::params(id, t.lang, t.title, t.description_md, t.sector, t.stage, t.commune_id,
                    t.amount_min, t.amount_max, t.currency, id_or_null(t.publisher_org_id),
                    id_or_null(t.contact_org_id), t.contact, now));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<bool> move(store::Conn& c, std::int64_t id, State from, State to, std::int64_t by,
                  const std::string& note, const std::string& now) {
  auto rows = c.query(
      "UPDATE opportunities SET state = $3, review_note = $5, updated_at = $6, "
      "published_at = CASE WHEN $3 = 'published' THEN $6 ELSE published_at END, "
      "reviewed_by = $4 WHERE id = $1 AND state = $2 RETURNING id",
      store::params(id, std::string(name(from)), std::string(name(to)), id_or_null(by), note, now));
  if (!rows) return rows.error();
  if (rows->empty()) return false;
  if (to == State::published || from == State::published) {
    if (auto r = changes::change_log_store::record(c, kOpportunity, id); !r) return r.error();
  }
  return true;
}

Result<bool> is_commune(store::Conn& c, std::int64_t territory_id) {
  return exists(c, "SELECT 1 FROM territories WHERE id = $1 AND kind = 'commune'", territory_id);
}

Result<bool> organisation_exists(store::Conn& c, std::int64_t id) {
  return exists(c, "SELECT 1 FROM organisations WHERE id = $1", id);
}

Result<bool> represents(store::Conn& c, std::int64_t member_id, std::int64_t organisation_id) {
  auto rows = c.query(
      "SELECT 1 FROM organisation_members WHERE member_id = $1 AND organisation_id = $2 "
      "AND role = 'representative' AND status = 'verified'",
      store::params(member_id, organisation_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<std::vector<std::pair<std::int64_t, std::string>>> represented(store::Conn& c,
                                                                      std::int64_t member_id) {
  return pairs(
      c.query("SELECT o.id, o.name FROM organisation_members r JOIN organisations o "
              "ON o.id = r.organisation_id WHERE r.member_id = $1 AND r.role = 'representative' "
              "AND r.status = 'verified' ORDER BY o.name",
              store::params(member_id)));
}

Result<std::vector<std::pair<std::int64_t, std::string>>> organisations(store::Conn& c) {
  return pairs(c.query("SELECT id, name FROM organisations ORDER BY name LIMIT 5000"));
}

Result<std::vector<CommuneRow>> communes(store::Conn& c) {
  auto rows = c.query(
      "SELECT id, name_fr, name_ar FROM territories WHERE kind = 'commune' ORDER BY name_fr");
  if (!rows) return rows.error();
  std::vector<CommuneRow> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1), r.text(2)});
  return out;
}

Result<std::vector<std::int64_t>> owners(store::Conn& c, const Opportunity& o) {
  auto rows = c.query(
      "SELECT id FROM members WHERE deleted_at IS NULL AND (id = $1 OR id IN (SELECT member_id "
      "FROM organisation_members WHERE organisation_id = $2 AND role = 'representative' "
      "AND status = 'verified')) ORDER BY id",
      store::params(o.created_by, o.text.publisher_org_id));
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) out.push_back(r.integer(0));
  return out;
}

Result<std::optional<Recipient>> recipient(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query(
      "SELECT id, email, display_name, preferred_lang FROM members WHERE id = $1 "
      "AND deleted_at IS NULL",
      store::params(member_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Recipient>{};
  const auto& r = rows->rows.front();
  return std::optional<Recipient>{Recipient{r.integer(0), r.text(1), r.text(2), r.text(3)}};
}

Result<std::int64_t> insert_interest(store::Conn& c, std::int64_t opportunity_id,
                                     std::int64_t member_id, const InterestText& t,
                                     const std::string& now) {
  // The partial unique index keeps one open request per member: a double click is a no-op.
  auto rows = c.query(
      "INSERT INTO opportunity_interests (opportunity_id, member_id, about, interest, amount, "
      "currency, contact, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
      "ON CONFLICT (opportunity_id, member_id) WHERE state = 'requested' DO NOTHING RETURNING id",
      store::params(opportunity_id, member_id, t.about, t.interest,
                    t.amount ? std::optional<std::int64_t>(*t.amount) : std::nullopt, t.currency,
                    t.contact, now));
  if (!rows) return rows.error();
  if (rows->empty()) return std::int64_t{0};
  return rows->rows.front().integer(0);
}

Result<std::optional<Interest>> find_interest(store::Conn& c, std::int64_t id) {
  auto rows = c.query(std::string(kInterestColumns) + "WHERE i.id = $1", store::params(id));
  if (!rows) return rows.error();
  auto list = interests(*rows);
  if (list.empty()) return std::optional<Interest>{};
  return std::optional<Interest>{std::move(list.front())};
}

Result<std::vector<Interest>> interests_of(store::Conn& c, std::int64_t opportunity_id) {
  auto rows = c.query(std::string(kInterestColumns) +
                          "WHERE i.opportunity_id = $1 ORDER BY i.created_at DESC, i.id DESC",
                      store::params(opportunity_id));
  if (!rows) return rows.error();
  return interests(*rows);
}

Result<std::vector<Interest>> interests_by(store::Conn& c, std::int64_t member_id) {
  auto rows = c.query(std::string(kInterestColumns) +
                          "WHERE i.member_id = $1 ORDER BY i.created_at DESC, i.id DESC",
                      store::params(member_id));
  if (!rows) return rows.error();
  return interests(*rows);
}

Result<std::vector<Interest>> interests_in(store::Conn& c, InterestState state, int limit) {
  auto rows = c.query(
      std::string(kInterestColumns) + "WHERE i.state = $1 ORDER BY i.created_at, i.id LIMIT $2",
      store::params(std::string(name(state)), limit));
  if (!rows) return rows.error();
  return interests(*rows);
}

Result<bool> has_open_request(store::Conn& c, std::int64_t opportunity_id, std::int64_t member_id) {
  auto rows = c.query(
      "SELECT 1 FROM opportunity_interests WHERE opportunity_id = $1 AND member_id = $2 "
      "AND state = 'requested'",
      store::params(opportunity_id, member_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

Result<bool> decide(store::Conn& c, std::int64_t id, InterestState to, std::int64_t by,
                    const std::string& note, const std::string& now) {
  auto rows = c.query(
      "UPDATE opportunity_interests SET state = $2, decided_by = $3, decision_note = $4, "
      "decided_at = $5 WHERE id = $1 AND state = 'requested' RETURNING id",
      store::params(id, std::string(name(to)), id_or_null(by), note, now));
  if (!rows) return rows.error();
  return !rows->empty();
}

Status notify(store::Conn& c, std::int64_t member_id, std::string_view kind,
              std::int64_t other_member_id, const std::string& now) {
  auto r = c.query(
      "INSERT INTO notifications (member_id, kind, other_member_id, created_at) "
      "VALUES ($1, $2, $3, $4)",
      store::params(member_id, std::string(kind), id_or_null(other_member_id), now));
  if (!r) return r.error();
  return {};
}

Status notify_animators(store::Conn& c, std::string_view kind, std::int64_t other_member_id,
                        const std::string& now) {
  auto r = c.query(
      "INSERT INTO notifications (member_id, kind, other_member_id, created_at) "
      "SELECT id, CAST($1 AS TEXT), CAST($2 AS BIGINT), CAST($3 AS TEXT) FROM members "
      "WHERE is_animator = 1 AND deleted_at IS NULL AND id <> $2",
      store::params(std::string(kind), other_member_id, now));
  if (!r) return r.error();
  return {};
}

Result<std::optional<std::int64_t>> organisation_by_name(store::Conn& c, const std::string& name) {
  auto rows = c.query("SELECT id FROM organisations WHERE name = $1", store::params(name));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

Result<std::int64_t> ensure_demo_organisation(store::Conn& c, const std::string& type,
                                              const std::string& name, std::int64_t territory_id,
                                              const std::string& description,
                                              const std::string& now) {
  auto rows = c.query(
      "INSERT INTO organisations (type, name, territory_id, description, is_demo, created_at) "
      "VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT (name) DO NOTHING RETURNING id",
      store::params(type, name, id_or_null(territory_id), description, now));
  if (!rows) return rows.error();
  if (!rows->empty()) return rows->rows.front().integer(0);
  auto id = organisation_by_name(c, name);
  if (!id) return id.error();
  if (!*id) return Error::internal("demo organisation: no row after a conflict");
  return **id;
}

Result<std::int64_t> upsert_demo(store::Conn& c, const Text& t, const std::string& now) {
  auto rows = c.query("SELECT id FROM opportunities WHERE title = $1 AND is_demo = 1",
                      store::params(t.title));
  if (!rows) return rows.error();
  if (rows->empty()) return insert(c, t, State::published, 0, true, now);
  auto id = rows->rows.front().integer(0);
  auto r = c.query(
      "UPDATE opportunities SET kind = $2, state = 'published', lang = $3, description_md = $4, "
      "sector = $5, stage = $6, commune_id = $7, amount_min = $8, amount_max = $9, currency = $10, "
      "publisher_org_id = $11, contact_org_id = $12, contact = $13, updated_at = $14, "
      "published_at = COALESCE(published_at, $14) WHERE id = $1",
      store::params(id, std::string(name(t.kind)), t.lang, t.description_md, t.sector, t.stage,
                    t.commune_id, t.amount_min, t.amount_max, t.currency,
                    id_or_null(t.publisher_org_id), id_or_null(t.contact_org_id), t.contact, now));
  if (!r) return r.error();
  if (auto st = changes::change_log_store::record(c, kOpportunity, id); !st) return st.error();
  return id;
}

}  // namespace comdev::opportunities::opportunity_store
