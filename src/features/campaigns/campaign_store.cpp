#include "features/campaigns/campaign_store.h"

#include "features/campaigns/campaign_rules.h"

namespace comdev::campaigns::campaign_store {
namespace {

using store::params;

constexpr const char* kCampaign =
    "SELECT c.id, c.project_id, p.title, p.carrier_id, c.organisation_id, o.name, c.title, "
    "c.description_md, c.currency, c.goal_minor, c.starts_on, c.ends_on, c.audience, "
    "c.authorisation_ref, COALESCE(c.authorisation_on, ''), c.bank_details, c.state, "
    "c.review_note, c.is_demo, c.created_at, COALESCE(c.published_at, ''), "
    "COALESCE(c.closed_at, ''), "
    "(SELECT COALESCE(SUM(x.amount_minor), 0) FROM pledges x WHERE x.campaign_id = c.id "
    "AND x.state = 'confirmed'), "
    "(SELECT COALESCE(SUM(x.amount_minor), 0) FROM pledges x WHERE x.campaign_id = c.id "
    "AND x.state = 'pledged'), "
    "(SELECT COUNT(*) FROM pledges x WHERE x.campaign_id = c.id AND x.state = 'confirmed') "
    "FROM campaigns c JOIN projects p ON p.id = c.project_id "
    "JOIN organisations o ON o.id = c.organisation_id ";

std::vector<Campaign> campaigns(const store::Rows& rows) {
  std::vector<Campaign> out;
  for (const auto& r : rows.rows) {
    Campaign c;
    std::size_t k = 0;
    c.id = r.integer(k++);
    c.project_id = r.integer(k++);
    c.project_title = r.text(k++);
    c.carrier_id = r.integer(k++);
    c.in.organisation_id = r.integer(k++);
    c.organisation_name = r.text(k++);
    c.in.title = r.text(k++);
    c.in.description_md = r.text(k++);
    c.in.currency = r.text(k++);
    c.in.goal_minor = r.integer(k++);
    c.in.starts_on = r.text(k++);
    c.in.ends_on = r.text(k++);
    c.in.audience = parse_audience(r.text(k++)).value_or(Audience::members);
    c.in.authorisation_ref = r.text(k++);
    c.in.authorisation_on = r.text(k++);
    c.in.bank_details = r.text(k++);
    c.state = parse_state(r.text(k++)).value_or(State::draft);
    c.review_note = r.text(k++);
    c.demo = r.integer(k++) != 0;
    c.created_at = r.text(k++);
    c.published_at = r.text(k++);
    c.closed_at = r.text(k++);
    c.confirmed_minor = r.integer(k++);
    c.pledged_minor = r.integer(k++);
    c.donors = static_cast<int>(r.integer(k++));
    out.push_back(std::move(c));
  }
  return out;
}

constexpr const char* kPledge =
    "SELECT x.id, x.campaign_id, c.title, c.organisation_id, c.project_id, "
    "COALESCE(x.member_id, 0), x.donor_name, x.reference, x.amount_minor, x.currency, "
    "x.anonymous, x.state, x.created_at, COALESCE(x.confirmed_at, '') "
    "FROM pledges x JOIN campaigns c ON c.id = x.campaign_id ";

std::vector<Pledge> pledges(const store::Rows& rows) {
  std::vector<Pledge> out;
  for (const auto& r : rows.rows) {
    Pledge p;
    p.id = r.integer(0);
    p.campaign_id = r.integer(1);
    p.campaign_title = r.text(2);
    p.organisation_id = r.integer(3);
    p.project_id = r.integer(4);
    p.member_id = r.integer(5);
    p.donor_name = r.text(6);
    p.reference = r.text(7);
    p.amount_minor = r.integer(8);
    p.currency = r.text(9);
    p.anonymous = r.integer(10) != 0;
    p.state = parse_pledge_state(r.text(11)).value_or(PledgeState::pledged);
    p.created_at = r.text(12);
    p.confirmed_at = r.text(13);
    out.push_back(std::move(p));
  }
  return out;
}

template <class T>
Result<std::optional<T>> first(Result<std::vector<T>> all) {
  if (!all) return all.error();
  if (all->empty()) return std::optional<T>{};
  return std::optional<T>{std::move(all->front())};
}

Result<std::vector<Pledge>> pledge_query(store::Conn& c, const std::string& where,
                                         std::vector<store::Value> p) {
  auto r = c.query(std::string(kPledge) + where, p);
  if (!r) return r.error();
  return pledges(*r);
}

Result<std::vector<Campaign>> campaign_query(store::Conn& c, const std::string& where,
                                             std::vector<store::Value> p) {
  auto r = c.query(std::string(kCampaign) + where, p);
  if (!r) return r.error();
  return campaigns(*r);
}

Status write_uses(store::Conn& c, std::int64_t id, const std::vector<FundUse>& uses) {
  if (auto r = c.query("DELETE FROM campaign_fund_uses WHERE campaign_id = $1", params(id)); !r) {
    return r.error();
  }
  int position = 0;
  for (const auto& u : uses) {
    auto r = c.query(
        "INSERT INTO campaign_fund_uses (campaign_id, position, budget_line_id, label, "
        "amount_minor) VALUES ($1, $2, $3, $4, $5)",
        params(id, ++position,
               u.budget_line_id ? std::optional<std::int64_t>(u.budget_line_id) : std::nullopt,
               u.label, u.amount_minor));
    if (!r) return r.error();
  }
  return {};
}

Result<bool> exists(store::Conn& c, std::string_view sql, std::vector<store::Value> p) {
  auto r = c.query(sql, p);
  if (!r) return r.error();
  return !r->empty();
}

Result<std::vector<Named>> named(store::Conn& c, std::string_view sql,
                                 std::vector<store::Value> p) {
  auto r = c.query(sql, p);
  if (!r) return r.error();
  std::vector<Named> out;
  for (const auto& row : r->rows) out.push_back({row.integer(0), row.text(1)});
  return out;
}

Result<std::optional<std::int64_t>> one_id(store::Conn& c, std::string_view sql,
                                           std::vector<store::Value> p) {
  auto r = c.query(sql, p);
  if (!r) return r.error();
  if (r->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{r->rows.front().integer(0)};
}

}  // namespace

// ---- campaigns ----

Result<std::optional<Campaign>> find(store::Conn& c, std::int64_t id) {
  return first(campaign_query(c, "WHERE c.id = $1", params(id)));
}

Result<std::vector<Campaign>> list_public(store::Conn& c, int limit) {
  return campaign_query(c,
                        "WHERE c.state IN ('published', 'closed') ORDER BY "
                        "CASE c.state WHEN 'published' THEN 0 ELSE 1 END, "
                        "c.published_at DESC, c.id DESC LIMIT $1",
                        params(limit));
}

Result<std::vector<Campaign>> of_project(store::Conn& c, std::int64_t project_id) {
  return campaign_query(c, "WHERE c.project_id = $1 ORDER BY c.id DESC", params(project_id));
}

Result<std::vector<Campaign>> in_state(store::Conn& c, State state, int limit) {
  return campaign_query(c, "WHERE c.state = $1 ORDER BY c.updated_at, c.id LIMIT $2",
                        params(name(state), limit));
}

Result<std::vector<FundUse>> uses(store::Conn& c, std::int64_t campaign_id) {
  auto r = c.query(
      "SELECT label, amount_minor, COALESCE(budget_line_id, 0) FROM campaign_fund_uses "
      "WHERE campaign_id = $1 ORDER BY position",
      params(campaign_id));
  if (!r) return r.error();
  std::vector<FundUse> out;
  for (const auto& row : r->rows) out.push_back({row.text(0), row.integer(1), row.integer(2)});
  return out;
}

Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const CampaignInput& in,
                            std::int64_t by, bool demo, const std::string& now) {
  auto r = c.query(
      "INSERT INTO campaigns (project_id, organisation_id, title, description_md, currency, "
      "goal_minor, starts_on, ends_on, audience, authorisation_ref, authorisation_on, "
      "bank_details, is_demo, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
      "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
      params(project_id, in.organisation_id, in.title, in.description_md, in.currency,
             in.goal_minor, in.starts_on, in.ends_on, name(in.audience), in.authorisation_ref,
             in.authorisation_on.empty() ? std::optional<std::string>{}
                                         : std::optional<std::string>{in.authorisation_on},
             in.bank_details, demo ? 1 : 0, by ? std::optional<std::int64_t>(by) : std::nullopt,
             now));
  if (!r) return r.error();
  auto id = r->rows.front().integer(0);
  if (auto st = write_uses(c, id, in.uses); !st) return st.error();
  return id;
}

Result<bool> update(store::Conn& c, std::int64_t id, const CampaignInput& in,
                    const std::string& now) {
  auto r = c.query(
      "UPDATE campaigns SET organisation_id = $2, title = $3, description_md = $4, "
      "currency = $5, goal_minor = $6, starts_on = $7, ends_on = $8, audience = $9, "
      "authorisation_ref = $10, authorisation_on = $11, bank_details = $12, updated_at = $13 "
      "WHERE id = $1 AND state = 'draft'",
      params(id, in.organisation_id, in.title, in.description_md, in.currency, in.goal_minor,
             in.starts_on, in.ends_on, name(in.audience), in.authorisation_ref,
             in.authorisation_on.empty() ? std::optional<std::string>{}
                                         : std::optional<std::string>{in.authorisation_on},
             in.bank_details, now));
  if (!r) return r.error();
  if (r->affected == 0) return false;
  if (auto st = write_uses(c, id, in.uses); !st) return st.error();
  return true;
}

Result<bool> move(store::Conn& c, std::int64_t id, State from, State to, std::int64_t by,
                  const std::string& note, const std::string& now) {
  const bool review = from == State::submitted;
  auto r = c.query(
      "UPDATE campaigns SET state = $3, review_note = $4, updated_at = $5, "
      "reviewed_by = CASE WHEN $6 = 1 THEN $7 ELSE reviewed_by END, "
      "published_at = CASE WHEN $3 = 'published' THEN $5 ELSE published_at END, "
      "closed_at = CASE WHEN $3 = 'closed' THEN $5 ELSE closed_at END "
      "WHERE id = $1 AND state = $2",
      params(id, name(from), name(to), note, now, review ? 1 : 0,
             by ? std::optional<std::int64_t>(by) : std::nullopt));
  if (!r) return r.error();
  return r->affected > 0;
}

Result<std::vector<std::int64_t>> ended(store::Conn& c, const std::string& today) {
  auto r =
      c.query("SELECT id FROM campaigns WHERE state = 'published' AND ends_on < $1", params(today));
  if (!r) return r.error();
  std::vector<std::int64_t> out;
  for (const auto& row : r->rows) out.push_back(row.integer(0));
  return out;
}

Result<std::vector<Update>> updates(store::Conn& c, std::int64_t campaign_id) {
  auto r = c.query(
      "SELECT u.id, u.title, u.body_md, COALESCE(m.display_name, ''), u.created_at "
      "FROM campaign_updates u LEFT JOIN members m ON m.id = u.author_id "
      "WHERE u.campaign_id = $1 ORDER BY u.created_at DESC, u.id DESC",
      params(campaign_id));
  if (!r) return r.error();
  std::vector<Update> out;
  for (const auto& row : r->rows) {
    out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
  }
  return out;
}

Result<std::int64_t> insert_update(store::Conn& c, std::int64_t campaign_id, std::int64_t by,
                                   const std::string& title, const std::string& body,
                                   const std::string& now) {
  auto r = c.query(
      "INSERT INTO campaign_updates (campaign_id, author_id, title, body_md, created_at) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      params(campaign_id, by ? std::optional<std::int64_t>(by) : std::nullopt, title, body, now));
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<std::vector<DonorUpdate>> updates_for_donor(store::Conn& c, std::int64_t member_id,
                                                   const std::string& since, int limit) {
  auto r = c.query(
      "SELECT c.id, c.title, u.title FROM campaign_updates u "
      "JOIN campaigns c ON c.id = u.campaign_id WHERE u.created_at > $2 AND EXISTS ("
      "SELECT 1 FROM pledges x WHERE x.campaign_id = c.id AND x.member_id = $1 "
      "AND x.state <> 'cancelled') ORDER BY u.created_at, u.id LIMIT $3",
      params(member_id, since, limit));
  if (!r) return r.error();
  std::vector<DonorUpdate> out;
  for (const auto& row : r->rows) out.push_back({row.integer(0), row.text(1), row.text(2)});
  return out;
}

// ---- organisations ----

Result<std::optional<Named>> project_carrier(store::Conn& c, std::int64_t project_id) {
  auto r = c.query("SELECT carrier_id, title FROM projects WHERE id = $1", params(project_id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<Named>{};
  return std::optional<Named>{Named{r->rows.front().integer(0), r->rows.front().text(1)}};
}

Result<bool> organisation_verified(store::Conn& c, std::int64_t organisation_id) {
  return exists(c,
                "SELECT 1 FROM organisation_members WHERE organisation_id = $1 "
                "AND role = 'representative' AND status = 'verified'",
                params(organisation_id));
}

Result<bool> is_representative(store::Conn& c, std::int64_t member_id,
                               std::int64_t organisation_id) {
  return exists(c,
                "SELECT 1 FROM organisation_members WHERE organisation_id = $1 "
                "AND member_id = $2 AND role = 'representative' AND status = 'verified'",
                params(organisation_id, member_id));
}

Result<bool> is_treasurer(store::Conn& c, std::int64_t member_id, std::int64_t organisation_id) {
  return exists(c,
                "SELECT 1 FROM organisation_treasurers WHERE organisation_id = $1 "
                "AND member_id = $2",
                params(organisation_id, member_id));
}

Result<std::vector<Named>> collectors(store::Conn& c) {
  return named(c,
               "SELECT o.id, o.name FROM organisations o WHERE o.type IN "
               "('village_association', 'federation', 'diaspora_association', 'coordination', "
               "'ngo') AND EXISTS (SELECT 1 FROM organisation_members m WHERE "
               "m.organisation_id = o.id AND m.role = 'representative' "
               "AND m.status = 'verified') ORDER BY o.name",
               {});
}

Result<std::optional<std::string>> organisation_name(store::Conn& c, std::int64_t id) {
  auto r = c.query("SELECT name FROM organisations WHERE id = $1", params(id));
  if (!r) return r.error();
  if (r->empty()) return std::optional<std::string>{};
  return std::optional<std::string>{r->rows.front().text(0)};
}

Result<std::vector<Named>> treasuries_of(store::Conn& c, std::int64_t member_id) {
  return named(c,
               "SELECT o.id, o.name FROM organisation_treasurers t "
               "JOIN organisations o ON o.id = t.organisation_id WHERE t.member_id = $1 "
               "ORDER BY o.name",
               params(member_id));
}

Result<std::vector<Named>> treasurers(store::Conn& c, std::int64_t organisation_id) {
  return named(c,
               "SELECT m.id, m.display_name FROM organisation_treasurers t "
               "JOIN members m ON m.id = t.member_id WHERE t.organisation_id = $1 "
               "ORDER BY m.display_name",
               params(organisation_id));
}

Result<bool> name_treasurer(store::Conn& c, std::int64_t organisation_id, const std::string& email,
                            std::int64_t by, const std::string& now) {
  auto member = member_by_email(c, email);
  if (!member) return member.error();
  if (!*member) return false;
  auto r = c.query(
      "INSERT INTO organisation_treasurers (organisation_id, member_id, named_by, named_at) "
      "VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, member_id) DO NOTHING",
      params(organisation_id, **member, by ? std::optional<std::int64_t>(by) : std::nullopt, now));
  if (!r) return r.error();
  return true;
}

Result<std::string> display_name(store::Conn& c, std::int64_t member_id) {
  auto r = c.query("SELECT display_name FROM members WHERE id = $1", params(member_id));
  if (!r) return r.error();
  return r->empty() ? std::string{} : r->rows.front().text(0);
}

// ---- pledges ----

Result<std::optional<std::int64_t>> insert_pledge(store::Conn& c, const NewPledge& p,
                                                  const std::string& now) {
  auto key = p.idempotency_key.empty() ? std::optional<std::string>{}
                                       : std::optional<std::string>{p.idempotency_key};
  return one_id(
      c,
      "INSERT INTO pledges (campaign_id, member_id, donor_name, reference, "
      "amount_minor, currency, anonymous, idempotency_key, is_demo, created_at, "
      "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) "
      "ON CONFLICT (member_id, idempotency_key) DO NOTHING RETURNING id",
      params(p.campaign_id, p.member_id ? std::optional<std::int64_t>(p.member_id) : std::nullopt,
             p.donor_name, p.reference, p.amount_minor, p.currency, p.anonymous ? 1 : 0, key,
             p.demo ? 1 : 0, now));
}

Result<std::optional<Pledge>> pledge_by_key(store::Conn& c, std::int64_t member_id,
                                            const std::string& key) {
  return first(
      pledge_query(c, "WHERE x.member_id = $1 AND x.idempotency_key = $2", params(member_id, key)));
}

Result<std::optional<Pledge>> find_pledge(store::Conn& c, std::int64_t id) {
  return first(pledge_query(c, "WHERE x.id = $1", params(id)));
}

Result<std::vector<Pledge>> pledges_by_reference(store::Conn& c, std::int64_t organisation_id,
                                                 const std::vector<std::string>& references) {
  std::vector<Pledge> out;
  for (const auto& ref : references) {
    auto found = pledge_query(c, "WHERE c.organisation_id = $1 AND x.reference = $2",
                              params(organisation_id, ref));
    if (!found) return found.error();
    for (auto& p : *found) out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<Pledge>> pledges_of_campaign(store::Conn& c, std::int64_t campaign_id) {
  return pledge_query(c, "WHERE x.campaign_id = $1 ORDER BY x.created_at DESC, x.id DESC",
                      params(campaign_id));
}

Result<std::vector<Pledge>> pledges_of_organisation(store::Conn& c, std::int64_t organisation_id,
                                                    int limit) {
  return pledge_query(c,
                      "WHERE c.organisation_id = $1 ORDER BY CASE x.state WHEN 'pledged' THEN 0 "
                      "WHEN 'expired' THEN 1 ELSE 2 END, x.created_at DESC, x.id DESC LIMIT $2",
                      params(organisation_id, limit));
}

Result<std::vector<Pledge>> pledges_of_member(store::Conn& c, std::int64_t member_id) {
  return pledge_query(c, "WHERE x.member_id = $1 ORDER BY x.created_at DESC, x.id DESC",
                      params(member_id));
}

Result<bool> move_pledge(store::Conn& c, std::int64_t id, PledgeState from, PledgeState to,
                         std::int64_t by, const std::string& now, std::int64_t amount_minor) {
  const bool confirming = to == PledgeState::confirmed;
  auto r = c.query(
      "UPDATE pledges SET state = $3, updated_at = $4, "
      "confirmed_at = CASE WHEN $5 = 1 THEN $4 ELSE confirmed_at END, "
      "confirmed_by = CASE WHEN $5 = 1 THEN $6 ELSE confirmed_by END, "
      "amount_minor = CASE WHEN $7 > 0 THEN $7 ELSE amount_minor END "
      "WHERE id = $1 AND state = $2",
      params(id, name(from), name(to), now, confirming ? 1 : 0,
             by ? std::optional<std::int64_t>(by) : std::nullopt, amount_minor));
  if (!r) return r.error();
  return r->affected > 0;
}

Result<std::int64_t> expire_pledges(store::Conn& c, const std::string& cutoff,
                                    const std::string& now) {
  auto r = c.query(
      "UPDATE pledges SET state = 'expired', updated_at = $2 "
      "WHERE state = 'pledged' AND created_at <= $1",
      params(cutoff, now));
  if (!r) return r.error();
  return r->affected;
}

Result<std::vector<Donor>> public_donors(store::Conn& c, std::int64_t campaign_id, int limit) {
  auto r = c.query(
      "SELECT CASE WHEN anonymous = 1 THEN '' ELSE donor_name END, amount_minor, "
      "COALESCE(confirmed_at, '') FROM pledges WHERE campaign_id = $1 AND state = 'confirmed' "
      "ORDER BY confirmed_at DESC, id DESC LIMIT $2",
      params(campaign_id, limit));
  if (!r) return r.error();
  std::vector<Donor> out;
  for (const auto& row : r->rows) out.push_back({row.text(0), row.integer(1), row.text(2)});
  return out;
}

Result<std::optional<std::int64_t>> money_in_entry_of(store::Conn& c, std::int64_t pledge_id) {
  return one_id(c,
                "SELECT e.id FROM ledger_entries e WHERE e.pledge_id = $1 AND e.kind = 'money_in' "
                "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = e.id) "
                "ORDER BY e.id DESC LIMIT 1",
                params(pledge_id));
}

// ---- statements ----

Result<std::int64_t> insert_import(store::Conn& c, std::int64_t organisation_id, std::int64_t by,
                                   const std::string& filename, const std::string& now) {
  auto r = c.query(
      "INSERT INTO statement_imports (organisation_id, imported_by, filename, imported_at) "
      "VALUES ($1, $2, $3, $4) RETURNING id",
      params(organisation_id, by, filename, now));
  if (!r) return r.error();
  return r->rows.front().integer(0);
}

Result<std::optional<std::int64_t>> insert_line(store::Conn& c, std::int64_t import_id,
                                                std::int64_t organisation_id,
                                                const StatementLine& l, std::string_view outcome,
                                                std::int64_t pledge_id, std::int64_t by,
                                                const std::string& now) {
  const bool decided = outcome == "confirmed" || outcome == "resolved";
  return one_id(
      c,
      "INSERT INTO statement_lines (import_id, organisation_id, line_hash, line_no, booked_on, "
      "label, amount_minor, currency, outcome, pledge_id, decided_by, decided_at) VALUES ($1, "
      "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
      "ON CONFLICT (organisation_id, line_hash) DO NOTHING RETURNING id",
      params(import_id, organisation_id, l.hash, static_cast<std::int64_t>(l.line), l.booked_on,
             l.label, l.amount_minor, l.currency, outcome,
             pledge_id ? std::optional<std::int64_t>(pledge_id) : std::nullopt,
             decided ? std::optional<std::int64_t>(by) : std::nullopt,
             decided ? std::optional<std::string>(now) : std::nullopt));
}

namespace {
constexpr const char* kLine =
    "SELECT l.id, l.organisation_id, COALESCE(l.pledge_id, 0), l.line_no, l.booked_on, l.label, "
    "l.currency, l.outcome, COALESCE(x.reference, ''), l.amount_minor FROM statement_lines l "
    "LEFT JOIN pledges x ON x.id = l.pledge_id ";

Result<std::vector<Line>> line_query(store::Conn& c, const std::string& where,
                                     std::vector<store::Value> p) {
  auto r = c.query(std::string(kLine) + where, p);
  if (!r) return r.error();
  std::vector<Line> out;
  for (const auto& row : r->rows) {
    Line l;
    l.id = row.integer(0);
    l.organisation_id = row.integer(1);
    l.pledge_id = row.integer(2);
    l.line_no = static_cast<std::size_t>(row.integer(3));
    l.booked_on = row.text(4);
    l.label = row.text(5);
    l.currency = row.text(6);
    l.outcome = row.text(7);
    l.pledge_reference = row.text(8);
    l.amount_minor = row.integer(9);
    out.push_back(std::move(l));
  }
  return out;
}
}  // namespace

Result<std::vector<Line>> pending_lines(store::Conn& c, std::int64_t organisation_id) {
  return line_query(c,
                    "WHERE l.organisation_id = $1 AND l.outcome IN ('amount_differs', "
                    "'ambiguous', 'unmatched') ORDER BY l.id",
                    params(organisation_id));
}

Result<std::optional<Line>> find_line(store::Conn& c, std::int64_t id) {
  return first(line_query(c, "WHERE l.id = $1", params(id)));
}

Result<bool> decide_line(store::Conn& c, std::int64_t id, std::string_view outcome,
                         std::int64_t pledge_id, std::int64_t by, const std::string& now) {
  auto r = c.query(
      "UPDATE statement_lines SET outcome = $2, pledge_id = COALESCE($3, pledge_id), "
      "decided_by = $4, decided_at = $5 WHERE id = $1 AND outcome IN ('amount_differs', "
      "'ambiguous', 'unmatched')",
      params(id, outcome, pledge_id ? std::optional<std::int64_t>(pledge_id) : std::nullopt, by,
             now));
  if (!r) return r.error();
  return r->affected > 0;
}

// ---- demo ----

Result<std::optional<std::int64_t>> project_by_title(store::Conn& c, const std::string& title) {
  return one_id(c, "SELECT id FROM projects WHERE title = $1 ORDER BY id LIMIT 1", params(title));
}

Result<std::optional<std::int64_t>> campaign_by_title(store::Conn& c, std::int64_t project_id,
                                                      const std::string& title) {
  return one_id(c, "SELECT id FROM campaigns WHERE project_id = $1 AND title = $2",
                params(project_id, title));
}

Result<std::optional<std::int64_t>> organisation_by_name(store::Conn& c, const std::string& name) {
  return one_id(c, "SELECT id FROM organisations WHERE name = $1", params(name));
}

Result<std::optional<std::int64_t>> member_by_email(store::Conn& c, const std::string& email) {
  return one_id(c, "SELECT id FROM members WHERE LOWER(email) = LOWER($1)", params(email));
}

Status force_state(store::Conn& c, std::int64_t id, State state, const std::string& now) {
  auto r = c.query(
      "UPDATE campaigns SET state = $2, updated_at = $3, "
      "published_at = COALESCE(published_at, $3) WHERE id = $1",
      params(id, name(state), now));
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::campaigns::campaign_store
