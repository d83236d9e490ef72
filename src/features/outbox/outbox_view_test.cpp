#include "features/outbox/outbox_view.h"

#include <gtest/gtest.h>

namespace comdev::outbox {
namespace {

TEST(OutboxView, LinksAddressesAndEscapesTheRest) {
  EXPECT_EQ(linkify("Confirmez : http://localhost:8080/account/confirm?token=a&b=1.\nMerci <3"),
            "Confirmez : <a href=\"http://localhost:8080/account/confirm?token=a&amp;b=1\">"
            "http://localhost:8080/account/confirm?token=a&amp;b=1</a>.\nMerci &lt;3");
}

TEST(OutboxView, TextWithoutAddressesIsOnlyEscaped) {
  EXPECT_EQ(linkify("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
}

TEST(OutboxView, AQuoteEndsAnAddressSoNoAttributeCanBeInjected) {
  EXPECT_EQ(linkify("https://x.org/\"onmouseover=1"),
            "<a href=\"https://x.org/\">https://x.org/</a>&quot;onmouseover=1");
}

TEST(OutboxView, JavascriptIsNeverALink) {
  EXPECT_EQ(linkify("javascript:alert(1)"), "javascript:alert(1)");
}

}  // namespace
}  // namespace comdev::outbox
