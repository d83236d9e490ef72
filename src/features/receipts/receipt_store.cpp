#include "features/receipts/receipt_store.h"

#include "features/receipts/receipt_rules.h"

namespace comdev::receipts::receipt_store {
namespace {

using store::params;

constexpr const char* kReceipt =
    "SELECT id, pledge_id, organisation_id, year, number, COALESCE(member_id, 0), donor_name, "
    "donor_address, organisation_name, organisation_address, organisation_registration, "
    "organisation_object, tax_receipt, campaign_title, authorisation_ref, authorisation_on, "
    "pledge_reference, amount_minor, currency, means, donated_on, issued_at, "
    "COALESCE(cancelled_at, ''), is_demo FROM receipts ";

std::vector<Receipt> receipts(const store::Rows& rows) {
  std::vector<Receipt> out;
  for (const auto& row : rows.rows) {
    Receipt r;
    std::size_t k = 0;
    r.id = row.integer(k++);
    r.pledge_id = row.integer(k++);
    r.organisation_id = row.integer(k++);
    r.year = static_cast<int>(row.integer(k++));
    r.number = row.integer(k++);
    r.member_id = row.integer(k++);
    r.donor_name = row.text(k++);
    r.donor_address = row.text(k++);
    r.organisation_name = row.text(k++);
    r.organisation.postal_address = row.text(k++);
    r.organisation.registration = row.text(k++);
    r.organisation.object = row.text(k++);
    r.organisation.tax_eligible = row.integer(k++) != 0;
    r.campaign_title = row.text(k++);
    r.authorisation_ref = row.text(k++);
    r.authorisation_on = row.text(k++);
    r.pledge_reference = row.text(k++);
    r.amount_minor = row.integer(k++);
    r.currency = row.text(k++);
    r.means = parse_means(row.text(k++)).value_or(Means::transfer);
    r.donated_on = row.text(k++);
    r.issued_at = row.text(k++);
    r.cancelled_at = row.text(k++);
    r.demo = row.integer(k++) != 0;
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::optional<Receipt>> first(store::Conn& c, const std::string& where,
                                     std::span<const store::Value> p) {
  auto rows = c.query(std::string(kReceipt) + where, p);
  if (!rows) return rows.error();
  auto all = receipts(*rows);
  if (all.empty()) return std::optional<Receipt>{};
  return std::optional<Receipt>{std::move(all.front())};
}

}  // namespace

Result<std::int64_t> issue(store::Conn& c, const NewReceipt& r) {
  // A pledge is confirmed once (its move is conditional), so this finds a receipt only when a
  // caller issues again on purpose; checking first keeps the counter from moving for nothing.
  auto existing = c.query("SELECT id FROM receipts WHERE pledge_id = $1", params(r.pledge_id));
  if (!existing) return existing.error();
  if (!existing->rows.empty()) return existing->rows.front().integer(0);
  auto s = settings(c, r.organisation_id);
  if (!s) return s.error();
  auto demo = c.query("SELECT is_demo FROM pledges WHERE id = $1", params(r.pledge_id));
  if (!demo) return demo.error();
  if (demo->rows.empty()) return Error::internal("receipts: no such pledge");
  int year = year_of(r.issued_at);
  if (auto made = c.query("INSERT INTO receipt_counters (organisation_id, year, last_number) "
                          "VALUES ($1, $2, 0) ON CONFLICT (organisation_id, year) DO NOTHING",
                          params(r.organisation_id, year));
      !made) {
    return made.error();
  }
  // The UPDATE takes the counter's row lock until commit: concurrent confirmations of the same
  // organisation wait here and get the following numbers; a rollback gives the number back.
  auto next = c.query(
      "UPDATE receipt_counters SET last_number = last_number + 1 "
      "WHERE organisation_id = $1 AND year = $2 RETURNING last_number",
      params(r.organisation_id, year));
  if (!next) return next.error();
  if (next->rows.empty()) return Error::internal("receipts: no counter");
  std::int64_t number = next->rows.front().integer(0);
  auto id = c.query(
      "INSERT INTO receipts (pledge_id, organisation_id, year, number, member_id, donor_name, "
      "organisation_name, organisation_address, organisation_registration, organisation_object, "
      "campaign_title, authorisation_ref, authorisation_on, pledge_reference, amount_minor, "
      "currency, means, tax_receipt, donated_on, issued_at, is_demo) VALUES ($1, $2, $3, $4, $5, "
      "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id",
      params(r.pledge_id, r.organisation_id, year, number,
             r.member_id ? std::optional<std::int64_t>(r.member_id) : std::nullopt, r.donor_name,
             r.organisation_name, s->postal_address, s->registration, s->object, r.campaign_title,
             r.authorisation_ref, r.authorisation_on, r.pledge_reference, r.amount_minor,
             r.currency, std::string(name(r.means)), s->tax_eligible ? 1 : 0, r.donated_on,
             r.issued_at, demo->rows.front().integer(0)));
  if (!id) return id.error();
  if (id->rows.empty()) return Error::internal("receipts: not inserted");
  return id->rows.front().integer(0);
}

Result<bool> cancel_of_pledge(store::Conn& c, std::int64_t pledge_id, const std::string& now) {
  auto r =
      c.query("UPDATE receipts SET cancelled_at = $2 WHERE pledge_id = $1 AND cancelled_at IS NULL",
              params(pledge_id, now));
  if (!r) return r.error();
  return r->affected > 0;
}

Result<std::optional<Receipt>> find(store::Conn& c, std::int64_t id) {
  return first(c, "WHERE id = $1", params(id));
}

Result<std::optional<Receipt>> of_pledge(store::Conn& c, std::int64_t pledge_id) {
  return first(c, "WHERE pledge_id = $1", params(pledge_id));
}

Result<std::vector<Receipt>> of_organisation(store::Conn& c, std::int64_t organisation_id,
                                             int year) {
  auto rows =
      c.query(std::string(kReceipt) + "WHERE organisation_id = $1 AND year = $2 ORDER BY number",
              params(organisation_id, year));
  if (!rows) return rows.error();
  return receipts(*rows);
}

Result<std::vector<int>> years_of(store::Conn& c, std::int64_t organisation_id) {
  auto rows = c.query(
      "SELECT year FROM receipt_counters WHERE organisation_id = $1 AND last_number > 0 "
      "ORDER BY year DESC",
      params(organisation_id));
  if (!rows) return rows.error();
  std::vector<int> out;
  for (const auto& r : rows->rows) out.push_back(static_cast<int>(r.integer(0)));
  return out;
}

Result<bool> set_donor_address(store::Conn& c, std::int64_t id, const std::string& address) {
  auto r = c.query("UPDATE receipts SET donor_address = $2 WHERE id = $1 AND cancelled_at IS NULL",
                   params(id, address));
  if (!r) return r.error();
  return r->affected > 0;
}

Result<Settings> settings(store::Conn& c, std::int64_t organisation_id) {
  auto rows = c.query(
      "SELECT postal_address, registration, object, tax_eligible "
      "FROM organisation_receipt_settings WHERE organisation_id = $1",
      params(organisation_id));
  if (!rows) return rows.error();
  Settings s;
  if (rows->rows.empty()) return s;
  const auto& r = rows->rows.front();
  s.postal_address = r.text(0);
  s.registration = r.text(1);
  s.object = r.text(2);
  s.tax_eligible = r.integer(3) != 0;
  return s;
}

Status save_settings(store::Conn& c, std::int64_t organisation_id, const Settings& s,
                     const std::string& now) {
  auto r = c.query(
      "INSERT INTO organisation_receipt_settings (organisation_id, postal_address, registration, "
      "object, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation_id) DO UPDATE "
      "SET postal_address = excluded.postal_address, registration = excluded.registration, "
      "object = excluded.object, updated_at = excluded.updated_at",
      params(organisation_id, s.postal_address, s.registration, s.object, now));
  if (!r) return r.error();
  return {};
}

Status set_tax_eligible(store::Conn& c, std::int64_t organisation_id, bool eligible,
                        std::int64_t by, const std::string& now) {
  auto r = c.query(
      "INSERT INTO organisation_receipt_settings (organisation_id, tax_eligible, eligible_by, "
      "eligible_at, updated_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (organisation_id) DO "
      "UPDATE SET tax_eligible = excluded.tax_eligible, eligible_by = excluded.eligible_by, "
      "eligible_at = excluded.eligible_at, updated_at = excluded.updated_at",
      params(organisation_id, eligible ? 1 : 0, by, now));
  if (!r) return r.error();
  return {};
}

Result<std::vector<std::int64_t>> demo_pledges_without_receipt(store::Conn& c) {
  auto rows = c.query(
      "SELECT x.id FROM pledges x WHERE x.is_demo = 1 AND x.state IN ('confirmed', 'refunded') "
      "AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.pledge_id = x.id) "
      "ORDER BY x.confirmed_at, x.id");
  if (!rows) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : rows->rows) out.push_back(r.integer(0));
  return out;
}

}  // namespace comdev::receipts::receipt_store
