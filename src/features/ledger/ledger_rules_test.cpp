// The ledger's rules: valid entries per kind, refused amounts and currencies, what may be
// reversed or confirmed, a skill's value, and how each kind moves the running totals.
#include "features/ledger/ledger_rules.h"

#include <gtest/gtest.h>

namespace comdev::ledger {
namespace {

NewEntry valid(Kind k) {
  NewEntry e;
  e.project_id = 1;
  e.kind = k;
  e.amount_minor = 50000;
  e.currency = "MAD";
  e.occurred_on = "2026-10-01";
  e.label = "Don";
  e.recorded_by = 2;
  if (k == Kind::money_out) e.document_id = 5;
  if (k == Kind::skill) {
    e.hours_centi = 1000;  // 10 h
    e.rate_minor = 5000;   // 50.00 an hour
  }
  if (k == Kind::reversal) e.reverses_entry_id = 3;
  if (k == Kind::confirmation) e.confirms_entry_id = 3;
  return e;
}

std::string first_field_error(const Status& s) {
  if (s.ok() || s.error().fields.empty()) return "";
  return s.error().fields.front().message_id;
}

TEST(LedgerRules, EveryKindHasAValidForm) {
  for (Kind k : kKinds) EXPECT_TRUE(validate(valid(k)).ok()) << name(k);
}

TEST(LedgerRules, KindNamesRoundTrip) {
  for (Kind k : kKinds) EXPECT_EQ(parse_kind(name(k)), k);
  EXPECT_FALSE(parse_kind("donation"));
}

TEST(LedgerRules, AmountsMustBePositiveAndBounded) {
  for (std::int64_t bad : {std::int64_t{0}, std::int64_t{-1}, kMaxAmountMinor + 1,
                           std::int64_t{100'000'000'000'000'000}}) {
    auto e = valid(Kind::money_in);
    e.amount_minor = bad;
    auto s = validate(e);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.error().fields.front().field, "amount");
  }
  auto e = valid(Kind::money_in);
  e.amount_minor = kMaxAmountMinor;
  EXPECT_TRUE(validate(e).ok());
}

TEST(LedgerRules, OnlyMadAndEur) {
  for (const char* c : {"USD", "mad", "", "MADX"}) {
    auto e = valid(Kind::grant);
    e.currency = c;
    EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.currency") << c;
  }
  auto e = valid(Kind::grant);
  e.currency = "EUR";
  EXPECT_TRUE(validate(e).ok());
}

TEST(LedgerRules, DatesAreRealDays) {
  EXPECT_TRUE(is_date("2024-02-29"));
  for (const char* d :
       {"2023-02-29", "2026-13-01", "26-01-01", "2026-1-01", "1999-12-31", "", "2026-01-0a"}) {
    EXPECT_FALSE(is_date(d)) << d;
  }
}

TEST(LedgerRules, MoneyOutNeedsAReceipt) {
  auto e = valid(Kind::money_out);
  e.document_id.reset();
  EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.receipt_required");
}

TEST(LedgerRules, ASkillIsWorthHoursTimesRate) {
  EXPECT_EQ(skill_value(1000, 5000), 50000);
  EXPECT_EQ(skill_value(150, 3333), 5000);  // 1.5 h × 33.33 = 49.995 → 50.00
  EXPECT_FALSE(skill_value(0, 5000));
  EXPECT_FALSE(skill_value(100, -1));
  EXPECT_FALSE(skill_value(100'000'001, 1));
  auto e = valid(Kind::skill);
  e.amount_minor = 49999;
  EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.skill_value");
  e.hours_centi.reset();
  EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.hours_rate");
}

TEST(LedgerRules, AReversalNeedsItsTargetAndAReason) {
  auto e = valid(Kind::reversal);
  e.label.clear();
  EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.reason_required");
  e = valid(Kind::reversal);
  e.reverses_entry_id.reset();
  EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.reversal_target");
  e = valid(Kind::money_in);
  e.reverses_entry_id = 4;
  EXPECT_FALSE(validate(e).ok());
}

TEST(LedgerRules, APledgeOnlyOnMoneyIn) {
  auto e = valid(Kind::money_in);
  e.pledge_id = 12;
  EXPECT_TRUE(validate(e).ok());
  e.kind = Kind::grant;
  EXPECT_EQ(first_field_error(validate(e)), "ledger.errors.pledge_money_in");
}

Entry stored(Kind k, std::int64_t project = 1) {
  Entry t;
  static_cast<NewEntry&>(t) = valid(k);
  t.project_id = project;
  t.id = 3;
  return t;
}

TEST(LedgerRules, WhatMayBeReversed) {
  EXPECT_TRUE(may_reverse(stored(Kind::money_out), 1).ok());
  EXPECT_TRUE(may_reverse(stored(Kind::skill), 1).ok());
  EXPECT_EQ(may_reverse(stored(Kind::money_out, 2), 1).error().code, ErrorCode::not_found);
  EXPECT_EQ(first_field_error(may_reverse(stored(Kind::reversal), 1)),
            "ledger.errors.reversal_of_reversal");
  EXPECT_EQ(first_field_error(may_reverse(stored(Kind::confirmation), 1)),
            "ledger.errors.reversal_of_confirmation");
  auto t = stored(Kind::grant);
  t.reversed = true;
  EXPECT_EQ(first_field_error(may_reverse(t, 1)), "ledger.errors.already_reversed");
}

TEST(LedgerRules, OnlyAPendingSkillMayBeConfirmed) {
  EXPECT_TRUE(may_confirm(stored(Kind::skill), 1).ok());
  EXPECT_EQ(first_field_error(may_confirm(stored(Kind::material), 1)), "ledger.errors.not_a_skill");
  EXPECT_EQ(may_confirm(stored(Kind::skill, 2), 1).error().code, ErrorCode::not_found);
  auto t = stored(Kind::skill);
  t.confirmed = true;
  EXPECT_EQ(first_field_error(may_confirm(t, 1)), "ledger.errors.already_confirmed");
  t.confirmed = false;
  t.reversed = true;
  EXPECT_EQ(first_field_error(may_confirm(t, 1)), "ledger.errors.already_reversed");
}

TEST(LedgerRules, TotalsMoveByKind) {
  auto in = deltas(valid(Kind::money_in), nullptr);
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].bucket, "money_in");
  EXPECT_EQ(in[0].amount, 50000);

  auto skill = deltas(valid(Kind::skill), nullptr);
  ASSERT_EQ(skill.size(), 1u);
  EXPECT_EQ(skill[0].bucket, "skill_pending");

  auto target = stored(Kind::skill);
  target.budget_line_id = 8;
  auto confirm = deltas(valid(Kind::confirmation), &target);
  ASSERT_EQ(confirm.size(), 2u);
  EXPECT_EQ(confirm[0].bucket, "skill_pending");
  EXPECT_EQ(confirm[0].amount, -50000);
  EXPECT_EQ(confirm[1].bucket, "skill");
  EXPECT_EQ(confirm[1].budget_line_id, 8);

  target.confirmed = true;
  auto rev = deltas(valid(Kind::reversal), &target);
  ASSERT_EQ(rev.size(), 1u);
  EXPECT_EQ(rev[0].bucket, "skill");
  EXPECT_EQ(rev[0].amount, -50000);
  EXPECT_EQ(rev[0].entries, -1);
}

}  // namespace
}  // namespace comdev::ledger
