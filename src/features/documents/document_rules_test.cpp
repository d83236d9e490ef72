#include "features/documents/document_rules.h"

#include <gtest/gtest.h>

#include "features/documents/document.h"

namespace comdev::documents {
namespace {

TEST(DocumentRules, TheSameTitleIgnoresBlanksAndAsciiCase) {
  EXPECT_EQ(title_key("  Étude  de\tFaisabilité "), "Étude de faisabilité");
  EXPECT_EQ(title_key("Étude DE Faisabilité"), "Étude de faisabilité");
  EXPECT_NE(title_key("Étude A"), title_key("Étude B"));
  EXPECT_EQ(title_key("دراسة  الجدوى"), "دراسة الجدوى");
}

TEST(DocumentRules, ATitleFromAFileName) {
  EXPECT_EQ(title_from_filename("etude_faisabilite-v2.pdf"), "etude faisabilite v2");
  EXPECT_EQ(title_from_filename("دراسة.pdf"), "دراسة");
  EXPECT_EQ(title_from_filename(".pdf"), ".pdf");
  EXPECT_EQ(title_from_filename(""), "");
}

TEST(DocumentRules, TheQuotaCountsWhatIsThereAndWhatComes) {
  EXPECT_TRUE(within_quota(0, 1000, 1000));
  EXPECT_TRUE(within_quota(400, 600, 1000));
  auto refused = within_quota(999'000'000, 2'000'000, 1'000'000'000);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message_id, "documents.errors.quota");
  EXPECT_EQ(refused.error().params, (std::vector<std::pair<std::string, std::string>>{
                                        {"used", "999.0"}, {"quota", "1000.0"}}));
}

TEST(DocumentKinds, RoundTripThroughTheirNames) {
  for (Kind k : kKinds) EXPECT_EQ(parse_kind(name(k)), k);
  EXPECT_FALSE(parse_kind("svg"));
  EXPECT_FALSE(parse_kind(""));
}

}  // namespace
}  // namespace comdev::documents
