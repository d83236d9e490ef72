#include "features/opportunities/opportunity_rules.h"

#include <algorithm>

namespace comdev::opportunities {

std::string_view name(State s) {
  switch (s) {
    case State::draft:
      return "draft";
    case State::submitted:
      return "submitted";
    case State::published:
      return "published";
    case State::closed:
      return "closed";
  }
  return "draft";
}

std::optional<State> parse_state(std::string_view s) {
  for (auto st : {State::draft, State::submitted, State::published, State::closed}) {
    if (name(st) == s) return st;
  }
  return std::nullopt;
}

std::string_view name(Kind k) {
  return kKinds[static_cast<std::size_t>(k)];
}

std::optional<Kind> parse_kind(std::string_view s) {
  if (s == kKinds[0]) return Kind::offer;
  if (s == kKinds[1]) return Kind::migrant_project;
  return std::nullopt;
}

std::string_view name(InterestState s) {
  switch (s) {
    case InterestState::requested:
      return "requested";
    case InterestState::introduced:
      return "introduced";
    case InterestState::declined:
      return "declined";
    case InterestState::withdrawn:
      return "withdrawn";
  }
  return "requested";
}

std::optional<InterestState> parse_interest_state(std::string_view s) {
  for (auto st : {InterestState::requested, InterestState::introduced, InterestState::declined,
                  InterestState::withdrawn}) {
    if (name(st) == s) return st;
  }
  return std::nullopt;
}

bool may_move(State from, State to) {
  switch (from) {
    case State::submitted:
      return to == State::published || to == State::draft;
    case State::draft:
      return to == State::submitted;
    case State::published:
      return to == State::closed;
    case State::closed:
      return false;
  }
  return false;
}

State initial_state(Kind kind, bool by_reviewer) {
  if (kind == Kind::offer || by_reviewer) return State::published;
  return State::submitted;
}

bool may_move(InterestState from, InterestState to) {
  return from == InterestState::requested && to != InterestState::requested;
}

std::vector<std::pair<std::string, std::string>> range_errors(std::int64_t min, std::int64_t max) {
  std::vector<std::pair<std::string, std::string>> out;
  if (min <= 0) out.emplace_back("amount_min", "opportunities.errors.amount_positive");
  if (max <= 0) out.emplace_back("amount_max", "opportunities.errors.amount_positive");
  if (min > kMaxAmount || max > kMaxAmount) {
    out.emplace_back(max > kMaxAmount ? "amount_max" : "amount_min",
                     "opportunities.errors.amount_too_large");
  }
  if (out.empty() && min > max) out.emplace_back("amount_max", "opportunities.errors.range");
  return out;
}

std::string_view bucket_of(std::int64_t min, std::string_view currency) {
  for (const auto& b : kAmountBuckets) {
    if (b.currency == currency && min >= b.from && (b.to == 0 || min < b.to)) return b.code;
  }
  return {};
}

bool is_bucket(std::string_view code) {
  return std::any_of(kAmountBuckets.begin(), kAmountBuckets.end(),
                     [&](const AmountBucket& b) { return b.code == code; });
}

bool sees_opportunity_contact(bool is_owner, bool is_reviewer, bool introduced) {
  return is_owner || is_reviewer || introduced;
}

bool sees_interest_contact(bool is_requester, bool is_reviewer, bool is_owner,
                           InterestState state) {
  return is_requester || is_reviewer || (is_owner && state == InterestState::introduced);
}

std::string facet_value(Facet f, const Opportunity& o) {
  switch (f) {
    case Facet::sector:
      return o.text.sector;
    case Facet::commune:
      return o.text.commune_id ? std::to_string(o.text.commune_id) : std::string();
    case Facet::province:
      return o.province_id ? std::to_string(o.province_id) : std::string();
    case Facet::stage:
      return o.text.stage;
    case Facet::kind:
      return std::string(name(o.text.kind));
    case Facet::amount:
      return std::string(bucket_of(o.text.amount_min, o.text.currency));
  }
  return {};
}

namespace {

// The filter's value for facet f ("" = any).
std::string wanted(const Filter& f, Facet facet) {
  switch (facet) {
    case Facet::sector:
      return f.sector;
    case Facet::commune:
      return f.commune_id ? std::to_string(f.commune_id) : std::string();
    case Facet::province:
      return f.province_id ? std::to_string(f.province_id) : std::string();
    case Facet::stage:
      return f.stage;
    case Facet::kind:
      return f.kind;
    case Facet::amount:
      return f.amount;
  }
  return {};
}

}  // namespace

bool matches(const Filter& f, const Opportunity& o, std::optional<Facet> ignore) {
  for (std::size_t i = 0; i < kFacetNames.size(); ++i) {
    auto facet = static_cast<Facet>(i);
    if (ignore && *ignore == facet) continue;
    auto w = wanted(f, facet);
    if (!w.empty() && facet_value(facet, o) != w) return false;
  }
  return true;
}

FacetCounts facet_counts(const std::vector<const Opportunity*>& all, const Filter& f) {
  FacetCounts out;
  for (const Opportunity* o : all) {
    for (std::size_t i = 0; i < kFacetNames.size(); ++i) {
      auto facet = static_cast<Facet>(i);
      if (!matches(f, *o, facet)) continue;
      auto v = facet_value(facet, *o);
      if (!v.empty()) ++out[i][v];
    }
  }
  return out;
}

}  // namespace comdev::opportunities
