// Golden behaviour of templates compiled by templatec from testdata/: escaping in text,
// attributes and URLs; if/elif/else, for with loop.index, include, extends; catalogue text
// and plurals. The headers are generated at build time by the comdev_templatec_testdata rule.
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "i18n/catalogue.h"
#include "tpl_test/escaping.h"
#include "tpl_test/list.h"
#include "web/render.h"

namespace comdev {
namespace {

using i18n::Lang;

struct Item {
  std::string url;
  std::string slug;
  std::string title;
  std::string status;
  bool featured = false;
  int budget = 0;
};

struct ListView {
  std::string_view lang;
  std::string_view dir;
  int members = 0;
  std::vector<Item> items;
};

template <class F>
std::string render(Lang lang, F&& f) {
  std::string buf;
  web::Out out{buf, lang, i18n::catalogue(lang)};
  f(out);
  return buf;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

ListView sample_list() {
  ListView v{"fr", "ltr", 2, {}};
  v.items.push_back(
      {"https://example.org/a?x=1&y=2", "puits-tagant", "Puits <Tagant>", "open", true, 1500});
  v.items.push_back({"javascript:alert(1)", "ecole", "École \"Aït\"", "closed", false, 12});
  return v;
}

TEST(CompiledTemplate, ExtendsTheLayoutAndFillsItsBlocks) {
  std::string html = render(Lang::fr, [](web::Out& o) { tpl_test::list(o, sample_list()); });
  EXPECT_TRUE(html.starts_with("<!doctype html>\n<html lang=\"fr\" dir=\"ltr\">")) << html;
  EXPECT_TRUE(contains(html, "<title>Projets et besoins</title>")) << html;
  EXPECT_TRUE(contains(html, "<h1>Projets et besoins</h1>")) << html;
  EXPECT_TRUE(contains(html, "href=\"#main\">Aller au contenu</a>")) << html;
}

TEST(CompiledTemplate, LoopsIncludeThePartialWithLoopIndex) {
  std::string html = render(Lang::fr, [](web::Out& o) { tpl_test::list(o, sample_list()); });
  EXPECT_TRUE(contains(html, "<li class=\"row featured\" data-n=\"1\">")) << html;
  EXPECT_TRUE(contains(html, "<li class=\"row\" data-n=\"2\">")) << html;
  EXPECT_TRUE(contains(html, "<b>open</b>")) << html;
  EXPECT_TRUE(contains(html, "<i>closed</i>")) << html;
  EXPECT_FALSE(contains(html, "<s>other</s>")) << html;
  EXPECT_FALSE(contains(html, "class=\"empty\"")) << html;
}

TEST(CompiledTemplate, EscapesTextAttributesAndUrls) {
  std::string html = render(Lang::fr, [](web::Out& o) { tpl_test::list(o, sample_list()); });
  EXPECT_TRUE(contains(html, ">Puits &lt;Tagant&gt;</a>")) << html;
  EXPECT_TRUE(contains(html, "title=\"École &quot;Aït&quot;\"")) << html;
  EXPECT_TRUE(contains(html, "href=\"https://example.org/a?x=1&amp;y=2\"")) << html;
  EXPECT_TRUE(contains(html, "href=\"about:invalid\"")) << html;
  EXPECT_FALSE(contains(html, "javascript:")) << html;
  EXPECT_TRUE(contains(html, "href=\"/projects/puits-tagant\">1\u202f500</a>")) << html;
}

TEST(CompiledTemplate, ChoosesPluralFormsPerLanguage) {
  ListView v = sample_list();
  EXPECT_TRUE(contains(render(Lang::fr, [&](web::Out& o) { tpl_test::list(o, v); }),
                       "<p class=\"count\">2 membres</p>"));
  v.members = 2;
  EXPECT_TRUE(contains(render(Lang::ar, [&](web::Out& o) { tpl_test::list(o, v); }),
                       "<p class=\"count\">عضوان</p>"));
  v.members = 11;
  EXPECT_TRUE(contains(render(Lang::ar, [&](web::Out& o) { tpl_test::list(o, v); }),
                       "<p class=\"count\">11 عضوًا</p>"));
  v.members = 1;
  EXPECT_TRUE(contains(render(Lang::en, [&](web::Out& o) { tpl_test::list(o, v); }),
                       "<p class=\"count\">1 member</p>"));
}

TEST(CompiledTemplate, TakesTheElseBranchForAnEmptyList) {
  ListView v{"ar", "rtl", 0, {}};
  std::string html = render(Lang::ar, [&](web::Out& o) { tpl_test::list(o, v); });
  EXPECT_TRUE(contains(html, "<html lang=\"ar\" dir=\"rtl\">")) << html;
  EXPECT_TRUE(contains(html, "class=\"empty\">هذه الصفحة غير موجودة أو تم نقلها.</p>")) << html;
  EXPECT_FALSE(contains(html, "<ul>")) << html;
}

TEST(CompiledTemplate, CollapsesWhitespaceBetweenTags) {
  std::string html = render(Lang::fr, [](web::Out& o) { tpl_test::list(o, sample_list()); });
  EXPECT_FALSE(contains(html, "  ")) << html;
  EXPECT_FALSE(contains(html, "\n\n")) << html;
}

struct EscapingView {
  std::string text = "<b>&'\"";
  std::string html = "<em>sanitised</em>";
  std::string url = " JAVA\tscript:alert(1)";
  long n = 1234567;
  std::chrono::sys_seconds when{std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} +
                                std::chrono::hours{12}};
  web::Money price{250050, "EUR"};
  int min = 2;
  std::optional<std::string> maybe;
  std::vector<int> empty_list;
  std::string label = "shown";
};

TEST(CompiledTemplate, WritesEachValueForItsContext) {
  EscapingView v;
  // The built-in messages have no {name} placeholders yet: give one to test parameters.
  i18n::Catalogue cat(&i18n::catalogue(Lang::fr));
  i18n::Message with_params;
  with_params.forms[5] = "entre {min} et {max} caractères";
  cat.add("contact.errors.name_length", with_params);
  auto render_with_params = [&] {
    std::string buf;
    web::Out out{buf, Lang::fr, cat};
    tpl_test::escaping(out, v);
    return buf;
  };
  std::string html = render_with_params();
  EXPECT_TRUE(contains(html, "<p>&lt;b&gt;&amp;&#39;&quot;</p>")) << html;
  EXPECT_TRUE(contains(html, "<div><em>sanitised</em></div>")) << html;
  EXPECT_TRUE(contains(html, "<img src=\"about:invalid\" alt=\"&lt;b&gt;&amp;&#39;&quot;\">"))
      << html;
  EXPECT_TRUE(contains(html, "value=\"1234567\"")) << html;
  EXPECT_TRUE(contains(html, "<p class=\"n\">1\u202f234\u202f567</p>")) << html;
  EXPECT_TRUE(contains(html, "<p class=\"when\">22 novembre 2026</p>")) << html;
  EXPECT_TRUE(contains(html, "<time datetime=\"2026-11-22\">")) << html;
  EXPECT_TRUE(contains(html, "<p class=\"price\">2\u202f500,50\u00a0€</p>")) << html;
  EXPECT_TRUE(contains(html, "entre 2 et 2\u202f000 caractères")) << html;
  EXPECT_TRUE(contains(html, "placeholder=\"Votre nom\"")) << html;
  EXPECT_FALSE(contains(html, "class=\"maybe\"")) << html;
  EXPECT_TRUE(contains(html, "<p class=\"label\">shown</p>")) << html;
  EXPECT_TRUE(contains(html, "<pre>  keep   this  </pre>")) << html;
  v.maybe = "here";
  v.label = "hidden";
  html = render_with_params();
  EXPECT_TRUE(contains(html, "<p class=\"maybe\">here</p>")) << html;
  EXPECT_FALSE(contains(html, "class=\"label\"")) << html;
}

TEST(CompiledTemplate, PseudoCatalogueMarksEveryCatalogueText) {
  i18n::Catalogue pseudo = i18n::make_pseudo(i18n::catalogue(Lang::fr));
  std::string buf;
  web::Out out{buf, Lang::fr, pseudo};
  tpl_test::list(out, sample_list());
  EXPECT_TRUE(contains(buf, "<h1>\u27e6Projets et besoins\u27e7</h1>")) << buf;
  EXPECT_TRUE(contains(buf, "\u27e62 membres\u27e7")) << buf;
}

}  // namespace
}  // namespace comdev
