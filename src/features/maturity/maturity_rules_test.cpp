// The maturity path's rules: which items are done, what a move lacks, and when it may be made.
#include "features/maturity/maturity_rules.h"

#include <gtest/gtest.h>

#include "features/maturity/maturity_forms.h"

namespace comdev::maturity {
namespace {

Item item(std::int64_t id, std::string stage, Rule rule = Rule::none, int position = 0) {
  Item i;
  i.id = id;
  i.stage = std::move(stage);
  i.label_fr = "Élément " + std::to_string(id);
  i.rule = rule;
  i.position = position;
  return i;
}

const std::vector<Item> kFundable = {item(1, "ready"), item(2, "ready", Rule::confirmed_expert),
                                     item(3, "ready", Rule::carrier_person), item(4, "funding"),
                                     item(5, "maturing")};

TEST(MaturityRules, ThePathIsTheLifecycleUpToDone) {
  ASSERT_EQ(kStages.size(), 6u);
  EXPECT_EQ(kStages.front(), "idea");
  EXPECT_EQ(kStages.back(), "done");
  EXPECT_EQ(stage_index("capitalised"), -1);
  EXPECT_FALSE(has_checklist("idea"));
  EXPECT_TRUE(has_checklist("ready"));
  EXPECT_FALSE(has_checklist("capitalised"));
  EXPECT_EQ(next_stage("maturing"), "ready");
  EXPECT_EQ(next_stage("done"), "");
  EXPECT_EQ(next_stage("capitalised"), "");
}

TEST(MaturityRules, TicksMakeItemsDoneAndFactsMakeComputedOnesDone) {
  Facts facts;
  facts.carrier_person = true;
  // A tick on a computed item counts for nothing: only the facts decide.
  auto p = build_path("maturing", kFundable,
                      {{1, "Étude déposée", "Nadia", "2026-12-01"}, {2, "", "Nadia", "2026-12-01"}},
                      facts);
  ASSERT_EQ(p.stages.size(), 6u);
  const auto& ready = p.stages[2];
  ASSERT_EQ(ready.items.size(), 3u);
  EXPECT_TRUE(ready.items[0].done);
  EXPECT_EQ(ready.items[0].note, "Étude déposée");
  EXPECT_FALSE(ready.items[1].done);  // no expert in the team
  EXPECT_TRUE(ready.items[2].done);
  EXPECT_FALSE(ready.complete());
  EXPECT_TRUE(p.stages[0].complete());  // idea: nothing to do
}

TEST(MaturityRules, AStudyOrABudgetInTheDocumentsTicksItsItem) {
  const std::vector<Item> items = {item(1, "ready", Rule::study_uploaded),
                                   item(2, "ready", Rule::budget_uploaded)};
  Facts facts;
  facts.study_uploaded = true;
  // The carrier's tick of the budget item is not a budget.
  auto p = build_path("maturing", items, {{2, "Budget envoyé par e-mail", "Nadia", "2026-12-01"}},
                      facts);
  EXPECT_TRUE(p.stages[2].items[0].done);
  EXPECT_FALSE(p.stages[2].items[1].done);
  facts.budget_uploaded = true;
  EXPECT_TRUE(build_path("maturing", items, {}, facts).stages[2].complete());
  EXPECT_EQ(parse_rule("study_uploaded"), Rule::study_uploaded);
  EXPECT_EQ(name(Rule::budget_uploaded), "budget_uploaded");
}

TEST(MaturityRules, ItemsKeepTheirPositionThenTheirAge) {
  auto p = build_path("idea",
                      {item(9, "ready", Rule::none, 1), item(7, "ready", Rule::none, 0),
                       item(8, "ready", Rule::none, 1)},
                      {}, {});
  const auto& ready = p.stages[2].items;
  ASSERT_EQ(ready.size(), 3u);
  EXPECT_EQ(ready[0].item.id, 7);
  EXPECT_EQ(ready[1].item.id, 8);
  EXPECT_EQ(ready[2].item.id, 9);
}

TEST(MaturityRules, AMoveLacksTheItemsOfEveryStageItEnters) {
  auto p = build_path("idea", kFundable, {{1, "", "", ""}}, {});
  // idea → maturing: the maturing item.
  EXPECT_EQ(missing_for(p, "idea", "maturing").size(), 1u);
  // idea → ready skips maturing but not its checklist.
  EXPECT_EQ(missing_for(p, "idea", "ready").size(), 3u);
  EXPECT_EQ(missing_for(p, "maturing", "funding").size(), 3u);
  // Back, or into what is off the path: nothing to complete.
  EXPECT_TRUE(missing_for(p, "ready", "maturing").empty());
  EXPECT_TRUE(missing_for(p, "done", "capitalised").empty());
}

TEST(MaturityRules, AMoveNeedsACompleteChecklistOrAnAnimatorsReason) {
  EXPECT_EQ(judge_move("maturing", "ready", 0, "", false).value(), false);
  auto blocked = judge_move("maturing", "ready", 2, "", false);
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().code, ErrorCode::conflict);
  EXPECT_EQ(blocked.error().message_id, "maturity.errors.incomplete");
  // An animator without a reason is refused the same way: the reason is what is audited.
  EXPECT_EQ(judge_move("maturing", "ready", 2, "  ", true).error().code, ErrorCode::conflict);
  auto not_theirs = judge_move("maturing", "ready", 2, "Le conseil a délibéré", false);
  ASSERT_FALSE(not_theirs);
  EXPECT_EQ(not_theirs.error().code, ErrorCode::forbidden);
  EXPECT_EQ(judge_move("maturing", "ready", 2, "Le conseil a délibéré", true).value(), true);
  // The lifecycle's own rule comes first: two steps back is refused whatever the checklist.
  EXPECT_EQ(judge_move("ready", "idea", 0, "", true).error().code, ErrorCode::invalid);
}

TEST(MaturityForms, ATickCarriesItsEvidenceWithinItsLength) {
  auto t = parse_tick("1", "  Délibération n° 12/2026 ");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->done);
  EXPECT_EQ(t->note, "Délibération n° 12/2026");
  EXPECT_FALSE(parse_tick("0", "")->done);
  EXPECT_FALSE(parse_tick("maybe", ""));
  EXPECT_FALSE(parse_tick("1", std::string(501, 'x')));
  EXPECT_FALSE(parse_tick("1", "\xff\xfe"));
}

TEST(MaturityForms, AMoveNamesAStatusAndAnItemAStageWithAChecklist) {
  EXPECT_TRUE(parse_advance("maturing", "ready", "", ""));
  EXPECT_FALSE(parse_advance("maturing", "fundable", "", ""));
  EXPECT_FALSE(parse_advance("maturing", "ready", "", std::string(1001, 'x')));
  auto i = parse_item("ready", "Étude de faisabilité déposée", "دراسة الجدوى", "");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->rule, Rule::none);
  EXPECT_EQ(parse_item("ready", "Un expert", "", "confirmed_expert")->rule, Rule::confirmed_expert);
  EXPECT_FALSE(parse_item("idea", "Rien", "", ""));
  EXPECT_FALSE(parse_item("ready", "  ", "", ""));
  EXPECT_FALSE(parse_item("ready", "Un expert", "", "guessed"));
}

}  // namespace
}  // namespace comdev::maturity
