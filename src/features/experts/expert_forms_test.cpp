// The directory's query string: every filter by name, skills and places by id or slug (with what
// is below them), each bad value a field error naming the filter, per_page for the API only, and
// the pager's query string written back with only the filters that are set.
#include "features/experts/expert_forms.h"

#include <gtest/gtest.h>

namespace comdev::experts {
namespace {

const std::vector<SkillNode> kSkills = {
    {1, std::nullopt, "sanitation_domain", "Assainissement", "", "", 0, {}},
    {2, 1, "sanitation", "Assainissement liquide", "", "", 1, {}},
    {3, 1, "sanitation_studies", "Études d'assainissement", "", "", 2, {}}};
const std::vector<Place> kPlaces = {{11, std::nullopt, "province", "taroudant", "Taroudant", ""},
                                    {12, 11, "commune", "taliouine", "Taliouine", ""}};

http::Form form(std::vector<std::pair<std::string, std::string>> fields) {
  http::Form f;
  for (auto& [k, v] : fields) f.add(k, v);
  return f;
}

Parsed parse(std::vector<std::pair<std::string, std::string>> fields, bool api = false) {
  return parse_query(form(std::move(fields)), kSkills, kPlaces, api, "2026-11-23");
}

std::vector<std::string> fields_of(const Parsed& p) {
  std::vector<std::string> out;
  for (const auto& e : p.errors) out.push_back(e.field);
  return out;
}

TEST(ExpertForms, AnEmptyQueryListsEveryoneOnPageOne) {
  auto p = parse({});
  EXPECT_TRUE(p.errors.empty());
  EXPECT_EQ(p.query.page, 1);
  EXPECT_EQ(p.query.per_page, kPerPage);
  EXPECT_EQ(p.query.today, "2026-11-23");
  EXPECT_EQ(query_string(p.query, 1, kSkills, kPlaces), "");
}

TEST(ExpertForms, EveryFilterIsRead) {
  auto p = parse({{"q", "  hydraulique  "},
                  {"skill", "sanitation_domain"},
                  {"sector", "water"},
                  {"lang", "ar"},
                  {"country", "France"},
                  {"mode", "on_site"},
                  {"month", "2027-07"},
                  {"territory", "taroudant"},
                  {"heart", "1"},
                  {"page", "3"}});
  ASSERT_TRUE(p.errors.empty()) << p.errors.front().field;
  const Query& q = p.query;
  EXPECT_EQ(q.q, "hydraulique");
  EXPECT_EQ(q.words.size(), 1u);
  EXPECT_EQ(q.skill_id, 1);
  EXPECT_EQ(q.skill_ids, (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(q.sector, "water");
  EXPECT_EQ(q.lang, "ar");
  EXPECT_EQ(q.country, "France");
  EXPECT_EQ(q.mode, Mode::on_site);
  EXPECT_EQ(q.month_from, "2027-07-01");
  EXPECT_EQ(q.month_to, "2027-07-31");
  EXPECT_EQ(q.territory_id, 11);
  EXPECT_EQ(q.territory_ids, (std::vector<std::int64_t>{11, 12}));
  EXPECT_TRUE(q.heart);
  EXPECT_EQ(q.page, 3);
  EXPECT_EQ(query_string(q, 2, kSkills, kPlaces),
            "q=hydraulique&skill=sanitation_domain&sector=water&lang=ar&country=France&"
            "mode=on_site&month=2027-07&territory=taroudant&heart=1&page=2");
}

TEST(ExpertForms, SkillsAndPlacesAreNamedByIdOrSlug) {
  EXPECT_EQ(parse({{"skill", "3"}}).query.skill_ids, (std::vector<std::int64_t>{3}));
  EXPECT_EQ(parse({{"territory", "12"}}).query.territory_id, 12);
  EXPECT_EQ(parse({{"skill", "sanitation"}}).query.skill_id, 2);
}

TEST(ExpertForms, EachBadValueNamesItsFilter) {
  auto p = parse({{"skill", "999"},
                  {"sector", "mining"},
                  {"lang", "xx"},
                  {"mode", "both"},
                  {"month", "2027-13"},
                  {"territory", "atlantis"},
                  {"heart", "yes"},
                  {"page", "0"},
                  {"country", std::string(101, 'x')},
                  {"q", std::string(201, 'q')}});
  EXPECT_EQ(fields_of(p),
            (std::vector<std::string>{"q", "skill", "sector", "lang", "country", "mode", "month",
                                      "territory", "heart", "page"}));
  EXPECT_EQ(p.errors[1].message_id, "experts.errors.skill");
  // Nothing of a bad value is kept: the page runs without those filters.
  EXPECT_FALSE(p.query.skill_id);
  EXPECT_TRUE(p.query.skill_ids.empty());
  EXPECT_FALSE(p.query.territory_id);
  EXPECT_EQ(p.query.mode, Mode::any);
  EXPECT_EQ(p.query.page, 1);
}

TEST(ExpertForms, PerPageIsForTheApiOnly) {
  EXPECT_EQ(parse({{"per_page", "50"}}).query.per_page, kPerPage);
  EXPECT_EQ(parse({{"per_page", "50"}}, true).query.per_page, 50);
  EXPECT_EQ(fields_of(parse({{"per_page", "101"}}, true)), (std::vector<std::string>{"per_page"}));
  EXPECT_EQ(fields_of(parse({{"per_page", "-1"}}, true)), (std::vector<std::string>{"per_page"}));
}

TEST(ExpertForms, HeartAcceptsZeroAndOne) {
  EXPECT_FALSE(parse({{"heart", "0"}}).query.heart);
  EXPECT_TRUE(parse({{"heart", "true"}}).query.heart);
}

}  // namespace
}  // namespace comdev::experts
