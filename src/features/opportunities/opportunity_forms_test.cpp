#include "features/opportunities/opportunity_forms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace comdev::opportunities {
namespace {

http::Form form(std::vector<std::pair<std::string, std::string>> fields) {
  http::Form f;
  for (auto& [k, v] : fields) f.add(k, v);
  return f;
}

http::Form good(std::vector<std::pair<std::string, std::string>> overrides = {}) {
  std::vector<std::pair<std::string, std::string>> fields = {
      {"kind", "offer"},
      {"title", "Unité de conditionnement du safran"},
      {"description", "Un **terrain** aménagé."},
      {"lang", "fr"},
      {"sector", "agriculture"},
      {"stage", "study"},
      {"commune", "14"},
      {"amount_min", "600 000"},
      {"amount_max", "1500000,50"},
      {"currency", "MAD"},
      {"contact_org", "3"},
      {"contact", "Bureau d'accueil des migrants"}};
  for (auto& [k, v] : overrides) {
    auto it = std::find_if(fields.begin(), fields.end(), [&](auto& p) { return p.first == k; });
    if (it != fields.end())
      it->second = v;
    else
      fields.emplace_back(k, v);
  }
  return form(fields);
}

bool has_field(const Error& e, std::string_view field, std::string_view id = {}) {
  return std::any_of(e.fields.begin(), e.fields.end(), [&](const FieldError& f) {
    return f.field == field && (id.empty() || f.message_id == id);
  });
}

TEST(OpportunityForms, ReadsAGoodOpportunity) {
  auto t = parse_opportunity(good());
  ASSERT_TRUE(t.ok()) << t.error().message_id;
  EXPECT_EQ(t->kind, Kind::offer);
  EXPECT_EQ(t->amount_min, 600'000'00);
  EXPECT_EQ(t->amount_max, 1'500'000'50);
  EXPECT_EQ(t->currency, "MAD");
  EXPECT_EQ(t->commune_id, 14);
  EXPECT_EQ(t->contact_org_id, 3);
  EXPECT_EQ(t->publisher_org_id, 0);
}

TEST(OpportunityForms, RefusesBadAmountsNamingTheField) {
  auto reversed = parse_opportunity(good({{"amount_min", "900"}, {"amount_max", "100"}}));
  ASSERT_FALSE(reversed.ok());
  EXPECT_TRUE(has_field(reversed.error(), "amount_max", "opportunities.errors.range"));

  auto negative = parse_opportunity(good({{"amount_min", "-5"}}));
  ASSERT_FALSE(negative.ok());
  EXPECT_TRUE(has_field(negative.error(), "amount_min"));

  auto three = parse_opportunity(good({{"amount_max", "1500,505"}}));
  ASSERT_FALSE(three.ok());
  EXPECT_TRUE(has_field(three.error(), "amount_max", "money.errors.decimals"));

  auto words = parse_opportunity(good({{"amount_min", "beaucoup"}}));
  ASSERT_FALSE(words.ok());
  EXPECT_TRUE(has_field(words.error(), "amount_min", "money.errors.amount"));

  auto usd = parse_opportunity(good({{"currency", "USD"}}));
  ASSERT_FALSE(usd.ok());
  EXPECT_TRUE(has_field(usd.error(), "currency", "opportunities.errors.currency"));
}

TEST(OpportunityForms, CollectsEveryProblemAtOnce) {
  auto r = parse_opportunity(form({{"kind", "loan"},
                                   {"title", "x"},
                                   {"sector", "mining"},
                                   {"stage", "someday"},
                                   {"currency", "MAD"},
                                   {"amount_min", "1"},
                                   {"amount_max", "2"}}));
  ASSERT_FALSE(r.ok());
  for (auto field : {"kind", "title", "description", "sector", "stage", "commune", "contact"}) {
    EXPECT_TRUE(has_field(r.error(), field)) << field;
  }
}

TEST(OpportunityForms, RefusesMarkdownTheRendererWouldAlter) {
  auto r = parse_opportunity(good({{"description", "<script>alert(1)</script>"}}));
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(has_field(r.error(), "description", "teams.errors.unsafe_markdown"));
}

TEST(OpportunityForms, InterestNeedsWhoWhatAndHowToReach) {
  auto ok = parse_interest(form({{"about", "Ingénieure à Lyon"},
                                 {"interest", "Co-investir"},
                                 {"amount", "50 000"},
                                 {"currency", "EUR"},
                                 {"contact", "nadia@example.org"}}));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->amount, 50'000'00);
  EXPECT_EQ(ok->currency, "EUR");

  auto no_amount =
      parse_interest(form({{"about", "Retraité"}, {"interest", "Conseil"}, {"contact", "+33 6"}}));
  ASSERT_TRUE(no_amount.ok());
  EXPECT_FALSE(no_amount->amount);

  auto bad = parse_interest(form({{"about", ""},
                                  {"interest", "ab"},
                                  {"amount", "10,123"},
                                  {"currency", "USD"},
                                  {"contact", ""}}));
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(has_field(bad.error(), "about", "opportunities.errors.required"));
  EXPECT_TRUE(has_field(bad.error(), "interest", "opportunities.errors.too_short"));
  EXPECT_TRUE(has_field(bad.error(), "amount", "money.errors.decimals"));
  EXPECT_TRUE(has_field(bad.error(), "currency"));
  EXPECT_TRUE(has_field(bad.error(), "contact"));
}

TEST(OpportunityForms, NoteIsRequired) {
  EXPECT_FALSE(parse_note("   ").ok());
  EXPECT_EQ(*parse_note(" Trop tôt "), "Trop tôt");
}

TEST(OpportunityForms, FiltersIgnoreUnknownValuesOnPagesAndNameThemInTheApi) {
  auto q = form({{"sector", "water"},
                 {"stage", "soon"},
                 {"amount", "eur-small"},
                 {"commune", "12"},
                 {"kind", "migrant_project"},
                 {"page", "2"}});
  auto f = parse_filter(q);
  EXPECT_EQ(f.sector, "water");
  EXPECT_EQ(f.stage, "");
  EXPECT_EQ(f.amount, "eur-small");
  EXPECT_EQ(f.commune_id, 12);
  EXPECT_EQ(f.page, 2);
  std::vector<FieldError> errors;
  (void)parse_filter(q, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "stage");
  EXPECT_EQ(query_string(f, 3),
            "sector=water&commune=12&kind=migrant_project&amount=eur-small&page=3");
}

}  // namespace
}  // namespace comdev::opportunities
