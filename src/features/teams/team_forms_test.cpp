#include "features/teams/team_forms.h"

#include <gtest/gtest.h>

namespace comdev::teams {
namespace {

std::string field_error(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message_id;
  }
  return {};
}

TEST(TeamForms, ARoleIsOneOfTheFourKindsWithAnOptionalTitle) {
  auto r = parse_role(" carrier ", " Trésorière ");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->kind, RoleKind::carrier);
  EXPECT_EQ(r->title, "Trésorière");
  auto bad = parse_role("owner", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(field_error(bad.error(), "role_kind"), "teams.errors.role_kind");
  EXPECT_FALSE(parse_role("expert", std::string(101, 'x')).ok());
}

TEST(TeamForms, ANewMemberIsNamedByAPlausibleAddress) {
  auto m = parse_new_member(" Nadia@Example.org ", "expert", "");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->role.kind, RoleKind::expert);
  auto bad = parse_new_member("nadia", "expert", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(field_error(bad.error(), "email"), "teams.errors.email");
}

TEST(TeamForms, AThreadNeedsATitleAndAFirstMessage) {
  auto t = parse_thread("  Budget de l'étude ", "Voici le **budget**.");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->title, "Budget de l'étude");
  EXPECT_EQ(field_error(parse_thread("", "x").error(), "title"), "teams.errors.title_required");
  EXPECT_EQ(field_error(parse_thread("x", "  ").error(), "body"), "teams.errors.message_required");
  EXPECT_EQ(field_error(parse_thread(std::string(201, 'x'), "x").error(), "title"),
            "teams.errors.too_long");
}

TEST(TeamForms, AMessageWithRawHtmlOrAJavascriptLinkIsRefusedNotAltered) {
  for (const char* body : {"<script>alert(1)</script>", "[clic](javascript:alert(1))",
                           "<img src=x onerror=alert(1)>", "[x](JavaScript:alert(1))"}) {
    auto r = parse_message(body);
    ASSERT_FALSE(r.ok()) << body;
    EXPECT_EQ(field_error(r.error(), "body"), "teams.errors.unsafe_markdown") << body;
  }
  EXPECT_TRUE(parse_message("Le [plan](https://example.org/plan.pdf) et `du code`").ok());
}

TEST(TeamForms, BadBytesAndOversizedMessagesAreRefused) {
  EXPECT_FALSE(parse_message("\xff\xfe").ok());
  EXPECT_FALSE(parse_message(std::string(kMaxMessage + 1, 'a')).ok());
  EXPECT_TRUE(parse_message(std::string(kMaxMessage, 'a')).ok());
}

}  // namespace
}  // namespace comdev::teams
