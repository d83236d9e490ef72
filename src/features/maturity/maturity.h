// The maturity path of a project: the stages of its lifecycle (projects.status) from idea to
// done, each with the checklist a project completes to enter it. A community's animators write
// the checklists (maturity_items); a project's carriers tick them with their evidence
// (maturity_ticks); some items are computed from what the platform already knows. Plain structs;
// std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::maturity {

// An item the platform computes instead of the carriers ticking it.
enum class Rule {
  none,              // ticked by the carriers
  confirmed_expert,  // an expert is in the project's team
  carrier_person,    // someone speaks for the project in its team (a carrier)
  need_recorded,     // the project lists at least one need
  study_uploaded,    // the team's documents hold a study (documents, kind "study")
  budget_uploaded,   // the team's documents hold a budget (documents, kind "budget")
};
inline constexpr std::array<Rule, 6> kRules = {Rule::none,           Rule::confirmed_expert,
                                               Rule::carrier_person, Rule::need_recorded,
                                               Rule::study_uploaded, Rule::budget_uploaded};
std::string_view name(Rule r);  // "" for none
std::optional<Rule> parse_rule(std::string_view s);

struct Item {
  std::int64_t id = 0;
  std::int64_t community_id = 0;
  std::string stage;
  int position = 0;
  std::string label_fr, label_ar;
  Rule rule = Rule::none;
};

struct Tick {
  std::int64_t item_id = 0;
  std::string note;  // the evidence, in the carrier's words
  std::string by_name;
  std::string at;
};

// What the computed items are computed from.
struct Facts {
  bool confirmed_expert = false;
  bool carrier_person = false;
  bool need_recorded = false;
  bool study_uploaded = false;
  bool budget_uploaded = false;
};

// An item as a project stands with it.
struct ItemState {
  Item item;
  bool done = false;
  std::string note, by_name, at;  // of the tick; empty for computed items
};

struct StageChecklist {
  std::string stage;
  std::vector<ItemState> items;
  bool complete() const;
};

// The whole path of one project.
struct Path {
  std::int64_t project_id = 0;
  std::int64_t community_id = 0;       // 0: the project belongs to no community (no checklist)
  std::string current;                 // projects.status
  std::vector<StageChecklist> stages;  // kStages order
};

// What a carrier's tick says.
struct TickInput {
  bool done = true;
  std::string note;
};

// A move along the lifecycle asked for by someone.
struct AdvanceInput {
  std::string from;  // the stage the form showed ("" : whatever it is now)
  std::string to;
  std::string note;             // for the dated history
  std::string override_reason;  // "" : no override asked
};

// An item an animator writes.
struct ItemInput {
  std::string stage;
  std::string label_fr, label_ar;
  Rule rule = Rule::none;
};

}  // namespace comdev::maturity
