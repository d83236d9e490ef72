#include "features/activity/activity_text.h"

#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::activity {

std::string sentence(i18n::Lang lang, const Entry& e) {
  std::string who = e.actor_name;
  if (who.empty()) who = std::string(i18n::catalogue(lang).text("activity.nobody"));
  return i18n::format(lang, e.kind, {{"who", who}, {"what", e.subject}});
}

}  // namespace comdev::activity
