#include "web/render.h"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace comdev::web {
namespace {

using i18n::Lang;

struct Page {
  std::string buf;
  Out out{buf, Lang::fr, i18n::catalogue(Lang::fr)};
};

TEST(WriteText, EscapesTheFiveHtmlSpecialCharacters) {
  Page p;
  write_text(p.out, "a<b>&\"c'd");
  EXPECT_EQ(p.buf, "a&lt;b&gt;&amp;&quot;c&#39;d");
}

TEST(WriteUrl, ReplacesDangerousSchemes) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://x.org/?a=1&b=2", "https://x.org/?a=1&amp;b=2"},
      {"/projects/12", "/projects/12"},
      {"?page=2", "?page=2"},
      {"mailto:a@b.ma", "mailto:a@b.ma"},
      {"javascript:alert(1)", "about:invalid"},
      {" JavaScript:alert(1)", "about:invalid"},
      {"java\tscript:alert(1)", "about:invalid"},
      {"data:text/html,<b>", "about:invalid"},
      {"vbscript:x", "about:invalid"},
      {"/a:b", "/a:b"},
  };
  for (const auto& [in, expected] : cases) {
    Page p;
    write_url(p.out, in);
    EXPECT_EQ(p.buf, expected) << in;
  }
}

TEST(Write, FormatsNumbersForTextAndPlainlyForAttributes) {
  Page p;
  write(p.out, 1234567);
  p.buf += '|';
  write_attr(p.out, 1234567);
  EXPECT_EQ(p.buf, "1\u202f234\u202f567|1234567");
}

TEST(Write, SkipsEmptyOptionals) {
  Page p;
  write(p.out, std::optional<std::string>{});
  write(p.out, std::optional<std::string>{"<x>"});
  EXPECT_EQ(p.buf, "&lt;x&gt;");
}

TEST(Truthy, FollowsTheTemplateRules) {
  EXPECT_TRUE(truthy(true));
  EXPECT_FALSE(truthy(false));
  EXPECT_FALSE(truthy(0));
  EXPECT_TRUE(truthy(3));
  EXPECT_FALSE(truthy(std::string()));
  EXPECT_TRUE(truthy(std::string("x")));
  EXPECT_FALSE(truthy(std::vector<int>{}));
  EXPECT_TRUE(truthy(std::vector<int>{1}));
  EXPECT_FALSE(truthy(std::optional<int>{}));
  EXPECT_TRUE(truthy(std::optional<int>{0}));
  EXPECT_FALSE(truthy(static_cast<const char*>(nullptr)));
}

TEST(T, WritesCatalogueTextEscapedAndPlurals) {
  Page p;
  t(p.out, "errors.not_found");
  EXPECT_EQ(p.buf, "Cette page n&#39;existe pas ou a été déplacée.");
  p.buf.clear();
  t_plural(p.out, "home.counts.dev_communities", 3, {});
  EXPECT_EQ(p.buf, "3 communautés de développement");
  p.buf.clear();
  t_format(p.out, "home.counts.members", {{"count", "<7>"}});
  EXPECT_EQ(p.buf, "&lt;7&gt; membres");
  p.buf.clear();
  t_plural(p.out, "home.counts.members", 2500, {});
  EXPECT_EQ(p.buf, "2\u202f500 membres");
}

TEST(CountOf, AcceptsNumbersAndContainers) {
  EXPECT_EQ(count_of(7u), 7);
  EXPECT_EQ(count_of(std::vector<int>{1, 2}), 2);
}

}  // namespace
}  // namespace comdev::web

namespace comdev::web {
namespace {

TEST(T, IsolatesNamesInsertedIntoASentence) {
  std::string buf;
  Out out{buf, i18n::Lang::ar, i18n::catalogue(i18n::Lang::ar)};
  t_format(out, "invitations.list.heading", {{"commune", "Commune de Taliouine"}});
  // The Latin name sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
  EXPECT_NE(buf.find("\u2068Commune de Taliouine\u2069"), std::string::npos) << buf;
}

}  // namespace
}  // namespace comdev::web
