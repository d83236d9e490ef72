#include "features/campaign_reports/report_store.h"

namespace comdev::campaign_reports::report_store {
namespace {

using store::params;

std::vector<Recipient> recipients(const store::Rows& rows) {
  std::vector<Recipient> out;
  for (const auto& r : rows.rows) out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3)});
  return out;
}

}  // namespace

Result<std::vector<PledgeFact>> pledge_facts(store::Conn& c, std::int64_t campaign_id) {
  auto rows = c.query(
      "SELECT p.amount_minor, p.state, CASE WHEN EXISTS (SELECT 1 FROM statement_lines l "
      "WHERE l.pledge_id = p.id AND l.outcome IN ('confirmed', 'resolved')) THEN 1 ELSE 0 END, "
      "CASE WHEN EXISTS (SELECT 1 FROM online_payments o WHERE o.pledge_id = p.id "
      "AND o.state = 'paid') THEN 1 ELSE 0 END "
      "FROM pledges p WHERE p.campaign_id = $1 AND p.state IN ('confirmed', 'refunded') "
      "ORDER BY p.id",
      params(campaign_id));
  if (!rows) return rows.error();
  std::vector<PledgeFact> out;
  for (const auto& r : rows->rows) {
    PledgeFact f;
    f.amount_minor = r.integer(0);
    f.confirmed = r.text(1) == "confirmed";
    f.refunded = r.text(1) == "refunded";
    f.via_statement = r.integer(2) != 0;
    // Paid through a payment provider (features/payments, migrations/0034).
    f.online = r.integer(3) != 0;
    out.push_back(f);
  }
  return out;
}

Result<std::vector<CostLine>> costs(store::Conn& c, std::int64_t campaign_id) {
  auto rows = c.query(
      "SELECT id, label, amount_minor FROM campaign_report_costs WHERE campaign_id = $1 "
      "ORDER BY id",
      params(campaign_id));
  if (!rows) return rows.error();
  std::vector<CostLine> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1), r.integer(2)});
  return out;
}

Result<std::int64_t> insert_cost(store::Conn& c, std::int64_t campaign_id, const std::string& label,
                                 std::int64_t amount_minor, std::int64_t by,
                                 const std::string& now) {
  auto rows = c.query(
      "INSERT INTO campaign_report_costs (campaign_id, label, amount_minor, created_by, "
      "created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      params(campaign_id, label, amount_minor, by, now));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::internal("no id returned");
  return rows->rows.front().integer(0);
}

Result<bool> delete_cost(store::Conn& c, std::int64_t campaign_id, std::int64_t cost_id) {
  auto rows = c.query("DELETE FROM campaign_report_costs WHERE campaign_id = $1 AND id = $2",
                      params(campaign_id, cost_id));
  if (!rows) return rows.error();
  return rows->affected > 0;
}

Result<std::optional<Sent>> sent(store::Conn& c, std::int64_t campaign_id) {
  auto rows = c.query(
      "SELECT r.sent_on, r.sent_ref, COALESCE(m.display_name, ''), r.marked_at "
      "FROM campaign_reports r LEFT JOIN members m ON m.id = r.sent_by WHERE r.campaign_id = $1",
      params(campaign_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Sent>{};
  const auto& r = rows->rows.front();
  return std::optional<Sent>{Sent{r.text(0), r.text(1), r.text(2), r.text(3)}};
}

Result<bool> mark_sent(store::Conn& c, std::int64_t campaign_id, const std::string& sent_on,
                       const std::string& reference, std::int64_t by, const std::string& now) {
  auto rows = c.query(
      "INSERT INTO campaign_reports (campaign_id, sent_on, sent_ref, sent_by, marked_at) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (campaign_id) DO NOTHING",
      params(campaign_id, sent_on, reference, by, now));
  if (!rows) return rows.error();
  return rows->affected > 0;
}

Result<std::vector<Waiting>> waiting(store::Conn& c) {
  auto rows = c.query(
      "SELECT ca.id, ca.organisation_id, ca.title, o.name, COALESCE(ca.closed_at, ca.ends_on) "
      "FROM campaigns ca JOIN organisations o ON o.id = ca.organisation_id "
      "WHERE ca.state = 'closed' AND NOT EXISTS (SELECT 1 FROM campaign_reports r "
      "WHERE r.campaign_id = ca.id) ORDER BY ca.id");
  if (!rows) return rows.error();
  std::vector<Waiting> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4).substr(0, 10)});
  }
  return out;
}

Result<bool> claim_reminder(store::Conn& c, std::int64_t campaign_id, std::string_view kind,
                            const std::string& now) {
  auto rows = c.query(
      "INSERT INTO campaign_report_reminders (campaign_id, kind, sent_at) VALUES ($1, $2, $3) "
      "ON CONFLICT (campaign_id, kind) DO NOTHING",
      params(campaign_id, std::string(kind), now));
  if (!rows) return rows.error();
  return rows->affected > 0;
}

Status release_reminder(store::Conn& c, std::int64_t campaign_id, std::string_view kind) {
  auto rows = c.query("DELETE FROM campaign_report_reminders WHERE campaign_id = $1 AND kind = $2",
                      params(campaign_id, std::string(kind)));
  if (!rows) return rows.error();
  return {};
}

Result<std::vector<std::string>> reminders_sent(store::Conn& c, std::int64_t campaign_id) {
  auto rows = c.query(
      "SELECT kind FROM campaign_report_reminders WHERE campaign_id = $1 ORDER BY sent_at, kind",
      params(campaign_id));
  if (!rows) return rows.error();
  std::vector<std::string> out;
  for (const auto& r : rows->rows) out.push_back(r.text(0));
  return out;
}

Result<std::vector<Recipient>> organisation_people(store::Conn& c, std::int64_t organisation_id) {
  auto rows = c.query(
      "SELECT m.id, m.email, m.display_name, m.preferred_lang FROM members m "
      "WHERE m.deleted_at IS NULL AND (m.id IN (SELECT t.member_id FROM organisation_treasurers t "
      "WHERE t.organisation_id = $1) OR m.id IN (SELECT om.member_id FROM organisation_members om "
      "WHERE om.organisation_id = $1 AND om.role = 'representative' AND om.status = 'verified')) "
      "ORDER BY m.id",
      params(organisation_id));
  if (!rows) return rows.error();
  return recipients(*rows);
}

Result<std::vector<Recipient>> animators(store::Conn& c) {
  auto rows = c.query(
      "SELECT id, email, display_name, preferred_lang FROM members "
      "WHERE is_animator = 1 AND deleted_at IS NULL ORDER BY id");
  if (!rows) return rows.error();
  return recipients(*rows);
}

}  // namespace comdev::campaign_reports::report_store
