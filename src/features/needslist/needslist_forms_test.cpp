// Reading the list's filters from a query string, and writing them back into links.
#include "features/needslist/needslist_forms.h"

#include <gtest/gtest.h>

namespace comdev::needslist {
namespace {

Dictionary dictionary() {
  Dictionary d;
  d.places[1] = {1, 0, "province", "tiznit", "Tiznit", ""};
  d.places[2] = {2, 1, "commune", "tafraout", "Tafraout", ""};
  d.place_by_slug = {{"tiznit", 1}, {"tafraout", 2}};
  d.skills[7] = {7, "sanitation", "Assainissement", "", ""};
  d.skill_by_slug = {{"sanitation", 7}};
  return d;
}

http::Form form(const std::string& query) {
  auto f = http::parse_query(query);
  EXPECT_TRUE(f.ok());
  return f.ok() ? *f : http::Form{};
}

TEST(ListRequest, ReadsEachFilterByNameIdOrSlug) {
  auto d = dictionary();
  auto r = parse_list_request(
      form("type=material&skill=sanitation&sector=health&commune=tafraout&province=1"
           "&mode=both&period=2027-07&page=3"),
      d, false);
  EXPECT_TRUE(r.errors.empty());
  const auto& f = r.query.filters;
  EXPECT_EQ(f[0], 2);  // material
  EXPECT_EQ(f[1], 7);
  EXPECT_EQ(f[2], 4);  // health is kSectors[4]
  EXPECT_EQ(f[3], 2);
  EXPECT_EQ(f[4], 1);
  EXPECT_EQ(f[5], 2);  // both
  EXPECT_EQ(f[6], parse_month("2027-07"));
  EXPECT_EQ(r.query.page, 3);
  EXPECT_EQ(query_string(r.query, d, 3),
            "type=material&skill=sanitation&sector=health&commune=2&province=1&mode=both"
            "&period=2027-07&page=3");
  EXPECT_EQ(query_string(Query{}, d, 1), "");
}

TEST(ListRequest, NamesEveryBadField) {
  auto d = dictionary();
  auto r = parse_list_request(form("type=gift&commune=tiznit&province=tafraout&skill=99"
                                   "&period=2027-7&page=0&per_page=500"),
                              d, true);
  std::vector<std::string> fields;
  for (const auto& e : r.errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"type", "skill", "commune", "province", "period",
                                              "page", "per_page"}));
  EXPECT_FALSE(r.query.filters[0]) << "a bad value filters nothing";
}

TEST(ListRequest, PerPageIsForTheApiAndKindMeansType) {
  auto d = dictionary();
  EXPECT_EQ(parse_list_request(form("per_page=50"), d, false).query.per_page, kPerPage);
  EXPECT_EQ(parse_list_request(form("per_page=50"), d, true).query.per_page, 50);
  EXPECT_EQ(parse_list_request(form("kind=funding"), d, false).query.filters[0], 1);
  EXPECT_EQ(parse_list_request(form("type=skill&kind=funding"), d, false).query.filters[0], 0);
}

}  // namespace
}  // namespace comdev::needslist
