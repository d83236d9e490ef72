#include "core/email.h"

#include <gtest/gtest.h>

namespace comdev::core {
namespace {

TEST(Email, PlausibleAddresses) {
  for (auto ok : {"x@y.ma", "elue.tafraout@commune.example.org", "a+b@c.fr"}) {
    EXPECT_TRUE(plausible_email(ok)) << ok;
  }
  for (auto bad : {"", "x@y", "@y.ma", "x@@y.ma", "x y@z.ma", "x@y.ma.", "x@.ma", "<x@y.ma>",
                   "x@y.ma\r\nBcc: z@w.ma", "a(b)@c.ma"}) {
    EXPECT_FALSE(plausible_email(bad)) << bad;
  }
}

TEST(Email, NormalFormTrimsAndLowersAscii) {
  EXPECT_EQ(normalise_email("  Elue@Example.ORG\n"), "elue@example.org");
}

}  // namespace
}  // namespace comdev::core
