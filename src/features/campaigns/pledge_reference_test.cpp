#include "features/campaigns/pledge_reference.h"

#include <gtest/gtest.h>

#include <set>

namespace comdev::campaigns {
namespace {

TEST(PledgeReference, AKnownPayloadHasItsCheckSymbol) {
  // 1023 → "000000ZZ"; 1023 mod 37 = 24 → "R".
  auto r = reference_for(1023);
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "000000ZZR");
  EXPECT_EQ(display_reference(*r), "000-000-ZZR");
}

TEST(PledgeReference, PayloadsWhoseCheckIsNotAlphanumericAreRefused) {
  // 32 mod 37 = 32 → "*": a bank would strip it from the label.
  EXPECT_FALSE(reference_for(32));
  EXPECT_TRUE(reference_for(31));
}

TEST(PledgeReference, NewReferencesAreValidDistinctAndAlphanumeric) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    auto r = new_reference();
    ASSERT_EQ(r.size(), kReferenceLength);
    for (char c : r) EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c))) << r;
    EXPECT_EQ(parse_reference(r), r);
    seen.insert(r);
  }
  EXPECT_EQ(seen.size(), 2000u);
}

TEST(PledgeReference, TypingIsForgiving) {
  auto r = *reference_for(0x12345678ABull);
  auto shown = display_reference(r);
  std::string lower;
  for (char c : shown) lower.push_back(static_cast<char>(std::tolower(c)));
  EXPECT_EQ(parse_reference(lower), r);
  EXPECT_EQ(parse_reference(" " + shown.substr(0, 3) + " " + shown.substr(4) + " "), r);
  // O for 0 and I or L for 1, as people misread them.
  EXPECT_EQ(parse_reference("OOO-OOO-ZZR"), "000000ZZR");
  auto one = *reference_for(1057);  // "00000111" + "N"
  std::string with_l = one;
  with_l[6] = 'L';
  with_l[7] = 'i';
  EXPECT_EQ(parse_reference(with_l), one);
}

TEST(PledgeReference, AWrongCheckSymbolIsDetected) {
  auto r = *reference_for(0xA5A5A5A5A5ull);
  for (char c : std::string("0123456789ABCDEFGHJKMNPQRSTVWXYZ")) {
    if (c == r[8]) continue;
    std::string wrong = r;
    wrong[8] = c;
    EXPECT_FALSE(parse_reference(wrong)) << wrong;
  }
}

TEST(PledgeReference, EverySingleSymbolChangeAndAdjacentSwapIsDetected) {
  auto r = *reference_for(0x0F1E2D3C4Bull);
  const std::string symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  for (std::size_t i = 0; i < 8; ++i) {
    for (char c : symbols) {
      if (c == r[i]) continue;
      std::string wrong = r;
      wrong[i] = c;
      EXPECT_FALSE(parse_reference(wrong)) << wrong;
    }
  }
  for (std::size_t i = 0; i + 1 < 8; ++i) {
    if (r[i] == r[i + 1]) continue;
    std::string swapped = r;
    std::swap(swapped[i], swapped[i + 1]);
    EXPECT_FALSE(parse_reference(swapped)) << swapped;
  }
}

TEST(PledgeReference, MalformedInputIsRefused) {
  EXPECT_FALSE(parse_reference(""));
  EXPECT_FALSE(parse_reference("000000ZZ"));
  EXPECT_FALSE(parse_reference("000000ZZRR"));
  EXPECT_FALSE(parse_reference("00000UZZR"));  // U is only a check symbol
  EXPECT_FALSE(parse_reference("000000Z#R"));
}

TEST(PledgeReference, TheStandardsExtraCheckSymbolsAreRead) {
  // 32 → "*": never made here, but valid Crockford.
  EXPECT_EQ(parse_reference("00000010*"), "00000010*");
}

TEST(PledgeReference, ReferencesAreFoundInBankLabels) {
  auto r = *reference_for(0x3C4B5A6978ull);
  auto shown = display_reference(r);
  EXPECT_EQ(references_in("VIR SEPA M DUPONT DON " + shown + " MERCI"),
            std::vector<std::string>{r});
  EXPECT_EQ(references_in("VIR/" + r + "/ASSO"), std::vector<std::string>{r});
  // Re-spaced by the bank.
  EXPECT_EQ(references_in("DON " + r.substr(0, 4) + " " + r.substr(4)),
            std::vector<std::string>{r});
  EXPECT_TRUE(references_in("VIREMENT RECU DE M. AMRANI").empty());
  // Glued to other text, it is not guessed at.
  EXPECT_TRUE(references_in("REF" + r).empty());
  auto other = *reference_for(0x1111111111ull);
  EXPECT_EQ(references_in(r + " ET " + other), (std::vector<std::string>{r, other}));
  EXPECT_EQ(references_in(r + " " + r), std::vector<std::string>{r});
}

}  // namespace
}  // namespace comdev::campaigns
