// Reading what a treasurer types on the report: a cost of the operation (label and amount) and
// the report's sending to the authority (day and reference). Every problem named by its field,
// as catalogue keys, all at once; amounts through the shared money reader (money/money.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::campaign_reports {

inline constexpr std::size_t kMaxCostLabel = 200;
inline constexpr std::size_t kMaxSentReference = 100;
// Enough for any honest operation; beyond it a list is not a cost statement any more.
inline constexpr std::size_t kMaxCosts = 50;

struct CostInput {
  std::string label;
  std::int64_t amount_minor = 0;
};
// Fields: label, amount.
Result<CostInput> parse_cost(std::string_view label, std::string_view amount);

struct SentInput {
  std::string sent_on;  // YYYY-MM-DD
  std::string reference;
};
// Fields: sent_on (a calendar day, not after `today`), reference.
Result<SentInput> parse_sent(std::string_view sent_on, std::string_view reference,
                             std::string_view today);

}  // namespace comdev::campaign_reports
