#include "features/campaigns/statement.h"

#include <gtest/gtest.h>

#include "features/campaigns/pledge_reference.h"

namespace comdev::campaigns {
namespace {

const std::string kRef = *reference_for(0x3C4B5A6978ull);
const std::string kOther = *reference_for(0x1111111111ull);

// The French bank's usual export: BOM, ';', the account's details above the header, separate
// debit and credit columns, comma decimals, thousands grouped by a space, CRLF and LF mixed.
std::string french_utf8() {
  return "\xEF\xBB\xBF"
         "Compte courant association;FR76 3000 6000 0112 3456 7890 189\r\n"
         "\r\n"
         "Date;Libellé;Débit;Crédit\r\n"
         "02/12/2026;VIR SEPA RECU DE M AMRANI DON " +
         display_reference(kRef) +
         ";;1 234,56\n"
         "03/12/2026;PRLV FRAIS TENUE DE COMPTE;12,00;\r\n"
         "04/12/2026;\"VIR RECU; MME OUALI\";;50,00\n";
}

TEST(Statement, AFrenchUtf8StatementWithBomAndMixedLineEnds) {
  auto st = parse_statement(french_utf8());
  ASSERT_TRUE(st) << st.error().message_id;
  ASSERT_EQ(st->credits.size(), 2u);
  EXPECT_EQ(st->debits, 1);
  const auto& a = st->credits[0];
  EXPECT_EQ(a.line, 4u);
  EXPECT_EQ(a.booked_on, "02/12/2026");
  EXPECT_EQ(a.amount_minor, 123456);
  EXPECT_EQ(a.references, std::vector<std::string>{kRef});
  EXPECT_EQ(a.hash.size(), 64u);
  const auto& b = st->credits[1];
  EXPECT_EQ(b.label, "VIR RECU; MME OUALI");
  EXPECT_EQ(b.amount_minor, 5000);
  EXPECT_TRUE(b.references.empty());  // an unknown donor: left for the treasurer
}

TEST(Statement, Windows1252GivesTheSameLinesAndHashes) {
  std::string cp1252 =
      "Date;Libell\xE9;D\xE9"
      "bit;Cr\xE9"
      "dit\r\n"
      "02/12/2026;VIR SEPA RECU DE M AMRANI DON " +
      display_reference(kRef) + ";;1 234,56\r\n";
  std::string utf8 = "Date;Libellé;Débit;Crédit\n02/12/2026;VIR SEPA RECU DE M AMRANI DON " +
                     display_reference(kRef) + ";;1 234,56\n";
  auto a = parse_statement(cp1252);
  auto b = parse_statement(utf8);
  ASSERT_TRUE(a && b);
  ASSERT_EQ(a->credits.size(), 1u);
  ASSERT_EQ(b->credits.size(), 1u);
  EXPECT_EQ(a->credits[0].references, std::vector<std::string>{kRef});
  EXPECT_EQ(a->credits[0].hash, b->credits[0].hash);
}

TEST(Statement, ColumnsAreFoundInAnyOrderWithASignedAmount) {
  std::string csv =
      "Montant (EUR);Date valeur;Référence;Date opération;Libellé;Devise\n"
      "\"1.500,00\";05/12/2026;" +
      kOther +
      ";04/12/2026;VIREMENT;EUR\n"
      "-30,00;05/12/2026;;04/12/2026;CARTE 1234;EUR\n"
      "+20,5;06/12/2026;;06/12/2026;DON " +
      kRef + ";EUR\n";
  auto st = parse_statement(csv);
  ASSERT_TRUE(st) << st.error().message_id;
  ASSERT_EQ(st->credits.size(), 2u);
  EXPECT_EQ(st->debits, 1);
  EXPECT_EQ(st->credits[0].amount_minor, 150000);
  EXPECT_EQ(st->credits[0].booked_on, "04/12/2026");  // the operation's date, not the value date
  EXPECT_EQ(st->credits[0].currency, "EUR");
  EXPECT_EQ(st->credits[0].references, std::vector<std::string>{kOther});
  EXPECT_EQ(st->credits[1].amount_minor, 2050);
  EXPECT_EQ(st->credits[1].references, std::vector<std::string>{kRef});
}

TEST(Statement, AReferenceWithAWrongCheckSymbolIsNotFound) {
  std::string wrong = kRef;
  wrong[8] = wrong[8] == 'A' ? 'B' : 'A';
  auto st = parse_statement("Date,Label,Amount\n2026-12-02,DON " + wrong + ",100.00\n");
  ASSERT_TRUE(st);
  ASSERT_EQ(st->credits.size(), 1u);
  EXPECT_TRUE(st->credits[0].references.empty());
}

TEST(Statement, IdenticalLinesAreTwoLinesWithTwoHashes) {
  std::string line = "01/12/2026;DON ANONYME;;10,00\n";
  auto st = parse_statement("Date;Libellé;Débit;Crédit\n" + line + line);
  ASSERT_TRUE(st);
  ASSERT_EQ(st->credits.size(), 2u);
  EXPECT_NE(st->credits[0].hash, st->credits[1].hash);
  // The first of them is the same line in another file that holds it once.
  auto once = parse_statement("Date;Libellé;Débit;Crédit\r\n" + line);
  ASSERT_TRUE(once);
  EXPECT_EQ(once->credits[0].hash, st->credits[0].hash);
}

TEST(Statement, UnreadableAmountsAreNamedByLine) {
  auto st = parse_statement("Date;Libellé;Crédit\n01/12/2026;DON;abc\n02/12/2026;DON;10,00\n");
  ASSERT_TRUE(st);
  EXPECT_EQ(st->unreadable, std::vector<std::size_t>{2});
  EXPECT_EQ(st->credits.size(), 1u);
}

TEST(Statement, AFileWithoutUsableColumnsIsRefused) {
  auto st = parse_statement("Nom;Prénom\nAmrani;Said\n");
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().message_id, "campaigns.statement.no_columns");
  EXPECT_FALSE(parse_statement(""));
}

}  // namespace
}  // namespace comdev::campaigns
