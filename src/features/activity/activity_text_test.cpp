#include "features/activity/activity_text.h"

#include <gtest/gtest.h>

namespace comdev::activity {
namespace {

Entry entry(const char* kind, const char* who, const char* what) {
  Entry e;
  e.kind = kind;
  e.actor_name = who;
  e.subject = what;
  return e;
}

TEST(ActivityText, TheKindIsTheSentenceWithTheNamesIsolated) {
  auto fr = sentence(i18n::Lang::fr, entry(kTaskDone, "Nadia Ouhammou", "Relever les débits"));
  EXPECT_EQ(fr, "\u2068Nadia Ouhammou\u2069 a terminé la tâche « \u2068Relever les débits\u2069 »");
  auto ar = sentence(i18n::Lang::ar, entry(kJoined, "Nadia Ouhammou", ""));
  EXPECT_NE(ar.find("انضم"), std::string::npos);
  EXPECT_NE(ar.find("\u2068Nadia Ouhammou\u2069"), std::string::npos);
}

TEST(ActivityText, AnEventWithoutActorIsThePlatforms) {
  auto fr = sentence(i18n::Lang::fr, entry(kDecisionAdopted, "", "Retenir le devis A"));
  EXPECT_EQ(fr, "Décision adoptée : « \u2068Retenir le devis A\u2069 »");
  EXPECT_NE(sentence(i18n::Lang::en, entry(kJoined, "", "")).find("the platform"),
            std::string::npos);
}

}  // namespace
}  // namespace comdev::activity
