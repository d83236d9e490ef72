// An event's sentence in the reader's language: its kind is the catalogue key, {who} the actor
// ("Nadia Ouhammou"; the platform's name when nobody acted), {what} the subject.
#pragma once

#include <string>

#include "features/activity/activity.h"
#include "i18n/lang.h"

namespace comdev::activity {

std::string sentence(i18n::Lang lang, const Entry& e);

}  // namespace comdev::activity
