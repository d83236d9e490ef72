// Investment opportunities (the platform's third entry) and migrants' own investment projects:
// what a territory or an organisation offers to investors, or what a member of the diaspora wants
// to build at home and looks for partners or support for; and the "I'm interested" requests that
// an animator turns into an introduction. The platform presents and introduces: it takes no money
// for investments and nothing here is a public offering of securities. Tables of
// migrations/0031_opportunities. Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::opportunities {

// offer: published by a territory or an organisation (its verified representatives, or an
// animator); migrant_project: a diaspora member's own investment project, public only once an
// animator has reviewed it.
enum class Kind { offer, migrant_project };
inline constexpr std::array<std::string_view, 2> kKinds = {"offer", "migrant_project"};

// How far the investment is: an idea, a study (feasibility, business plan), ready to invest,
// already operating (looking to grow).
inline constexpr std::array<std::string_view, 4> kStages = {"idea", "study", "ready", "operating"};

// submitted: waiting for an animator (migrants' projects); published: public; draft: sent back
// with a note; closed: no longer looking (kept for the introductions already made).
enum class State { draft, submitted, published, closed };
std::string_view name(State s);
std::optional<State> parse_state(std::string_view s);
std::string_view name(Kind k);
std::optional<Kind> parse_kind(std::string_view s);

// What the publisher writes: the forms, the API and the demo loader fill it.
struct Text {
  Kind kind = Kind::offer;
  std::string title;
  std::string description_md;
  std::string lang = "fr";
  std::string sector;                 // core/sectors.h
  std::string stage = "idea";         // kStages
  std::int64_t commune_id = 0;        // territories (a commune)
  std::int64_t amount_min = 0;        // minor units
  std::int64_t amount_max = 0;        // minor units, >= amount_min
  std::string currency = "MAD";       // MAD | EUR
  std::int64_t publisher_org_id = 0;  // 0: an animator's or a member's own project
  std::int64_t contact_org_id = 0;    // 0: none (e.g. the regional investment centre)
  std::string contact;  // how the publisher is reached: shown only after an introduction
};

struct Opportunity {
  std::int64_t id = 0;
  State state = State::submitted;
  Text text;
  std::string review_note;
  bool demo = false;
  std::int64_t created_by = 0;
  std::string created_by_name;
  std::string publisher_org_name, contact_org_name;
  std::string commune_fr, commune_ar;
  std::int64_t province_id = 0;
  std::string province_fr, province_ar;
  std::optional<double> lat, lon;
  std::string created_at, published_at;
};

// An "I'm interested" request: who the member is, what interests them, the amount they consider
// (optional), how to reach them. requested → introduced (an animator shares both sides'
// contacts) | declined (with a reason) | withdrawn (by the member).
enum class InterestState { requested, introduced, declined, withdrawn };
std::string_view name(InterestState s);
std::optional<InterestState> parse_interest_state(std::string_view s);

struct InterestText {
  std::string about;     // who they are ("ingénieure à Lyon, originaire de Taliouine")
  std::string interest;  // what interests them in this opportunity
  std::optional<std::int64_t> amount;  // minor units, in `currency`
  std::string currency = "MAD";
  std::string contact;  // how to reach them (e-mail or phone): shared only by the introduction
};

struct Interest {
  std::int64_t id = 0;
  std::int64_t opportunity_id = 0;
  std::string opportunity_title;
  std::int64_t member_id = 0;
  std::string member_name;
  InterestState state = InterestState::requested;
  InterestText text;
  std::string decision_note;
  std::string created_at, decided_at;
};

// The list's filters: 0 or "" = any. `q` is searched in the text (French, Arabic).
struct Filter {
  std::string sector, stage, kind, amount;  // amount: a bucket of kAmountBuckets
  std::int64_t commune_id = 0, province_id = 0;
  std::string q;
  int page = 1;
  int per_page = 20;
};

}  // namespace comdev::opportunities
