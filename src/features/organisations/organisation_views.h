// Pieces the organisation pages share: type labels from the catalogue, territory options for
// the forms and filters, names in the reader's language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/organisations/organisation.h"
#include "i18n/lang.h"
#include "store/db.h"

namespace comdev::organisations {

struct Option {
  std::string value, label;
  bool selected = false;
};

// The catalogue text naming an organisation type ("commune" -> "Commune").
std::string type_label(i18n::Lang lang, std::string_view type);
std::vector<Option> type_options(i18n::Lang lang, std::string_view selected);
// Every territory as a select option, indented under its parent.
Result<std::vector<Option>> territory_options(store::Db& db, i18n::Lang lang,
                                              std::int64_t selected);
std::string territory_name(const Organisation& o, i18n::Lang lang);

}  // namespace comdev::organisations
