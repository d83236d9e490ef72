#include "core/csv.h"

#include <gtest/gtest.h>

namespace comdev::core::csv {
namespace {

std::vector<std::vector<std::string>> fields(const Result<std::vector<Record>>& r) {
  std::vector<std::vector<std::string>> out;
  for (const auto& rec : *r) out.push_back(rec.fields);
  return out;
}

TEST(Csv, CommaSeparatedWithCrlf) {
  auto r = parse("name,email\r\nAmina,amina@example.org\r\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(fields(r), (std::vector<std::vector<std::string>>{{"name", "email"},
                                                              {"Amina", "amina@example.org"}}));
  EXPECT_EQ((*r)[1].line, 2u);
}

TEST(Csv, FrenchExcelUsesSemicolons) {
  EXPECT_EQ(detect_separator("name;email;origin;skills\n"), ';');
  EXPECT_EQ(detect_separator("name,email,origin,skills\n"), ',');
  // Commas inside a quoted field do not count.
  EXPECT_EQ(detect_separator("\"a,b,c\";x;y\n"), ';');
  auto r = parse("name;skills\nYoussef;plomberie, soudure\n");
  ASSERT_TRUE(r);
  EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"Youssef", "plomberie, soudure"}));
}

TEST(Csv, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
  auto r = parse("a,b\n\"x, y\",\"il a dit \"\"oui\"\"\"\n\"deux\nlignes\",z\nlast,row", ',');
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"x, y", "il a dit \"oui\""}));
  EXPECT_EQ((*r)[2].fields, (std::vector<std::string>{"deux\nlignes", "z"}));
  EXPECT_EQ((*r)[2].line, 3u);
  EXPECT_EQ((*r)[3].line, 5u);  // the quoted line break counts as a line of the file
}

TEST(Csv, BlankLinesAreSkippedEmptyFieldsKept) {
  auto r = parse("a,b,c\n\n,,\r\n\r\nx,,z\n", ',');
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ((*r)[2].fields, (std::vector<std::string>{"x", "", "z"}));
  EXPECT_EQ((*r)[2].line, 5u);
}

TEST(Csv, AnUnterminatedQuoteSaysWhere) {
  auto r = parse("a,b\nx,\"never closed\ny,z\n", ',');
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message_id, "errors.csv.unterminated_quote");
  ASSERT_EQ(r.error().params.size(), 1u);
  EXPECT_EQ(r.error().params[0].second, "2");
}

TEST(Csv, AnEmptyFileIsRefused) {
  EXPECT_EQ(parse("").error().message_id, "errors.csv.empty");
  EXPECT_EQ(parse("\r\n\n").error().message_id, "errors.csv.empty");
}

TEST(Csv, CellsAreQuotedWhenNeededAndFormulasNeutralised) {
  std::string out;
  append_row(out, {"plain", "a,b", "say \"hi\"", "=SUM(A1)", "two\nlines", ""});
  EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),\"two\nlines\",\r\n");
  std::string semi;
  append_cell(semi, "a;b", ';');
  semi += ';';
  append_number(semi, "-12.50");
  EXPECT_EQ(semi, "\"a;b\";-12.50");
  // What is written is read back as it was (but for the formula's prefix).
  auto back = parse(out, ',');
  ASSERT_TRUE(back.ok());
  EXPECT_EQ((*back)[0].fields[1], "a,b");
  EXPECT_EQ((*back)[0].fields[2], "say \"hi\"");
  EXPECT_EQ((*back)[0].fields[3], "'=SUM(A1)");
}

}  // namespace
}  // namespace comdev::core::csv
