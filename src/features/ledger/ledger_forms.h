// The ledger's forms: an entry (money in or out, grant, material, skill), a reversal's reason,
// a budget line. Amounts are typed as people write them ("1250", "1 250,50") and parsed by the
// shared Money mechanism (src/money: strict, positive, two decimals at most); a skill's value is
// computed from its hours and rate, never typed. Field errors are catalogue keys. Whether the
// budget line and the receipt belong to the project is checked by the store when appending.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "features/ledger/ledger.h"

namespace comdev::ledger {

// The fields as typed (a page's form or an API body hand over the same strings).
struct EntryFields {
  std::string kind, amount, currency, occurred_on, label, piece, budget_line, document_id,
      receipt_public, hours, rate, quantity, description;
};

// A NewEntry without project, recorder or time (the use case adds them). Kinds accepted:
// money_in, money_out, grant, material, skill; reversals and confirmations have their own forms.
Result<NewEntry> parse_entry(const EntryFields& f);

// A reversal's reason: required, at most kMaxLabelBytes.
Result<std::string> parse_reason(std::string_view reason);

struct BudgetFields {
  std::string label, planned, currency, position;
};
// A budget line without id or project. planned may be "0" (a line not yet costed).
Result<BudgetLine> parse_budget_line(const BudgetFields& f);

}  // namespace comdev::ledger
