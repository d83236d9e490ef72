#include "features/activity/activity_text.h"

#include "i18n/catalogue.h"
#include "i18n/message.h"

namespace comdev::activity {

namespace {

// A name or a title inside a sentence of another direction ("Nadia Ouhammou" in Arabic, an Arabic
// title in French) is isolated (U+2068 … U+2069), so it neither reorders the sentence around it
// nor is reordered by it.
std::string isolated(const std::string& s) {
  return "\u2068" + s + "\u2069";
}

}  // namespace

std::string sentence(i18n::Lang lang, const Entry& e) {
  std::string who = e.actor_name;
  if (who.empty()) who = std::string(i18n::catalogue(lang).text("activity.nobody"));
  return i18n::format(lang, e.kind, {{"who", isolated(who)}, {"what", isolated(e.subject)}});
}

}  // namespace comdev::activity
