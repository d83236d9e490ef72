#include "features/system/system_module.h"

#include <gtest/gtest.h>

namespace comdev::system {
namespace {

TEST(SafeNext, KeepsLocalPaths) {
  EXPECT_EQ(safe_next("/contact?sent=1"), "/contact?sent=1");
  EXPECT_EQ(safe_next("/"), "/");
}

TEST(SafeNext, RefusesOtherSitesAndOddInput) {
  for (auto bad : {"", "https://evil.example/", "//evil.example", "/\\evil.example", "contact",
                   "/a\r\nSet-Cookie: x=1"}) {
    EXPECT_EQ(safe_next(bad), "/") << bad;
  }
}

}  // namespace
}  // namespace comdev::system
