#include "features/decisions/decision_forms.h"

#include <gtest/gtest.h>

namespace comdev::decisions {
namespace {

template <class T>
std::string field_error(const Result<T>& r) {
  return r || r.error().fields.empty() ? std::string() : r.error().fields.front().message_id;
}

TEST(DecisionForms, AProposalWithADatetimeLocalDeadline) {
  auto r = parse_proposal(" Choisir le bureau d'études ", "Nous **proposons** A.",
                          "2026-12-10T18:00", "3");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->title, "Choisir le bureau d'études");
  EXPECT_EQ(r->deadline, "2026-12-10T18:00:00Z");
  EXPECT_EQ(r->quorum, 3);
  EXPECT_EQ(parse_proposal("T", "B", "2026-12-10T18:00:30", "")->deadline, "2026-12-10T18:00:30Z");
  EXPECT_EQ(parse_proposal("T", "B", "2026-12-10T18:00", "")->quorum, 0);
}

TEST(DecisionForms, UnsafeMarkdownIsRefusedNotAltered) {
  EXPECT_EQ(field_error(parse_proposal("T", "<script>alert(1)</script>", "2026-12-10T18:00", "")),
            "teams.errors.unsafe_markdown");
  EXPECT_EQ(field_error(parse_proposal("T", "[x](javascript:alert(1))", "2026-12-10T18:00", "")),
            "teams.errors.unsafe_markdown");
}

TEST(DecisionForms, BadFieldsSayWhich) {
  EXPECT_EQ(field_error(parse_proposal("", "B", "2026-12-10T18:00", "")),
            "decisions.errors.title_required");
  EXPECT_EQ(field_error(parse_proposal("T", " ", "2026-12-10T18:00", "")),
            "decisions.errors.body_required");
  EXPECT_EQ(field_error(parse_proposal("T", "B", "demain", "")), "decisions.errors.deadline");
  EXPECT_EQ(field_error(parse_proposal("T", "B", "2026-12-10", "")), "decisions.errors.deadline");
  EXPECT_EQ(field_error(parse_proposal("T", "B", "2026-12-10T18:00", "-1")),
            "decisions.errors.quorum");
  EXPECT_EQ(field_error(parse_proposal("T", "B", "2026-12-10T18:00", "501")),
            "decisions.errors.quorum");
}

TEST(DecisionForms, AVoteIsOneOfFourChoicesWithAnOptionalReason) {
  auto v = parse_vote("block", " Le budget n'est pas prêt ");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->choice, Choice::block);
  EXPECT_EQ(v->reason, "Le budget n'est pas prêt");
  EXPECT_EQ(field_error(parse_vote("yes", "")), "decisions.errors.choice");
  EXPECT_EQ(field_error(parse_vote("agree", std::string(1001, 'a'))), "decisions.errors.too_long");
}

}  // namespace
}  // namespace comdev::decisions
