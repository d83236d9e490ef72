#include "features/map/map_forms.h"

#include <gtest/gtest.h>

namespace comdev::map {
namespace {

std::string first_field(const Result<Filter>& r) {
  return r ? "" : r.error().fields.at(0).message_id;
}

TEST(MapForms, EmptyMeansEverything) {
  auto f = validate({"", "", "", ""}, 20);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->sector, "");
  EXPECT_EQ(f->status, "");
  EXPECT_EQ(f->territory_id, 0);
  EXPECT_EQ(f->limit, 20);
  EXPECT_EQ(f->offset, 0);
}

TEST(MapForms, KnownValues) {
  auto f = validate({"water", "in_progress", "12", "3"}, 20);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->sector, "water");
  EXPECT_EQ(f->status, "in_progress");
  EXPECT_EQ(f->territory_id, 12);
  EXPECT_EQ(f->offset, 40);
  for (auto s : {"idea", "maturing", "ready", "funding", "in_progress", "done", "capitalised"}) {
    EXPECT_TRUE(is_status(s)) << s;
  }
}

TEST(MapForms, UnknownValuesAreRefused) {
  EXPECT_EQ(first_field(validate({"mining", "", "", ""}, 20)), "map.errors.sector");
  EXPECT_EQ(first_field(validate({"", "finished", "", ""}, 20)), "map.errors.status");
  EXPECT_EQ(first_field(validate({"", "", "abc", ""}, 20)), "map.errors.territory");
  EXPECT_EQ(first_field(validate({"", "", "0", ""}, 20)), "map.errors.territory");
  EXPECT_EQ(first_field(validate({"", "", "", "0"}, 20)), "map.errors.page");
  EXPECT_EQ(first_field(validate({"", "", "", "1001"}, 20)), "map.errors.page");
  EXPECT_EQ(first_field(validate({"", "", "", "2x"}, 20)), "map.errors.page");
}

}  // namespace
}  // namespace comdev::map
