#include "features/plans/plan_rules.h"

#include <gtest/gtest.h>

namespace comdev::plans {
namespace {

TEST(Codes, PrioritiesAndStatusesInThreeLanguages) {
  EXPECT_EQ(priority_code("Haute"), "high");
  EXPECT_EQ(priority_code(" élevée "), "high");
  EXPECT_EQ(priority_code("مرتفعة"), "high");
  EXPECT_EQ(priority_code("MOYENNE"), "medium");
  EXPECT_EQ(priority_code("low"), "low");
  EXPECT_FALSE(priority_code("urgent"));
  EXPECT_FALSE(priority_code(""));
  EXPECT_EQ(status_code(""), "planned");
  EXPECT_EQ(status_code("Prévue"), "planned");
  EXPECT_EQ(status_code("en cours"), "in_progress");
  EXPECT_EQ(status_code("in_progress"), "in_progress");
  EXPECT_EQ(status_code("Réalisée"), "done");
  EXPECT_EQ(status_code("abandonnée"), "abandoned");
  EXPECT_FALSE(status_code("peut-être"));
}

TEST(MapColumns, AcceptsTemplateAndVariantsInAnyOrder) {
  auto c = map_columns({"Action", "Priorité", "AXE", "budget", "douars"});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->title, 0u);
  EXPECT_EQ(c->priority, 1u);
  EXPECT_EQ(c->axis, 2u);
  EXPECT_EQ(c->budget, 3u);
  EXPECT_FALSE(c->status);
  std::vector<std::string> tmpl(std::begin(kTemplateColumns), std::end(kTemplateColumns));
  EXPECT_TRUE(map_columns(tmpl));
}

TEST(MapColumns, NamesMissingAndUnknownColumns) {
  auto c = map_columns({"nom", "email", "action"});
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().message_id, "plans.import.errors.columns");
  std::map<std::string, std::string> p(c.error().params.begin(), c.error().params.end());
  EXPECT_EQ(p["missing"], "axe, priorite");
  EXPECT_EQ(p["unknown"], "nom, email");
  EXPECT_EQ(p["expected"], "axe, action, priorite, budget, devise, statut, douars");
}

TEST(ImportTemplate, IsItsOwnValidImport) {
  auto plan = plan_import_file(import_template(), {}, {});
  ASSERT_TRUE(plan) << plan.error().message_id;
  ASSERT_EQ(plan->rows.size(), 1u);
  EXPECT_EQ(plan->rows[0].status, RowStatus::ok);
  EXPECT_EQ(plan->actions[0].budget_minor, 120000000);
}

const std::vector<Douar> kDouars = {{11, "douar-tagmout", "Tagmout", "تاكموت"},
                                    {12, "douar-ait-ali", "Aït Ali", "أيت علي"}};

TEST(PlanImport, ReportsEachRowAndKeepsOnlyValidNewOnes) {
  std::string csv =
      "axe;action;priorite;budget;devise;statut;douars\n"
      "Eau;Adduction d'eau;haute;1 200 000;MAD;prevue;Tagmout, douar-ait-ali\n"
      "Eau;;haute;;;;\n"                                          // no title
      "Routes;Piste rurale;urgent;-5;USD;peut-être;Nulle part\n"  // everything wrong
      "Eau;adduction d'eau;basse;;;;\n"                           // same title again in the file
      "Santé;Dispensaire;moyenne;;EUR;en cours;أيت علي\n"
      "Santé;Ambulance;basse;;;;\n";  // already in the plan
  auto plan = plan_import_file(csv, kDouars, {"ambulance"});
  ASSERT_TRUE(plan);
  ASSERT_EQ(plan->rows.size(), 6u);
  EXPECT_EQ(plan->rows[0].status, RowStatus::ok);
  EXPECT_EQ(plan->rows[0].line, 2u);
  EXPECT_EQ(plan->rows[1].status, RowStatus::invalid);
  EXPECT_EQ(plan->rows[1].problems, std::vector<std::string>{"plans.import.row.title_missing"});
  EXPECT_EQ(plan->rows[2].status, RowStatus::invalid);
  EXPECT_EQ(plan->rows[2].problems,
            (std::vector<std::string>{"plans.import.row.priority", "plans.import.row.budget",
                                      "plans.import.row.currency", "plans.import.row.status",
                                      "plans.import.row.douar"}));
  EXPECT_EQ(plan->rows[3].status, RowStatus::duplicate_in_file);
  EXPECT_EQ(plan->rows[4].status, RowStatus::ok);
  EXPECT_EQ(plan->rows[5].status, RowStatus::already_in_plan);
  ASSERT_EQ(plan->actions.size(), 2u);
  EXPECT_EQ(plan->actions[0].douar_ids, (std::vector<std::int64_t>{11, 12}));
  EXPECT_EQ(plan->actions[0].priority, "high");
  EXPECT_EQ(plan->actions[1].currency, "EUR");
  EXPECT_EQ(plan->actions[1].status, "in_progress");
  EXPECT_EQ(plan->actions[1].douar_ids, (std::vector<std::int64_t>{12}));
}

TEST(PlanImportFile, ReadsWindows1252) {
  // "Santé;Réhabilitation" in Windows-1252: é is the single byte 0xE9.
  std::string csv = "axe;action;priorit\xe9\r\nSant\xe9;R\xe9habilitation du dispensaire;haute\r\n";
  auto plan = plan_import_file(csv, {}, {});
  ASSERT_TRUE(plan) << plan.error().message_id;
  ASSERT_EQ(plan->actions.size(), 1u);
  EXPECT_EQ(plan->actions[0].axis, "Santé");
  EXPECT_EQ(plan->actions[0].title, "Réhabilitation du dispensaire");
}

TEST(PlanImportFile, RejectsTheWholeFile) {
  EXPECT_EQ(plan_import_file("", {}, {}).error().message_id, "plans.import.errors.empty");
  EXPECT_EQ(plan_import_file("nom,email\nA,b@c.ma\n", {}, {}).error().message_id,
            "plans.import.errors.columns");
  EXPECT_EQ(plan_import_file("axe;action;priorite\n", {}, {}).error().message_id,
            "plans.import.errors.no_rows");
  EXPECT_EQ(plan_import_file(std::string(kMaxImportBytes + 1, 'a'), {}, {}).error().message_id,
            "plans.import.errors.too_big");
  std::string many = "axe;action;priorite\n";
  for (std::size_t i = 0; i <= kMaxImportRows; ++i) many += "A;T" + std::to_string(i) + ";haute\n";
  EXPECT_EQ(plan_import_file(many, {}, {}).error().message_id, "plans.import.errors.too_many_rows");
  EXPECT_EQ(plan_import_file("axe;action;priorite\n\"A;B;haute\n", {}, {}).error().message_id,
            "errors.csv.unterminated_quote");
}

}  // namespace
}  // namespace comdev::plans
