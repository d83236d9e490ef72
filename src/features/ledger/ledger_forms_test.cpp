// The entry and budget forms: amounts as people type them, refused amounts and currencies, a
// skill's value computed from hours and rate.
#include "features/ledger/ledger_forms.h"

#include <gtest/gtest.h>

namespace comdev::ledger {
namespace {

EntryFields fields(std::string kind, std::string amount, std::string currency = "MAD") {
  EntryFields f;
  f.kind = std::move(kind);
  f.amount = std::move(amount);
  f.currency = std::move(currency);
  f.occurred_on = "2026-11-02";
  f.label = "Ciment";
  f.document_id = "4";
  return f;
}

std::string field_of(const Result<NewEntry>& r) {
  return r.ok() || r.error().fields.empty() ? "" : r.error().fields.front().field;
}

TEST(LedgerForms, AMoneyOutWithItsReceipt) {
  auto r = parse_entry(fields("money_out", "1250.50"));
  ASSERT_TRUE(r.ok()) << r.error().message_id;
  EXPECT_EQ(r->kind, Kind::money_out);
  EXPECT_EQ(r->amount_minor, 125050);
  EXPECT_EQ(r->document_id, 4);
}

TEST(LedgerForms, BadAmountsAreRefusedOnTheAmountField) {
  for (const char* bad : {"-5", "0", "0.00", "1000000000000000", "12.345", "douze", "", "1e3"}) {
    auto r = parse_entry(fields("grant", bad));
    EXPECT_FALSE(r.ok()) << bad;
    EXPECT_EQ(field_of(r), "amount") << bad;
  }
}

TEST(LedgerForms, OnlyMadOrEur) {
  EXPECT_EQ(field_of(parse_entry(fields("grant", "10", "USD"))), "currency");
  EXPECT_TRUE(parse_entry(fields("grant", "10", "EUR")).ok());
}

TEST(LedgerForms, ReversalsAndConfirmationsHaveTheirOwnForms) {
  EXPECT_EQ(field_of(parse_entry(fields("reversal", "10"))), "kind");
  EXPECT_EQ(field_of(parse_entry(fields("confirmation", "10"))), "kind");
  EXPECT_EQ(field_of(parse_entry(fields("gift", "10"))), "kind");
}

TEST(LedgerForms, ASkillIsValuedFromHoursAndRate) {
  auto f = fields("skill", "");
  f.hours = "7.5";
  f.rate = "200";
  f.label = "";
  f.description = "Relevés topographiques";
  auto r = parse_entry(f);
  ASSERT_TRUE(r.ok()) << (r.ok() ? "" : r.error().fields.front().message_id);
  EXPECT_EQ(r->hours_centi, 750);
  EXPECT_EQ(r->rate_minor, 20000);
  EXPECT_EQ(r->amount_minor, 150000);
  EXPECT_EQ(r->label, "Relevés topographiques");
  f.hours = "beaucoup";
  EXPECT_EQ(field_of(parse_entry(f)), "hours");
}

TEST(LedgerForms, AReasonIsRequired) {
  EXPECT_FALSE(parse_reason("  ").ok());
  EXPECT_EQ(*parse_reason(" Facture saisie deux fois "), "Facture saisie deux fois");
}

TEST(LedgerForms, BudgetLines) {
  auto l = parse_budget_line({"Réservoir", "45000", "MAD", "2"});
  ASSERT_TRUE(l.ok());
  EXPECT_EQ(l->planned_minor, 4500000);
  EXPECT_EQ(l->position, 2);
  EXPECT_TRUE(parse_budget_line({"Imprévus", "", "EUR", ""}).ok());
  EXPECT_FALSE(parse_budget_line({"", "10", "MAD", ""}).ok());
  EXPECT_FALSE(parse_budget_line({"X", "10", "GBP", ""}).ok());
  EXPECT_FALSE(parse_budget_line({"X", "-10", "MAD", ""}).ok());
}

}  // namespace
}  // namespace comdev::ledger
