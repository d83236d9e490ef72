// Fundraising campaigns of projects and the pledges of their donors (migrations/0030_campaigns):
// plain structs and enums; std only. Amounts are integer minor units in the campaign's currency.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::campaigns {

enum class State { draft, submitted, published, closed };
std::string_view name(State s);
std::optional<State> parse_state(std::string_view s);

// Whom the call for donations addresses. Law 18-18 governs calls to the public in Morocco: they
// need the prior authorisation's reference and date.
enum class Audience { public_morocco, diaspora, members };
inline constexpr std::array<Audience, 3> kAudiences = {Audience::public_morocco, Audience::diaspora,
                                                       Audience::members};
std::string_view name(Audience a);
std::optional<Audience> parse_audience(std::string_view s);

enum class PledgeState { pledged, confirmed, expired, cancelled, refunded };
std::string_view name(PledgeState s);
std::optional<PledgeState> parse_pledge_state(std::string_view s);

struct FundUse {
  std::string label;  // the budget line's name (or the carrier's words)
  std::int64_t amount_minor = 0;
  std::int64_t budget_line_id = 0;  // a line of the project's budget; 0: none recorded
};

// What the carrier writes (the form and the API).
struct CampaignInput {
  std::string title;
  std::string description_md;
  std::string currency = "MAD";
  std::int64_t goal_minor = 0;
  std::string starts_on, ends_on;  // YYYY-MM-DD
  std::int64_t organisation_id = 0;
  Audience audience = Audience::diaspora;
  std::string authorisation_ref;
  std::string authorisation_on;  // YYYY-MM-DD or ""
  std::string bank_details;
  std::vector<FundUse> uses;
};

struct Campaign {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_title;
  std::int64_t carrier_id = 0;  // the project's carrier organisation
  std::string organisation_name;
  CampaignInput in;
  State state = State::draft;
  std::string review_note;
  bool demo = false;
  std::string created_at, published_at, closed_at;
  // Sums of the pledges, in the campaign's currency.
  std::int64_t confirmed_minor = 0, pledged_minor = 0;
  int donors = 0;  // confirmed pledges
};

struct Pledge {
  std::int64_t id = 0;
  std::int64_t campaign_id = 0;
  std::string campaign_title;
  std::int64_t organisation_id = 0;
  std::int64_t project_id = 0;
  std::int64_t member_id = 0;  // 0: the donor deleted their account
  std::string donor_name;
  std::string reference;  // canonical (pledge_reference.h)
  std::int64_t amount_minor = 0;
  std::string currency;
  bool anonymous = false;
  PledgeState state = PledgeState::pledged;
  std::string created_at, confirmed_at;
};

struct Update {
  std::int64_t id = 0;
  std::string title, body_md, author_name, created_at;
};

// How long a pledge waits for its transfer before it expires (a transfer from abroad takes days;
// a month leaves room for a donor who pledged before payday).
inline constexpr int kPledgeLifetimeDays = 30;

}  // namespace comdev::campaigns
