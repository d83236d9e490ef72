// Pure rules of investment opportunities and of "I'm interested" requests: the review's moves, the
// state a new opportunity starts in, the requests' moves, who sees the contact details, the
// amount buckets of the list's filter, and the list's filtering with each filter value's count.
// No I/O.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "features/opportunities/opportunity.h"

namespace comdev::opportunities {

// submitted → published (an animator publishes) | draft (sent back with a note);
// draft → submitted (the author asks again); published → closed. Nothing else.
bool may_move(State from, State to);

// An opportunity of a territory or organisation is public at once (its publisher is verified);
// a member's own investment project waits for an animator — unless an animator writes it.
State initial_state(Kind kind, bool by_reviewer);

// requested → introduced | declined | withdrawn; the three others are final.
bool may_move(InterestState from, InterestState to);

// The amount range of an opportunity: min > 0, max >= min, max <= kMaxAmount (minor units).
// The same bound as the money parser's (money::kMaxMinor: one billion units).
inline constexpr std::int64_t kMaxAmount = 100'000'000'000;
// The field errors (message ids) of a range; empty when it is sound.
std::vector<std::pair<std::string, std::string>> range_errors(std::int64_t min, std::int64_t max);

// The amount filter: buckets per currency, by the range's lower bound (sums are never mixed
// across currencies). Ordered as shown.
struct AmountBucket {
  std::string_view code, currency;
  std::int64_t from, to;  // minor units, [from, to); to = 0: no upper bound
};
inline constexpr std::array<AmountBucket, 6> kAmountBuckets = {{
    {"mad-small", "MAD", 0, 500'000'00},
    {"mad-medium", "MAD", 500'000'00, 5'000'000'00},
    {"mad-large", "MAD", 5'000'000'00, 0},
    {"eur-small", "EUR", 0, 50'000'00},
    {"eur-medium", "EUR", 50'000'00, 500'000'00},
    {"eur-large", "EUR", 500'000'00, 0},
}};
// The bucket of a range starting at `min` in `currency` ("" when the currency is unknown).
std::string_view bucket_of(std::int64_t min, std::string_view currency);
bool is_bucket(std::string_view code);

// Who may read the contact details of an opportunity (the publisher's) and of a request (the
// investor's): the people they belong to, the animators, and — once an introduction is made —
// the other side.
bool sees_opportunity_contact(bool is_owner, bool is_reviewer, bool introduced);
bool sees_interest_contact(bool is_requester, bool is_reviewer, bool is_owner, InterestState state);

// The list: the facets, their URL names and the filter's matching.
enum class Facet { sector, commune, province, stage, kind, amount };
inline constexpr std::array<std::string_view, 6> kFacetNames = {"sector", "commune", "province",
                                                                "stage",  "kind",    "amount"};
// The value of facet f of an opportunity as written in a URL ("water", "12", "mad-small").
std::string facet_value(Facet f, const Opportunity& o);
// True when the opportunity passes every filter but `q` (and but `ignore`, for facet counts).
bool matches(const Filter& f, const Opportunity& o, std::optional<Facet> ignore = std::nullopt);
// For each facet, how many of `all` each of its values would leave, the other filters applied.
using FacetCounts = std::array<std::map<std::string, std::int64_t>, kFacetNames.size()>;
FacetCounts facet_counts(const std::vector<const Opportunity*>& all, const Filter& f);

}  // namespace comdev::opportunities
