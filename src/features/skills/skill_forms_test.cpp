#include "features/skills/skill_forms.h"

#include <gtest/gtest.h>

namespace comdev::skills {
namespace {

std::vector<Skill> taxonomy() {
  std::vector<Skill> all(3);
  all[0].id = 1;
  all[0].slug = "water";
  all[1].id = 2;
  all[1].slug = "hydraulics";
  all[1].parent_id = 1;
  all[2].id = 3;
  all[2].slug = "energy";
  return all;
}

http::Form form(std::vector<std::pair<std::string, std::string>> fields) {
  http::Form f;
  for (auto& [k, v] : fields) f.add(k, v);
  return f;
}

std::vector<std::pair<std::string, std::string>> valid() {
  return {{"slug", "solar_pumping"},
          {"parent", "energy"},
          {"name_fr", "Pompage solaire"},
          {"name_ar", "الضخ الشمسي"},
          {"name_en", "Solar pumping"},
          {"synonyms_fr", " pompe solaire \r\n\r\nPV\r\npompe solaire"}};
}

std::vector<std::string> fields_of(const Result<SkillForm>& r) {
  std::vector<std::string> out;
  if (!r.ok()) {
    for (const auto& e : r.error().fields) out.push_back(e.field + ":" + e.message_id);
  }
  return out;
}

TEST(SkillForms, ANewSkillIsReadWithItsParentAndTrimmedSynonyms) {
  auto r = parse_skill_form(form(valid()), taxonomy(), 0);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->slug, "solar_pumping");
  EXPECT_EQ(r->edit.parent_id, 3);
  EXPECT_EQ(r->edit.synonyms.fr, (std::vector<std::string>{"pompe solaire", "PV"}));
  EXPECT_TRUE(r->edit.synonyms.ar.empty());
}

TEST(SkillForms, EachBadFieldIsNamed) {
  auto f = valid();
  f[0].second = "Solar pumping";
  f[1].second = "hydraulics";  // not a domain
  f[2].second = "";
  f[4].second = std::string(121, 'x');
  EXPECT_EQ(fields_of(parse_skill_form(form(f), taxonomy(), 0)),
            (std::vector<std::string>{"slug:skills.errors.slug", "name_fr:skills.errors.label",
                                      "name_en:skills.errors.label_long",
                                      "parent:skills.errors.parent"}));
}

TEST(SkillForms, ATakenSlugIsRefused) {
  auto f = valid();
  f[0].second = "water";
  EXPECT_EQ(fields_of(parse_skill_form(form(f), taxonomy(), 0)),
            (std::vector<std::string>{"slug:skills.errors.slug_taken"}));
}

TEST(SkillForms, AnEditIgnoresTheSlugAndRefusesADomainWithSkillsUnderAnother) {
  auto f = valid();
  f[0].second = "Not even valid";
  auto r = parse_skill_form(form(f), taxonomy(), 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->slug, "");
  EXPECT_EQ(fields_of(parse_skill_form(form(f), taxonomy(), 1)),
            (std::vector<std::string>{"parent:skills.errors.domain_with_skills"}));
  f[1].second = "";  // a domain stays a domain
  EXPECT_TRUE(parse_skill_form(form(f), taxonomy(), 1).ok());
}

TEST(SkillForms, TooManyOrTooLongSynonymsAreRefused) {
  auto f = valid();
  std::string many;
  for (int i = 0; i < 31; ++i) many += "s" + std::to_string(i) + "\n";
  f.push_back({"synonyms_ar", many});
  f.push_back({"synonyms_en", std::string(121, 'y')});
  EXPECT_EQ(fields_of(parse_skill_form(form(f), taxonomy(), 0)),
            (std::vector<std::string>{"synonyms_ar:skills.errors.synonyms_count",
                                      "synonyms_en:skills.errors.synonym_long"}));
}

TEST(SkillForms, InvalidUtf8IsRefusedAsAWhole) {
  auto f = valid();
  f[2].second = "\xC3";
  auto r = parse_skill_form(form(f), taxonomy(), 0);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message_id, "errors.form.invalid_utf8");
}

}  // namespace
}  // namespace comdev::skills
