#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "eval_set.h"

namespace comdev::match::eval {
namespace {

TEST(MatchEvalMetrics, PrecisionCountsRelevantInTheFirstK) {
  const std::set<std::string> rel{"a", "c", "x"};
  EXPECT_DOUBLE_EQ(precision_at({"a", "b", "c", "d", "e", "x"}, rel, 5), 2.0 / 5);
  EXPECT_DOUBLE_EQ(precision_at({"a", "c", "x", "b", "d"}, rel, 5), 3.0 / 5);
  EXPECT_DOUBLE_EQ(precision_at({"b", "d"}, rel, 5), 0);
}

TEST(MatchEvalMetrics, PrecisionDividesByKEvenWhenFewerWereRanked) {
  EXPECT_DOUBLE_EQ(precision_at({"a"}, {"a"}, 5), 1.0 / 5);
  EXPECT_DOUBLE_EQ(precision_at({}, {"a"}, 5), 0);
}

TEST(MatchEvalMetrics, RecallIsTheShareOfRelevantFoundInTheFirstK) {
  const std::set<std::string> rel{"a", "c", "x", "y"};
  EXPECT_DOUBLE_EQ(*recall_at({"a", "b", "c"}, rel, 20), 2.0 / 4);
  EXPECT_DOUBLE_EQ(*recall_at({"b", "a", "c"}, rel, 2), 1.0 / 4);
  EXPECT_DOUBLE_EQ(*recall_at({"y", "x", "c", "a"}, rel, 20), 1.0);
}

TEST(MatchEvalMetrics, RecallIsUndefinedWithoutRelevantProfiles) {
  EXPECT_FALSE(recall_at({"a"}, {}, 20).has_value());
}

TEST(MatchEvalSet, TheRepositorySetParsesAndIsBigEnough) {
  const EvalSet set = load(source_dir());
  EXPECT_GE(set.needs.size(), 40u);
  EXPECT_GE(set.profiles.size(), 500u);
  std::size_t judged_relevant = 0;
  for (const auto& n : set.needs) {
    EXPECT_FALSE(n.need.skills.empty()) << n.id;
    EXPECT_NE(n.need.place.province, 0) << n.id << " has no province";
    judged_relevant += set.relevant.at(n.id).size();
  }
  EXPECT_GE(judged_relevant, set.needs.size()) << "about one relevant profile per need at least";
}

// A set with an unknown skill must not load: its figures would measure a different question.
TEST(MatchEvalSet, UnknownSkillSlugIsRefusedWithTheFileAndEntry) {
  namespace fs = std::filesystem;
  const fs::path root =
      fs::temp_directory_path() / ("match_eval_test_" + std::to_string(::getpid()));
  fs::create_directories(root / "data");
  fs::create_directories(root / "demo");
  fs::create_directories(root / "eval/matching");
  auto write = [&](const char* file, const char* text) { std::ofstream(root / file) << text; };
  write("data/skills.json",
        R"([{"slug":"water","parent":null},{"slug":"hydraulics","parent":"water"}])");
  write("demo/territories.json",
        R"({"territories":[{"slug":"r","kind":"region"},{"slug":"p","kind":"province","parent":"r"},
            {"slug":"c","kind":"commune","parent":"p"}]})");
  write("eval/matching/needs.json",
        R"([{"id":"N01","title":"t","skills":[{"slug":"plumbing","level":"expert"}],
             "languages":["fr"],"mode":"remote","period_start":null,"period_end":null,
             "place":"c"}])");
  write("eval/matching/profiles.json", "[]");
  write("eval/matching/judgments.json", R"([{"need":"N01","relevant":[]}])");
  try {
    load(root.string());
    ADD_FAILURE() << "loaded a need with an unknown skill";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("needs.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("plumbing"), std::string::npos) << e.what();
  }
  write("eval/matching/needs.json",
        R"([{"id":"N01","title":"t","skills":[{"slug":"hydraulics","level":"expert"}],
             "languages":["fr"],"mode":"remote","period_start":"2027-02-30","period_end":null,
             "place":"c"}])");
  EXPECT_THROW(load(root.string()), std::runtime_error) << "30 February";
  fs::remove_all(root);
}

}  // namespace
}  // namespace comdev::match::eval
