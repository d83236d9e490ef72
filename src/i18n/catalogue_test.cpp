#include "i18n/catalogue.h"

#include <gtest/gtest.h>

namespace comdev::i18n {
namespace {

Message simple(std::string text) {
  Message m;
  m.forms[static_cast<std::size_t>(PluralForm::other)] = std::move(text);
  return m;
}

TEST(Catalogue, FallsBackToFrenchThenToTheKey) {
  Catalogue fr;
  fr.add("a", simple("A-fr"));
  fr.add("b", simple("B-fr"));
  Catalogue ar(&fr);
  ar.add("a", simple("A-ar"));
  EXPECT_EQ(ar.text("a"), "A-ar");
  EXPECT_EQ(ar.text("b"), "B-fr");
  EXPECT_EQ(ar.text("missing.key"), "missing.key");
}

TEST(Catalogue, MissingPluralFormFallsBackToOther) {
  Catalogue c;
  Message m;
  m.plural = true;
  m.forms[static_cast<std::size_t>(PluralForm::one)] = "one thing";
  m.forms[static_cast<std::size_t>(PluralForm::other)] = "things";
  c.add("n", m);
  EXPECT_EQ(c.form("n", PluralForm::one), "one thing");
  EXPECT_EQ(c.form("n", PluralForm::few), "things");
  EXPECT_EQ(c.text("n"), "things");
}

TEST(BuiltInCatalogues, AreEmbeddedAndTranslated) {
  EXPECT_EQ(catalogue(Lang::fr).text("nav.projects"), "Projets et besoins");
  EXPECT_EQ(catalogue(Lang::ar).text("nav.projects"), "المشاريع والاحتياجات");
  EXPECT_EQ(catalogue(Lang::en).text("nav.projects"), "Projects and needs");
  EXPECT_EQ(catalogue(Lang::ar).fallback(), &catalogue(Lang::fr));
  EXPECT_GT(catalogue(Lang::fr).size(), 40u);
}

TEST(PseudoCatalogue, WrapsEveryMessageAndHasNoFallback) {
  Catalogue pseudo = make_pseudo(catalogue(Lang::fr));
  EXPECT_EQ(pseudo.size(), catalogue(Lang::fr).size());
  EXPECT_EQ(pseudo.text("nav.skip"), "\u27e6Aller au contenu\u27e7");
  EXPECT_EQ(pseudo.form("home.counts.members", PluralForm::one), "\u27e6{count} membre\u27e7");
  EXPECT_EQ(pseudo.text("not.a.key"), "not.a.key");
}

}  // namespace
}  // namespace comdev::i18n
