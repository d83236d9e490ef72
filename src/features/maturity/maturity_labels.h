// The maturity path in the reader's language, shared by the section of the project's page and
// the path's own page: the row of stages, a checklist's rows, and the short sentences that say
// where a project stands and what it lacks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "features/maturity/maturity.h"
#include "features/maturity/maturity_views.h"
#include "i18n/lang.h"

namespace comdev::maturity {

std::string stage_label(i18n::Lang lang, std::string_view stage);
std::string rule_label(i18n::Lang lang, Rule rule);
std::vector<StepView> steps(i18n::Lang lang, std::string_view current);
// "Étape 2 sur 6 : En maturation"; the status off the path ("capitalised") is named alone.
std::string where_text(i18n::Lang lang, std::string_view current);
// "Il manque 2 éléments" (plural forms by ICU).
std::string missing_text(i18n::Lang lang, std::size_t missing);

// A checklist's rows. `evidence`: the notes and who ticked are shown; `tick_base`: the URL the
// tick forms post to ("/projects/4/maturity/items/"), "" when the reader may not tick.
std::vector<ItemRow> item_rows(i18n::Lang lang, const std::vector<ItemState>& items, bool evidence,
                               const std::string& tick_base);

}  // namespace comdev::maturity
