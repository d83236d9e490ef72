#include "features/ledger/ledger_rules.h"

#include <chrono>

#include "core/calendar_date.h"
#include "core/utf8.h"

namespace comdev::ledger {
namespace {

constexpr std::string_view kKindNames[] = {"money_in", "money_out",    "grant",   "material",
                                           "skill",    "confirmation", "reversal"};

}  // namespace

std::string_view name(Kind k) {
  return kKindNames[static_cast<int>(k)];
}

std::optional<Kind> parse_kind(std::string_view s) {
  for (Kind k : kKinds) {
    if (name(k) == s) return k;
  }
  return std::nullopt;
}

bool is_date(std::string_view s) {
  return core::is_calendar_date(s, 2000, 2100);
}

std::optional<std::int64_t> skill_value(std::int64_t hours_centi, std::int64_t rate_minor) {
  if (hours_centi <= 0 || rate_minor <= 0) return std::nullopt;
  // Both are bounded before the product so it cannot overflow: 10^6 h × 10^9 minor.
  if (hours_centi > 100'000'000 || rate_minor > 1'000'000'000) return std::nullopt;
  std::int64_t v = (hours_centi * rate_minor + 50) / 100;
  if (v <= 0 || v > kMaxAmountMinor) return std::nullopt;
  return v;
}

Status validate(const NewEntry& e) {
  std::vector<FieldError> f;
  if (e.amount_minor <= 0) f.push_back({"amount", "ledger.errors.amount_positive"});
  if (e.amount_minor > kMaxAmountMinor) f.push_back({"amount", "ledger.errors.amount_too_large"});
  if (e.currency != "MAD" && e.currency != "EUR") {
    f.push_back({"currency", "ledger.errors.currency"});
  }
  if (!is_date(e.occurred_on)) f.push_back({"occurred_on", "ledger.errors.date"});
  const bool derived = e.kind == Kind::reversal || e.kind == Kind::confirmation;
  if (e.label.empty() && !derived) f.push_back({"label", "ledger.errors.label_required"});
  if (e.label.size() > kMaxLabelBytes) f.push_back({"label", "ledger.errors.too_long"});
  if (e.piece.size() > kMaxPieceBytes) f.push_back({"piece", "ledger.errors.too_long"});
  if (e.quantity.size() > kMaxLabelBytes) f.push_back({"quantity", "ledger.errors.too_long"});
  if (e.description.size() > kMaxTextBytes) f.push_back({"description", "ledger.errors.too_long"});
  for (const std::string* s : {&e.label, &e.piece, &e.quantity, &e.description}) {
    if (!is_valid_utf8(*s)) {
      f.push_back({"label", "errors.invalid_utf8"});
      break;
    }
  }
  switch (e.kind) {
    case Kind::money_out:
      if (!e.document_id) f.push_back({"document_id", "ledger.errors.receipt_required"});
      break;
    case Kind::skill: {
      if (!e.hours_centi || !e.rate_minor) {
        f.push_back({"hours", "ledger.errors.hours_rate"});
        break;
      }
      auto v = skill_value(*e.hours_centi, *e.rate_minor);
      if (!v) {
        f.push_back({"hours", "ledger.errors.hours_rate"});
      } else if (*v != e.amount_minor) {
        f.push_back({"amount", "ledger.errors.skill_value"});
      }
      break;
    }
    case Kind::reversal:
      if (!e.reverses_entry_id) f.push_back({"reverses", "ledger.errors.reversal_target"});
      if (e.label.empty()) f.push_back({"label", "ledger.errors.reason_required"});
      break;
    case Kind::confirmation:
      if (!e.confirms_entry_id) f.push_back({"confirms", "ledger.errors.not_a_skill"});
      break;
    default:
      break;
  }
  if (e.kind != Kind::reversal && e.reverses_entry_id) {
    f.push_back({"reverses", "ledger.errors.reversal_target"});
  }
  if (e.kind != Kind::confirmation && e.confirms_entry_id) {
    f.push_back({"confirms", "ledger.errors.not_a_skill"});
  }
  if (e.pledge_id && e.kind != Kind::money_in) {
    f.push_back({"pledge_id", "ledger.errors.pledge_money_in"});
  }
  if (!f.empty()) return Error::invalid("errors.invalid", std::move(f));
  return {};
}

Status may_reverse(const Entry& target, std::int64_t project_id) {
  if (target.project_id != project_id) return Error::not_found("ledger.errors.reversal_target");
  if (target.kind == Kind::reversal) {
    return Error::invalid("errors.invalid", {{"reverses", "ledger.errors.reversal_of_reversal"}});
  }
  if (target.kind == Kind::confirmation) {
    return Error::invalid("errors.invalid",
                          {{"reverses", "ledger.errors.reversal_of_confirmation"}});
  }
  if (target.reversed) {
    return Error::invalid("errors.invalid", {{"reverses", "ledger.errors.already_reversed"}});
  }
  return {};
}

Status may_confirm(const Entry& target, std::int64_t project_id) {
  if (target.project_id != project_id) return Error::not_found("ledger.errors.not_a_skill");
  if (target.kind != Kind::skill) {
    return Error::invalid("errors.invalid", {{"confirms", "ledger.errors.not_a_skill"}});
  }
  if (target.reversed) {
    return Error::invalid("errors.invalid", {{"confirms", "ledger.errors.already_reversed"}});
  }
  if (target.confirmed) {
    return Error::invalid("errors.invalid", {{"confirms", "ledger.errors.already_confirmed"}});
  }
  return {};
}

std::vector<Delta> deltas(const NewEntry& e, const Entry* target) {
  const std::int64_t line = e.budget_line_id.value_or(0);
  switch (e.kind) {
    case Kind::money_in:
    case Kind::money_out:
    case Kind::grant:
    case Kind::material:
      return {{std::string(name(e.kind)), line, e.currency, e.amount_minor, 1}};
    case Kind::skill:
      return {{std::string(kSkillPending), line, e.currency, e.amount_minor, 1}};
    case Kind::confirmation: {
      if (!target) return {};
      const std::int64_t tl = target->budget_line_id.value_or(0);
      return {{std::string(kSkillPending), tl, target->currency, -target->amount_minor, -1},
              {"skill", tl, target->currency, target->amount_minor, 1}};
    }
    case Kind::reversal: {
      if (!target) return {};
      const std::int64_t tl = target->budget_line_id.value_or(0);
      std::string bucket(name(target->kind));
      if (target->kind == Kind::skill && !target->confirmed) bucket = kSkillPending;
      return {{bucket, tl, target->currency, -target->amount_minor, -1}};
    }
  }
  return {};
}

}  // namespace comdev::ledger
