// is_priority and is_status are defined with the import rules (plan_rules.cpp); this
// file is kept for the feature's plain types so each header has its translation unit.
#include "features/plans/plan.h"
