#include "features/campaign_reports/report_forms.h"

#include <vector>

#include "core/calendar_date.h"
#include "core/form_text.h"
#include "core/text.h"
#include "money/money.h"

namespace comdev::campaign_reports {
namespace {

struct Problems {
  std::vector<FieldError> fields;
  std::vector<std::pair<std::string, std::string>> params;
  void add(std::string field, std::string key) {
    fields.push_back({std::move(field), std::move(key)});
  }
  std::string text(std::string_view field, std::string_view value, std::size_t max,
                   std::string_view required_key) {
    auto t =
        core::form_text(field, value, max, true, required_key, "campaign_reports.errors.too_long");
    if (t) return *t;
    if (t.error().fields.empty()) {
      add(std::string(field), t.error().message_id);
    } else {
      for (const auto& f : t.error().fields) add(f.field, f.message_id);
    }
    return {};
  }
  Error error() {
    Error e = Error::invalid("errors.invalid", std::move(fields));
    e.params = std::move(params);
    return e;
  }
};

}  // namespace

Result<CostInput> parse_cost(std::string_view label, std::string_view amount) {
  Problems p;
  CostInput in;
  in.label = p.text("label", label, kMaxCostLabel, "campaign_reports.errors.label_required");
  auto v = money::parse_amount(core::trim_space(amount));
  if (v) {
    in.amount_minor = *v;
  } else {
    p.add("amount", v.error().message_id);
    for (const auto& kv : v.error().params) p.params.push_back(kv);
  }
  if (!p.fields.empty()) return p.error();
  return in;
}

Result<SentInput> parse_sent(std::string_view sent_on, std::string_view reference,
                             std::string_view today) {
  Problems p;
  SentInput in;
  in.sent_on = std::string(core::trim_space(sent_on));
  if (!core::is_calendar_date(in.sent_on, 2000, 2200)) {
    p.add("sent_on", "campaign_reports.errors.day");
  } else if (in.sent_on > today) {
    // Dates written YYYY-MM-DD compare as text.
    p.add("sent_on", "campaign_reports.errors.sent_in_future");
  }
  in.reference = p.text("reference", reference, kMaxSentReference,
                        "campaign_reports.errors.reference_required");
  if (!p.fields.empty()) return p.error();
  return in;
}

}  // namespace comdev::campaign_reports
