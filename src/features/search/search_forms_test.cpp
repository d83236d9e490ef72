#include "features/search/search_forms.h"

#include <gtest/gtest.h>

namespace comdev::search_feature {
namespace {

std::string first_field(const Result<Request>& r) {
  return r ? "" : r.error().fields.at(0).message_id;
}

TEST(SearchForms, Defaults) {
  auto r = validate({"  eau potable ", "", "", ""}, 20);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->q, "eau potable");
  EXPECT_FALSE(r->kind);
  EXPECT_EQ(r->page, 1);
  EXPECT_EQ(r->per_page, 20);
}

TEST(SearchForms, TypeAndPage) {
  auto r = validate({"puits", "need", "3", "50"}, 20);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, Kind::need);
  EXPECT_EQ(r->page, 3);
  EXPECT_EQ(r->per_page, 50);
  EXPECT_EQ(first_field(validate({"x", "planet", "", ""}, 20)), "search.errors.type");
  for (const char* page : {"0", "-1", "501", "abc", "1.5", "2x"}) {
    EXPECT_EQ(first_field(validate({"x", "", page, ""}, 20)), "search.errors.page") << page;
  }
  EXPECT_EQ(first_field(validate({"x", "", "", "101"}, 20)), "errors.invalid");
  EXPECT_TRUE(validate({"x", "", "500", "100"}, 20));
}

TEST(SearchForms, QueryLengthCountsCharacters) {
  std::string arabic;
  for (int i = 0; i < 200; ++i) arabic += "م";  // 200 characters, 400 bytes
  EXPECT_TRUE(validate({arabic, "", "", ""}, 20));
  EXPECT_EQ(first_field(validate({arabic + "م", "", "", ""}, 20)), "search.errors.query");
  EXPECT_EQ(first_field(validate({"eau\xFF", "", "", ""}, 20)), "search.errors.query");
}

TEST(SearchForms, EmptyQueryIsValid) {
  auto r = validate({"", "", "", ""}, 20);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->q.empty());
}

TEST(SearchForms, KindsAndUrls) {
  for (Kind k : {Kind::project, Kind::need, Kind::organisation}) {
    EXPECT_EQ(parse_kind(kind_code(k)), k);
  }
  EXPECT_EQ(url_of(Kind::project, 12), "/projects/12");
  EXPECT_EQ(url_of(Kind::need, 3), "/needs/3");
  EXPECT_EQ(url_of(Kind::organisation, 7), "/organisations/7");
}

}  // namespace
}  // namespace comdev::search_feature
