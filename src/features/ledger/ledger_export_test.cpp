// The accountant's journal: balanced lines per kind, reversals swapped, skills only once
// confirmed, formula injection neutralised in CSV cells, and an XLSX that is a real workbook.
#include "features/ledger/ledger_export.h"

#include <gtest/gtest.h>

#include "core/csv.h"

namespace comdev::ledger::exporting {
namespace {

Entry entry(std::int64_t id, Kind k, std::int64_t minor) {
  Entry e;
  e.id = id;
  e.seq = id;
  e.project_id = 1;
  e.kind = k;
  e.amount_minor = minor;
  e.currency = "MAD";
  e.occurred_on = "2026-11-0" + std::to_string(id % 10);
  e.label = "Entrée " + std::to_string(id);
  return e;
}

std::int64_t debit_sum(const std::vector<Line>& ls) {
  std::int64_t s = 0;
  for (const auto& l : ls) s += l.debit_minor - l.credit_minor;
  return s;
}

TEST(LedgerExport, EachKindGivesTwoBalancedLines) {
  Journal j;
  const std::pair<Kind, std::string> expected[] = {{Kind::money_in, "512"},
                                                   {Kind::grant, "512"},
                                                   {Kind::money_out, "606"},
                                                   {Kind::material, "860"}};
  std::int64_t id = 1;
  for (const auto& [k, debit_account] : expected) {
    auto lines = j.feed(entry(id++, k, 12345));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].account, debit_account);
    EXPECT_EQ(lines[0].debit_minor, 12345);
    EXPECT_EQ(lines[1].credit_minor, 12345);
    EXPECT_EQ(debit_sum(lines), 0);
  }
}

TEST(LedgerExport, ASkillCountsOnceConfirmedAndAReversalSwaps) {
  Journal j;
  EXPECT_TRUE(j.feed(entry(1, Kind::skill, 60000)).empty());
  auto confirm = entry(2, Kind::confirmation, 60000);
  confirm.confirms_entry_id = 1;
  auto c = j.feed(confirm);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].account, "864");
  EXPECT_EQ(c[1].account, "870");
  auto rev = entry(3, Kind::reversal, 60000);
  rev.reverses_entry_id = 1;
  rev.label = "Heures comptées deux fois";
  auto r = j.feed(rev);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].account, "870");
  EXPECT_EQ(r[0].debit_minor, 60000);
  EXPECT_EQ(r[1].account, "864");
  EXPECT_EQ(r[0].label, "Heures comptées deux fois (#1)");

  Journal k;
  (void)k.feed(entry(1, Kind::skill, 500));
  auto pending_rev = entry(2, Kind::reversal, 500);
  pending_rev.reverses_entry_id = 1;
  EXPECT_TRUE(k.feed(pending_rev).empty());  // never counted, nothing to undo
}

TEST(LedgerExport, FormulaCellsAreNeutralised) {
  for (const char* bad : {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
    EXPECT_EQ(neutralise(bad), std::string("'") + bad);
  }
  EXPECT_EQ(neutralise("Ciment"), "Ciment");
  EXPECT_EQ(neutralise(""), "");
}

TEST(LedgerExport, CsvReadsBackWithItsColumnsAndDecimals) {
  Journal j;
  auto e = entry(1, Kind::money_out, 125050);
  e.label = "=cmd|' /C calc'!A0, \"urgent\"";
  e.piece = "F-14";
  std::string out = csv_header();
  for (const auto& l : j.feed(e)) append_csv(out, l);
  ASSERT_TRUE(out.starts_with("\xEF\xBB\xBF"));
  auto records = core::csv::parse(std::string_view(out).substr(3), ',');
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 3u);
  EXPECT_EQ((*records)[0].fields[0], "date");
  const auto& first = (*records)[1].fields;
  ASSERT_EQ(first.size(), 9u);
  EXPECT_EQ(first[1], "F-14");
  EXPECT_EQ(first[2], "606");
  EXPECT_EQ(first[4], "1250.50");
  EXPECT_EQ(first[5], "");
  EXPECT_EQ(first[6], "'=cmd|' /C calc'!A0, \"urgent\"");
  EXPECT_EQ((*records)[2].fields[5], "1250.50");
}

TEST(LedgerExport, XlsxIsAZipWorkbook) {
  Journal j;
  std::vector<Line> lines = j.feed(entry(1, Kind::grant, 100));
  auto book = xlsx(lines, "Château d'eau: [2026]");
  ASSERT_TRUE(book.ok());
  ASSERT_GT(book->size(), 1000u);
  EXPECT_EQ(book->substr(0, 2), "PK");
  EXPECT_NE(book->find("xl/worksheets/sheet1.xml"), std::string::npos);
}

}  // namespace
}  // namespace comdev::ledger::exporting
