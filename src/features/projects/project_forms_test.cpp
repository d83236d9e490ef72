#include "features/projects/project_forms.h"

#include <gtest/gtest.h>

namespace comdev::projects {
namespace {

http::Form valid() {
  http::Form f;
  f.add("title", "Adduction d'eau potable");
  f.add("summary", "Un réseau pour le douar.");
  f.add("description_md", "## Contexte\n\nUn **puits** et [un lien](https://example.org).");
  f.add("lang", "fr");
  f.add("status", "idea");
  f.add("carrier", "3");
  f.add("territory", "12");
  f.add("sectors", "water");
  f.add("sectors", "health");
  return f;
}

bool has_field(const Error& e, std::string_view field, std::string_view message) {
  for (const auto& f : e.fields) {
    if (f.field == field && f.message_id == message) return true;
  }
  return false;
}

TEST(ProjectForms, AcceptsAValidProject) {
  auto d = parse_project(valid());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Adduction d'eau potable");
  EXPECT_EQ(d->carrier_id, 3);
  EXPECT_EQ(d->sectors.size(), 2u);
  EXPECT_FALSE(d->lat);
}

TEST(ProjectForms, RefusesScriptAndJavascriptLinksInTheDescription) {
  for (const char* md : {"<script>alert(1)</script>", "[x](javascript:alert(1))",
                         "<img src=x onerror=alert(1)>", "![x](data:image/png;base64,AA)"}) {
    auto f = valid();
    http::Form g;
    for (const auto& [k, v] : f.fields()) g.add(k, k == "description_md" ? md : v);
    auto d = parse_project(g);
    ASSERT_FALSE(d.ok()) << md;
    EXPECT_TRUE(has_field(d.error(), "description_md", "projects.errors.markdown_unsafe")) << md;
  }
}

TEST(ProjectForms, ReportsEveryBadField) {
  http::Form f;
  f.add("title", "x");
  f.add("lang", "de");
  f.add("status", "finished");
  f.add("sectors", "mining");
  f.add("lat", "abc");
  f.add("partner_org", "zz");
  f.add("plan_action", "-1");
  auto d = parse_project(f);
  ASSERT_FALSE(d.ok());
  const auto& e = d.error();
  EXPECT_TRUE(has_field(e, "title", "projects.errors.title"));
  EXPECT_TRUE(has_field(e, "lang", "projects.errors.lang"));
  EXPECT_TRUE(has_field(e, "status", "projects.errors.status"));
  EXPECT_TRUE(has_field(e, "sectors", "projects.errors.sectors"));
  EXPECT_TRUE(has_field(e, "lat", "projects.errors.point"));
  EXPECT_TRUE(has_field(e, "carrier", "projects.errors.carrier"));
  EXPECT_TRUE(has_field(e, "territory", "projects.errors.territory"));
  EXPECT_TRUE(has_field(e, "partners", "projects.errors.partners"));
  EXPECT_TRUE(has_field(e, "plan_action", "projects.errors.plan_action"));
}

TEST(ProjectForms, PointNeedsBothCoordinatesInRange) {
  auto f = valid();
  f.add("lat", "29.7");
  auto d = parse_project(f);
  ASSERT_FALSE(d.ok());
  f.add("lon", "-8.97");
  d = parse_project(f);
  ASSERT_TRUE(d.ok());
  EXPECT_DOUBLE_EQ(*d->lat, 29.7);
  auto g = valid();
  g.add("lat", "95");
  g.add("lon", "0");
  EXPECT_FALSE(parse_project(g).ok());
}

TEST(ProjectForms, TooManySectorsAndInvalidUtf8) {
  auto f = valid();
  for (auto s : {"waste", "education", "energy", "youth"}) f.add("sectors", s);
  EXPECT_FALSE(parse_project(f).ok());
  auto g = valid();
  g.add("summary", std::string("\xff"));
  auto d = parse_project(g);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().message_id, "errors.form.invalid_utf8");
}

TEST(ProjectForms, PartnersInPairs) {
  auto f = valid();
  f.add("partner_org", "5");
  f.add("partner_role", "Financement");
  f.add("partner_org", "");
  f.add("partner_role", "");
  f.add("partner_org", "5");  // the same partner twice counts once
  f.add("partner_role", "Autre");
  auto d = parse_project(f);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->partners.size(), 1u);
  EXPECT_EQ(d->partners[0].role, "Financement");
}

TEST(ProjectForms, StatusUpdateCommentTranslation) {
  http::Form s;
  s.add("status", "ready");
  EXPECT_TRUE(parse_status_change(s).ok());
  http::Form bad;
  bad.add("status", "nope");
  EXPECT_FALSE(parse_status_change(bad).ok());

  http::Form u;
  u.add("title", "Chantier lancé");
  u.add("body_md", "[clic](javascript:alert(1))");
  auto up = parse_update(u);
  ASSERT_FALSE(up.ok());
  EXPECT_TRUE(has_field(up.error(), "body_md", "projects.errors.markdown_unsafe"));

  http::Form c;
  c.add("body", " ");
  EXPECT_FALSE(parse_comment(c).ok());
  http::Form c2;
  c2.add("body", "Bravo <b>!</b>");
  EXPECT_EQ(*parse_comment(c2), "Bravo <b>!</b>");  // plain text: escaped when shown

  http::Form t;
  t.add("lang", "ar");
  t.add("title", "الماء الصالح للشرب");
  EXPECT_TRUE(parse_translation(t).ok());
  http::Form t2;
  t2.add("lang", "xx");
  t2.add("title", "T");
  EXPECT_EQ(parse_translation(t2).error().fields.size(), 2u);
}

TEST(ProjectForms, CoverMustBeAnImageByItsBytes) {
  auto html = check_cover("<html><script>alert(1)</script></html>");
  ASSERT_FALSE(html.ok());
  EXPECT_TRUE(has_field(html.error(), "cover", "projects.errors.cover_type"));
  // A PNG signature followed by garbage is not a PNG either.
  auto fake = check_cover(std::string("\x89PNG\r\n\x1A\n", 8) + "garbage");
  EXPECT_FALSE(fake.ok());
  auto big = check_cover(std::string(kMaxCoverBytes + 1, 'x'));
  ASSERT_FALSE(big.ok());
  EXPECT_TRUE(has_field(big.error(), "cover", "projects.errors.cover_size"));
}

}  // namespace
}  // namespace comdev::projects
