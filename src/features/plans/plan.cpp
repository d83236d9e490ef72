// is_priority, is_status, is_currency are defined with the import rules (plan_rules.cpp); this
// file is kept for the feature's plain types so each header has its translation unit.
#include "features/plans/plan.h"
