#include "features/teams/team_rules.h"

#include <gtest/gtest.h>

#include "core/clock.h"

namespace comdev::teams {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

Member person(std::int64_t id, std::string name, RoleKind kind, bool by_org = false) {
  Member m;
  m.member_id = id;
  m.display_name = std::move(name);
  m.kind = kind;
  m.by_organisation = by_org;
  return m;
}

TEST(TeamRules, RoleKindsReadBackAsWritten) {
  for (auto k : kRoleKinds) {
    auto parsed = parse_role_kind(k);
    ASSERT_TRUE(parsed) << k;
    EXPECT_EQ(name(*parsed), k);
  }
  EXPECT_FALSE(parse_role_kind("owner"));
  EXPECT_FALSE(parse_role_kind(""));
  EXPECT_FALSE(parse_role_kind("Carrier"));
}

TEST(TeamRules, AMessageIsEditableForFifteenMinutesOnTheClockGiven) {
  core::SettableClock clock(*core::parse_iso("2026-12-05T10:00:00Z"));
  const std::string written = "2026-12-05T10:00:00Z";
  EXPECT_TRUE(editable(written, clock.now()));
  clock.advance(minutes(15));
  EXPECT_TRUE(editable(written, clock.now()));
  clock.advance(seconds(1));
  EXPECT_FALSE(editable(written, clock.now()));
  EXPECT_FALSE(editable("not a time", clock.now()));
  // A message from the future (clocks of two instances apart) is not editable forever.
  EXPECT_FALSE(editable("2026-12-06T10:00:00Z", clock.now()));
}

TEST(TeamRules, TheLastCarrierCannotGo) {
  std::vector<Member> team = {person(1, "A", RoleKind::carrier), person(2, "B", RoleKind::expert)};
  EXPECT_TRUE(leaves_no_carrier(team, 1, std::nullopt));
  EXPECT_TRUE(leaves_no_carrier(team, 1, RoleKind::expert));
  EXPECT_FALSE(leaves_no_carrier(team, 1, RoleKind::carrier));
  EXPECT_FALSE(leaves_no_carrier(team, 2, std::nullopt));
  team.push_back(person(3, "C", RoleKind::carrier));
  EXPECT_FALSE(leaves_no_carrier(team, 1, std::nullopt));
  EXPECT_EQ(carrier_count(team), 2);
}

TEST(TeamRules, ARepresentativeStaysACarrierWhateverTheirRow) {
  std::vector<Member> team = {person(1, "A", RoleKind::carrier, /*by_org=*/true),
                              person(2, "B", RoleKind::carrier)};
  EXPECT_FALSE(leaves_no_carrier(team, 2, std::nullopt));
  EXPECT_FALSE(leaves_no_carrier(team, 1, std::nullopt));
  EXPECT_EQ(carrier_count(team), 2);
}

TEST(TeamRules, MentionsNameWholeTeamMembersOnceAndNeverTheAuthor) {
  std::vector<Member> team = {
      person(1, "Nadia", RoleKind::expert), person(2, "Nadia Ouhammou", RoleKind::expert),
      person(3, "سعيد", RoleKind::carrier), person(4, "Karim", RoleKind::expert)};
  EXPECT_EQ(mentioned("Merci @Nadia Ouhammou !", team, 9), (std::vector<std::int64_t>{2}));
  EXPECT_EQ(mentioned("@Nadia, @Nadia et @سعيد", team, 9), (std::vector<std::int64_t>{1, 3}));
  EXPECT_EQ(mentioned("@Karim moi-même", team, 4), (std::vector<std::int64_t>{}));
  EXPECT_EQ(mentioned("@Karimou n'est pas Karim, ni karim@example.org", team, 9),
            (std::vector<std::int64_t>{}));
  EXPECT_EQ(mentioned("@Inconnu", team, 9), (std::vector<std::int64_t>{}));
  EXPECT_EQ(mentioned("", team, 9), (std::vector<std::int64_t>{}));
}

}  // namespace
}  // namespace comdev::teams
