#include "features/campaigns/campaign_forms.h"

#include <chrono>

#include "core/form_text.h"
#include "core/text.h"
#include "money/money.h"

namespace comdev::campaigns {
namespace {

// Collects every field's problem, so the form names them all at once.
struct Problems {
  std::vector<FieldError> fields;
  std::vector<std::pair<std::string, std::string>> params;  // the money reader's ({max})
  void add(std::string field, std::string key) {
    fields.push_back({std::move(field), std::move(key)});
  }
  // The text of a field, or "" with its problem recorded.
  std::string text(std::string_view field, std::string_view value, std::size_t max, bool required,
                   std::string_view required_key) {
    auto t =
        core::form_text(field, value, max, required, required_key, "campaigns.errors.too_long");
    if (t) return *t;
    if (t.error().fields.empty()) {
      add(std::string(field), t.error().message_id);
    } else {
      for (const auto& f : t.error().fields) add(f.field, f.message_id);
    }
    return {};
  }
  // An amount, or 0 with the money reader's reason recorded.
  std::int64_t amount(std::string field, std::string_view typed) {
    auto v = money::parse_amount(core::trim_space(typed));
    if (v) return *v;
    add(std::move(field), v.error().message_id);
    for (const auto& kv : v.error().params) params.push_back(kv);
    return 0;
  }
  Error error() {
    Error e = Error::invalid("errors.invalid", std::move(fields));
    e.params = std::move(params);
    return e;
  }
};

}  // namespace

bool is_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  std::chrono::year_month_day d{std::chrono::year(num(0, 4)),
                                std::chrono::month(static_cast<unsigned>(num(5, 2))),
                                std::chrono::day(static_cast<unsigned>(num(8, 2)))};
  return d.ok();
}

Result<CampaignInput> parse_campaign(const http::Form& form, CampaignInput* typed) {
  Problems p;
  CampaignInput in;
  in.title = p.text("title", form.get("title"), kMaxTitle, true, "campaigns.errors.title_required");
  in.description_md = p.text("description", form.get("description"), kMaxDescription, false, "");
  auto currency = core::trim_space(form.get("currency"));
  in.currency = std::string(currency);
  if (!money::is_currency(currency)) p.add("currency", "campaigns.errors.currency");
  in.goal_minor = p.amount("goal", form.get("goal"));
  in.starts_on = std::string(core::trim_space(form.get("starts_on")));
  in.ends_on = std::string(core::trim_space(form.get("ends_on")));
  if (!is_day(in.starts_on)) p.add("starts_on", "campaigns.errors.day");
  if (!is_day(in.ends_on)) p.add("ends_on", "campaigns.errors.day");
  if (is_day(in.starts_on) && is_day(in.ends_on) && in.ends_on < in.starts_on) {
    p.add("ends_on", "campaigns.errors.ends_before_start");
  }
  in.organisation_id = core::parse_id(form.get("organisation"));
  if (in.organisation_id <= 0) p.add("organisation", "campaigns.errors.organisation_required");
  auto audience = parse_audience(core::trim_space(form.get("audience")));
  if (audience) {
    in.audience = *audience;
  } else {
    p.add("audience", "campaigns.errors.audience");
  }
  in.authorisation_ref =
      p.text("authorisation_ref", form.get("authorisation_ref"), kMaxReference, false, "");
  in.authorisation_on = std::string(core::trim_space(form.get("authorisation_on")));
  if (!in.authorisation_on.empty() && !is_day(in.authorisation_on)) {
    p.add("authorisation_on", "campaigns.errors.day");
  }
  in.bank_details = p.text("bank_details", form.get("bank_details"), kMaxBankDetails, false, "");
  auto lines = form.all("use_line");
  auto labels = form.all("use_label");
  auto amounts = form.all("use_amount");
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    std::string_view line = i < lines.size() ? lines[i] : std::string_view{};
    std::string_view label = i < labels.size() ? labels[i] : std::string_view{};
    std::string_view amount = amounts[i];
    if (core::trim_space(amount).empty()) {
      // A named use without its amount is a mistake; an untouched row is not.
      if (line.empty() && !core::trim_space(label).empty()) {
        p.add("uses", "campaigns.errors.use_amount_required");
      }
      continue;
    }
    FundUse u;
    u.budget_line_id = core::parse_id(line);
    if (!line.empty() && u.budget_line_id <= 0) p.add("uses", "campaigns.errors.budget_line");
    u.label = p.text("uses", label, kMaxTitle, u.budget_line_id == 0,
                     "campaigns.errors.use_label_required");
    u.amount_minor = p.amount("uses", amount);
    in.uses.push_back(std::move(u));
  }
  if (in.uses.size() > kMaxUses) p.add("uses", "campaigns.errors.too_many_uses");
  if (typed) *typed = in;
  if (!p.fields.empty()) return p.error();
  return in;
}

Result<PledgeInput> parse_pledge(std::string_view amount, std::string_view currency, bool anonymous,
                                 std::string_view campaign_currency) {
  Problems p;
  PledgeInput in;
  in.anonymous = anonymous;
  in.amount_minor = p.amount("amount", amount);
  auto c = core::trim_space(currency);
  if (!c.empty() && c != campaign_currency) p.add("currency", "campaigns.errors.currency");
  if (!p.fields.empty()) return p.error();
  return in;
}

Result<std::string> parse_idempotency_key(std::string_view key) {
  if (key.empty()) return std::string{};
  bool printable = key.size() >= 8 && key.size() <= kMaxIdempotencyKey;
  for (char c : key) printable = printable && c > ' ' && c < 127;
  if (!printable) {
    return Error::invalid("errors.invalid",
                          {{"idempotency_key", "campaigns.errors.idempotency_key"}});
  }
  return std::string(key);
}

Result<UpdateInput> parse_update(std::string_view title, std::string_view body) {
  Problems p;
  UpdateInput in;
  in.title = p.text("title", title, kMaxTitle, true, "campaigns.errors.title_required");
  in.body_md = p.text("body", body, kMaxDescription, true, "campaigns.errors.body_required");
  if (!p.fields.empty()) return p.error();
  return in;
}

Result<std::string> parse_note(std::string_view note) {
  return core::form_text("note", note, 2000, true, "campaigns.errors.note_required",
                         "campaigns.errors.too_long");
}

}  // namespace comdev::campaigns
