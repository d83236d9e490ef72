// The policy as a matrix: every role × every action, allowed and refused. A new Action without a
// row here fails MatrixCoversEveryAction.
#include "features/profiles/profile_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace comdev::profiles {
namespace {

constexpr std::int64_t kOwner = 10;

enum class Role { owner, animator, admin, member, visitor };
constexpr Role kRoles[] = {Role::owner, Role::animator, Role::admin, Role::member, Role::visitor};

web::Actor actor(Role r) {
  web::Actor a;
  switch (r) {
    case Role::owner:
      a.member_id = kOwner;
      break;
    case Role::animator:
      a.member_id = 20;
      a.is_animator = true;
      break;
    case Role::admin:
      a.member_id = 30;
      a.is_admin = true;
      a.is_animator = true;
      break;
    case Role::member:
      a.member_id = 40;
      break;
    case Role::visitor:
      break;
  }
  return a;
}

// One case: an action on a subject (field, photo, levels) and the expected answer per role,
// in kRoles order: owner, animator, admin, member, visitor.
struct Case {
  std::string name;
  Action action;
  Subject subject;
  std::array<bool, 5> allowed;
};

Subject with(std::optional<Field> field, Visibility v = {}, bool photo = true) {
  return Subject{kOwner, with_defaults(v), photo, field};
}

std::vector<Case> matrix() {
  return {
      {"view profile", Action::view_profile, with({}), {true, true, true, true, true}},
      {"edit profile", Action::edit_profile, with({}), {true, false, false, false, false}},
      {"view display name (public)",
       Action::view_field,
       with(Field::display_name),
       {true, true, true, true, true}},
      {"view bio (members)", Action::view_field, with(Field::bio), {true, true, true, true, false}},
      {"view e-mail (animators)",
       Action::view_field,
       with(Field::email),
       {true, true, true, false, false}},
      {"view city (animators)",
       Action::view_field,
       with(Field::city),
       {true, true, true, false, false}},
      {"view e-mail made public",
       Action::view_field,
       with(Field::email, {{Field::email, Level::public_}}),
       {true, true, true, true, true}},
      {"view bio made animators-only",
       Action::view_field,
       with(Field::bio, {{Field::bio, Level::animators}}),
       {true, true, true, false, false}},
      {"view a field not named", Action::view_field, with({}), {false, false, false, false, false}},
      {"view photo (members)", Action::view_photo, with({}), {true, true, true, true, false}},
      {"view photo made public",
       Action::view_photo,
       with({}, {{Field::photo, Level::public_}}),
       {true, true, true, true, true}},
      {"view photo made animators-only",
       Action::view_photo,
       with({}, {{Field::photo, Level::animators}}),
       {true, true, true, false, false}},
      {"view a photo that does not exist",
       Action::view_photo,
       with({}, {{Field::photo, Level::public_}}, false),
       {false, false, false, false, false}},
  };
}

TEST(ProfilePermissions, Matrix) {
  for (const auto& c : matrix()) {
    for (std::size_t i = 0; i < 5; ++i) {
      auto d = can(actor(kRoles[i]), c.action, c.subject);
      EXPECT_EQ(d.allowed, c.allowed[i]) << c.name << ", role #" << i;
      EXPECT_EQ(d.reason.empty(), d.allowed) << c.name << ", role #" << i;
    }
  }
}

TEST(ProfilePermissions, MatrixCoversEveryAction) {
  std::map<Action, int> rows;
  for (const auto& c : matrix()) ++rows[c.action];
  for (Action a : kAllActions) {
    EXPECT_GT(rows[a], 0) << "no matrix row for action #" << static_cast<int>(a);
  }
}

TEST(ProfilePermissions, HiddenThingsLookAbsent) {
  auto d = can(actor(Role::visitor), Action::view_photo, with({}));
  EXPECT_EQ(d.reason, "errors.not_found");
  EXPECT_EQ(can(actor(Role::member), Action::edit_profile, with({})).reason, "errors.forbidden");
}

TEST(ProfilePermissions, Relations) {
  EXPECT_EQ(relation(actor(Role::owner), kOwner), Relation::owner);
  EXPECT_EQ(relation(actor(Role::admin), kOwner), Relation::animator);
  EXPECT_EQ(relation(actor(Role::animator), kOwner), Relation::animator);
  EXPECT_EQ(relation(actor(Role::member), kOwner), Relation::member);
  EXPECT_EQ(relation(actor(Role::visitor), kOwner), Relation::visitor);
  // An animator looking at their own profile is its owner.
  EXPECT_EQ(relation(actor(Role::animator), 20), Relation::owner);
}

}  // namespace
}  // namespace comdev::profiles
