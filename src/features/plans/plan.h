// Development plans (PCD — plan communal de développement, or PAC): a commune's plan for a
// period, its strategic axes and the actions under them (title, priority, estimated budget, the
// douars concerned, status). A commune's verified representatives write it; anyone reads it; an
// action can become a project (/projects/new?action=ID).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "money/money.h"

namespace comdev::plans {

inline constexpr std::array<std::string_view, 3> kPriorities = {"high", "medium", "low"};
inline constexpr std::array<std::string_view, 4> kStatuses = {"planned", "in_progress", "done",
                                                              "abandoned"};
using money::kCurrencies;

struct Douar {
  std::int64_t id = 0;
  std::string slug, name_fr, name_ar;
};

struct PlanAction {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::int64_t axis_id = 0;
  std::string axis;  // the axis title
  std::string title;
  std::string priority;                      // high | medium | low
  std::optional<std::int64_t> budget_minor;  // estimated budget, minor units; none when unknown
  std::string currency = "MAD";
  std::string status = "planned";
  std::vector<Douar> douars;
};

struct Axis {
  std::int64_t id = 0;
  std::string title;
  std::vector<PlanAction> actions;
};

struct Plan {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation;  // the commune organisation's name
  std::int64_t territory_id = 0;
  std::string commune_fr, commune_ar;
  std::string title;
  int period_start = 0, period_end = 0;
  std::string summary;
  bool demo = false;
  std::int64_t action_count = 0;
  std::vector<Axis> axes;  // filled by plan_store::find only
};

// What a form or the demo data gives to create or change a plan.
struct NewPlan {
  std::int64_t organisation_id = 0;
  std::string title;
  int period_start = 0, period_end = 0;
  std::string summary;
};

// One action to add under the axis of that title (the axis is created when new).
struct NewAction {
  std::string axis;
  std::string title;
  std::string priority = "medium";
  std::optional<std::int64_t> budget_minor;
  std::string currency = "MAD";
  std::string status = "planned";
  std::vector<std::int64_t> douar_ids;
};

// An action as another feature sees it (projects pre-fill a new project from it).
struct ActionRef {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::string plan_title;
  std::int64_t organisation_id = 0;  // the commune organisation
  std::int64_t territory_id = 0;     // the commune
  std::string axis, title, priority, status, currency;
  std::optional<std::int64_t> budget_minor;
  std::vector<std::int64_t> douar_ids;
};

bool is_priority(std::string_view s);
bool is_status(std::string_view s);
using money::is_currency;

}  // namespace comdev::plans
