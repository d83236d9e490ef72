#include "features/campaign_reports/report_csv.h"

#include "core/csv.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "money/money.h"

namespace comdev::campaign_reports {
namespace {

struct Writer {
  std::string out;
  std::string currency;

  // heading, item, then count, amount and spent when given (an amount < 0 is left empty).
  void row(const std::string& heading, const std::string& item, int count = -1,
           std::optional<std::int64_t> amount = std::nullopt,
           std::optional<std::int64_t> spent = std::nullopt) {
    core::csv::append_cell(out, heading);
    out += ',';
    core::csv::append_cell(out, item);
    out += ',';
    if (count >= 0) core::csv::append_number(out, std::to_string(count));
    out += ',';
    if (amount) core::csv::append_number(out, money::to_decimal(*amount));
    out += ',';
    if (spent) core::csv::append_number(out, money::to_decimal(*spent));
    out += ',';
    if (amount || spent) core::csv::append_cell(out, currency);
    out += "\r\n";
  }
};

}  // namespace

std::string report_csv(const Report& r, i18n::Lang lang) {
  auto t = [&](std::string_view key) { return text(lang, key); };
  const auto& c = r.campaign;
  const auto& f = r.figures;
  // UTF-8 with a BOM, as the ledger's export: spreadsheets then read the accents and Arabic right.
  Writer w{std::string(core::csv::kBom), c.in.currency};
  core::csv::append_row(w.out,
                        {t("campaign_reports.csv.heading"), t("campaign_reports.csv.item"),
                         t("campaign_reports.csv.count"), t("campaign_reports.csv.amount"),
                         t("campaign_reports.csv.spent"), t("campaign_reports.csv.currency")});
  const auto campaign = t("campaign_reports.section.campaign");
  w.row(campaign, t("campaign_reports.field.campaign") + ": " + c.in.title);
  w.row(campaign, t("campaign_reports.field.organisation") + ": " + c.organisation_name);
  w.row(campaign, t("campaign_reports.field.authorisation_ref") + ": " + c.in.authorisation_ref);
  w.row(campaign, t("campaign_reports.field.authorisation_on") + ": " + c.in.authorisation_on);
  w.row(campaign,
        t("campaign_reports.field.period") + ": " + c.in.starts_on + " / " + c.in.ends_on);
  w.row(campaign, t("campaign_reports.field.closed_on") + ": " + r.closing_day);
  w.row(campaign, t("campaign_reports.field.due_on") + ": " + r.due_on);
  if (r.sent) {
    w.row(campaign, t("campaign_reports.field.sent_on") + ": " + r.sent->sent_on);
    w.row(campaign, t("campaign_reports.field.sent_ref") + ": " + r.sent->reference);
  }
  const auto amounts = t("campaign_reports.section.amounts");
  w.row(amounts, t("campaign_reports.amounts.collected"), f.collected.count,
        f.collected.total_minor);
  w.row(amounts, t("campaign_reports.means.statement"), f.by_statement.count,
        f.by_statement.total_minor);
  w.row(amounts, t("campaign_reports.means.by_hand"), f.by_hand.count, f.by_hand.total_minor);
  w.row(amounts, t("campaign_reports.means.online"), f.online.count, f.online.total_minor);
  w.row(amounts, t("campaign_reports.amounts.refunds"), f.refunds.count, f.refunds.total_minor);
  const auto costs = t("campaign_reports.section.costs");
  for (const auto& cost : r.costs) w.row(costs, cost.label, -1, cost.amount_minor);
  w.row(costs, t("campaign_reports.costs.total"), -1, f.costs_minor);
  w.row(costs, t("campaign_reports.amounts.net"), -1, f.net_minor);
  const auto uses = t("campaign_reports.section.uses");
  for (const auto& u : f.uses) w.row(uses, u.label, -1, u.planned_minor, u.spent_minor);
  w.row(uses, t("campaign_reports.uses.total"), -1, f.planned_minor, f.spent_minor);
  return w.out;
}

}  // namespace comdev::campaign_reports
