// The words of the team in the reader's language: role kinds and the notices after an action.
// Each catalogue key is spelled whole, so the unused-key test sees it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "features/teams/team.h"
#include "features/teams/team_views.h"
#include "i18n/lang.h"

namespace comdev::teams {

std::string kind_label(i18n::Lang lang, RoleKind k);
// The four kinds as the options of a select, `selected` chosen.
std::vector<Option> kind_options(i18n::Lang lang, RoleKind selected);
// The notice of `?done=…` on the team page ("" for an unknown word).
std::string notice(i18n::Lang lang, std::string_view done);
// The text and address of one of this feature's notifications.
std::string notification_text(i18n::Lang lang, std::string_view kind, std::string_view project,
                              std::string_view other);

}  // namespace comdev::teams
