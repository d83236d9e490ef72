#include "features/outbox/outbox_permissions.h"

#include <gtest/gtest.h>

namespace comdev::outbox {
namespace {

Config config(std::string listen, std::string smtp) {
  Config c;
  c.listen_host = std::move(listen);
  c.smtp_url = std::move(smtp);
  return c;
}

TEST(OutboxPermissions, LoopbackAddresses) {
  for (std::string_view a :
       {"127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "::ffff:127.0.0.1"}) {
    EXPECT_TRUE(is_loopback(a)) << a;
  }
  for (std::string_view a : {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "1270.0.0.1", "",
                             "example.org", "::ffff:10.0.0.1", "128.0.0.1"}) {
    EXPECT_FALSE(is_loopback(a)) << a;
  }
}

// Every combination of the three conditions: only all three together open the outbox.
TEST(OutboxPermissions, MatrixOfRelayListenAddressAndRequestAddress) {
  for (bool relay : {false, true}) {
    for (std::string listen : {"127.0.0.1", "0.0.0.0", "::1", "192.168.1.10"}) {
      for (std::string remote : {"127.0.0.1", "::1", "192.168.1.20", "203.0.113.5"}) {
        auto c = config(listen, relay ? "smtp://127.0.0.1:25" : "");
        bool expected = !relay && is_loopback(listen) && is_loopback(remote);
        auto d = can_read_outbox(c, remote);
        EXPECT_EQ(static_cast<bool>(d), expected) << relay << " " << listen << " " << remote;
        EXPECT_EQ(outbox_offered(c), !relay && is_loopback(listen));
        if (!d) {
          EXPECT_EQ(d.reason, "errors.not_found");
        }
      }
    }
  }
}

}  // namespace
}  // namespace comdev::outbox
