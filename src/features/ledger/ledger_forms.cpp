#include "features/ledger/ledger_forms.h"

#include "core/text.h"
#include "core/utf8.h"
#include "features/ledger/ledger_rules.h"
#include "money/money.h"

namespace comdev::ledger {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

// The refusal of a form: its field errors, with the placeholders their messages need ({max}).
Error refused(std::vector<FieldError> errors, Params params) {
  Error e = Error::invalid("errors.invalid", std::move(errors));
  e.params = std::move(params);
  return e;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return std::string(s);
}

std::optional<std::int64_t> optional_id(std::string_view s) {
  if (s.empty()) return std::nullopt;
  auto id = core::parse_id(s);
  if (id <= 0) return std::nullopt;
  return id;
}

// The amount typed, in minor units; the money mechanism's own message when it is refused.
std::optional<std::int64_t> amount_of(std::string_view typed, const char* field,
                                      std::vector<FieldError>& errors, Params& params) {
  auto a = money::parse_amount(trimmed(typed), kMaxAmountMinor);
  if (!a) {
    errors.push_back({field, a.error().message_id.empty() ? "ledger.errors.amount_format"
                                                          : a.error().message_id});
    for (const auto& p : a.error().params) params.push_back(p);
    return std::nullopt;
  }
  return *a;
}

}  // namespace

Result<NewEntry> parse_entry(const EntryFields& f) {
  std::vector<FieldError> errors;
  Params params;
  NewEntry e;
  auto kind = parse_kind(f.kind);
  if (!kind || *kind == Kind::reversal || *kind == Kind::confirmation) {
    errors.push_back({"kind", "ledger.errors.kind"});
  } else {
    e.kind = *kind;
  }
  auto currency = money::currency_code(trimmed(f.currency));
  if (!currency) {
    errors.push_back({"currency", "ledger.errors.currency"});
  } else {
    e.currency = *currency;
  }
  e.occurred_on = trimmed(f.occurred_on);
  e.label = trimmed(f.label);
  e.piece = trimmed(f.piece);
  e.quantity = trimmed(f.quantity);
  e.description = trimmed(f.description);
  e.budget_line_id = optional_id(f.budget_line);
  e.document_id = optional_id(f.document_id);
  e.receipt_public =
      f.receipt_public == "1" || f.receipt_public == "on" || f.receipt_public == "true";
  if (kind == Kind::skill) {
    auto hours = money::parse_amount(trimmed(f.hours));  // hours × 100, as cents are
    if (!hours) errors.push_back({"hours", "ledger.errors.hours_format"});
    auto rate = amount_of(f.rate, "rate", errors, params);
    if (hours && rate) {
      e.hours_centi = *hours;
      e.rate_minor = *rate;
      auto v = skill_value(*hours, *rate);
      if (!v) {
        errors.push_back({"hours", "ledger.errors.hours_rate"});
      } else {
        e.amount_minor = *v;
      }
    }
    if (e.label.empty()) e.label = e.description;
  } else if (auto a = amount_of(f.amount, "amount", errors, params)) {
    e.amount_minor = *a;
  }
  if (!errors.empty()) return refused(std::move(errors), std::move(params));
  if (auto v = validate(e); !v) return v.error();
  return e;
}

Result<std::string> parse_reason(std::string_view reason) {
  std::string r = trimmed(reason);
  if (r.empty())
    return Error::invalid("errors.invalid", {{"reason", "ledger.errors.reason_required"}});
  if (r.size() > kMaxLabelBytes || !is_valid_utf8(r)) {
    return Error::invalid("errors.invalid", {{"reason", "ledger.errors.too_long"}});
  }
  return r;
}

Result<BudgetLine> parse_budget_line(const BudgetFields& f) {
  std::vector<FieldError> errors;
  Params params;
  BudgetLine l;
  l.label = trimmed(f.label);
  if (l.label.empty()) errors.push_back({"label", "ledger.errors.label_required"});
  if (l.label.size() > kMaxLabelBytes || !is_valid_utf8(l.label)) {
    errors.push_back({"label", "ledger.errors.too_long"});
  }
  auto currency = money::currency_code(trimmed(f.currency));
  if (!currency) {
    errors.push_back({"currency", "ledger.errors.currency"});
  } else {
    l.currency = *currency;
  }
  std::string planned = trimmed(f.planned);
  if (planned == "0" || planned.empty()) {
    l.planned_minor = 0;
  } else if (auto a = amount_of(planned, "planned", errors, params)) {
    l.planned_minor = *a;
  }
  if (!f.position.empty()) {
    auto p = core::parse_id(trimmed(f.position));
    l.position = static_cast<int>(p > 0 && p < 10000 ? p : 0);
  }
  if (!errors.empty()) return refused(std::move(errors), std::move(params));
  return l;
}

}  // namespace comdev::ledger
