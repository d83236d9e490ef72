// Reading the plan and action forms: trimmed text, length and UTF-8 limits, field errors as
// catalogue keys (plans.form.errors.*). The organisation must still be checked as a commune the
// actor may write for (plan_pages does, with the store).
#pragma once

#include "core/result.h"
#include "features/plans/plan.h"
#include "http/form.h"

namespace comdev::plans {

// Fields: organisation, title, period_start, period_end, summary.
Result<NewPlan> parse_plan(const http::Form& form);
// Fields: axis (an existing axis title chosen) or new_axis (typed), title, priority, budget
// (an amount as people write it), currency, status, douars (territory ids, repeated).
Result<NewAction> parse_action(const http::Form& form);

}  // namespace comdev::plans
