#include "features/campaigns/campaign_rules.h"

#include <chrono>

namespace comdev::campaigns {
namespace {

constexpr std::string_view kStates[] = {"draft", "submitted", "published", "closed"};
constexpr std::string_view kAudienceNames[] = {"public_morocco", "diaspora", "members"};
constexpr std::string_view kPledgeStates[] = {"pledged", "confirmed", "expired", "cancelled",
                                              "refunded"};

template <class E, std::size_t N>
std::optional<E> parse_in(const std::string_view (&names)[N], std::string_view s) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view name(State s) {
  return kStates[static_cast<int>(s)];
}
std::optional<State> parse_state(std::string_view s) {
  return parse_in<State>(kStates, s);
}
std::string_view name(Audience a) {
  return kAudienceNames[static_cast<int>(a)];
}
std::optional<Audience> parse_audience(std::string_view s) {
  return parse_in<Audience>(kAudienceNames, s);
}
std::string_view name(PledgeState s) {
  return kPledgeStates[static_cast<int>(s)];
}
std::optional<PledgeState> parse_pledge_state(std::string_view s) {
  return parse_in<PledgeState>(kPledgeStates, s);
}

bool can_move(State from, State to) {
  switch (from) {
    case State::draft:
      return to == State::submitted;
    case State::submitted:
      return to == State::published || to == State::draft;
    case State::published:
      return to == State::closed;
    case State::closed:
      return false;
  }
  return false;
}

bool can_move(PledgeState from, PledgeState to) {
  using P = PledgeState;
  switch (from) {
    case P::pledged:
      return to == P::confirmed || to == P::expired || to == P::cancelled;
    case P::expired:
      // The money came after all: the treasurer confirms what is on the account.
      return to == P::confirmed;
    case P::confirmed:
      return to == P::refunded;
    case P::cancelled:
    case P::refunded:
      return false;
  }
  return false;
}

std::vector<std::string> publish_problems(const CampaignInput& in, bool organisation_verified,
                                          std::string_view today) {
  std::vector<std::string> out;
  if (!organisation_verified) out.emplace_back("campaigns.errors.organisation_unverified");
  if (in.audience == Audience::public_morocco &&
      (in.authorisation_ref.empty() || in.authorisation_on.empty())) {
    out.emplace_back("campaigns.errors.authorisation_required");
  }
  if (in.bank_details.empty()) out.emplace_back("campaigns.errors.bank_details_required");
  if (in.ends_on < today) out.emplace_back("campaigns.errors.already_ended");
  return out;
}

std::string_view pledge_refusal(State state, const CampaignInput& in, std::string_view today) {
  if (state == State::closed) return "campaigns.errors.closed";
  if (state != State::published) return "campaigns.errors.not_published";
  if (today < in.starts_on) return "campaigns.errors.not_started";
  if (today > in.ends_on) return "campaigns.errors.closed";
  return {};
}

bool ended(State state, const CampaignInput& in, std::string_view today) {
  return state == State::published && today > in.ends_on;
}

bool pledge_expired(PledgeState state, core::Seconds created_at, core::Seconds now) {
  return state == PledgeState::pledged &&
         now - created_at >= std::chrono::days(kPledgeLifetimeDays);
}

int progress_percent(std::int64_t confirmed_minor, std::int64_t goal_minor) {
  if (goal_minor <= 0 || confirmed_minor <= 0) return 0;
  if (confirmed_minor >= goal_minor) return 100;
  // confirmed < goal ≤ 10^14 or so: the product stays far from overflow.
  return static_cast<int>(confirmed_minor * 100 / goal_minor);
}

std::string day_of(core::Seconds t) {
  return core::iso(t).substr(0, 10);
}

}  // namespace comdev::campaigns
