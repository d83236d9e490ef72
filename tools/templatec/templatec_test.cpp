// The template compiler's refusals and its code shapes, on templates held in memory.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "codegen.h"

namespace comdev::templatec {
namespace {

const std::map<std::string, bool> kKeys = {
    {"site.name", false}, {"home.counts.members", true}, {"contact.name", false}};

Compiled compile(std::map<std::string, std::string> files, const std::string& path = "t.html") {
  Loader load = [files](const std::string& p) -> std::optional<std::string> {
    auto it = files.find(p);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
  Options options;
  options.keys = &kKeys;
  return compile_template(path, load, options);
}

Compiled compile_one(const std::string& source) {
  return compile({{"t.html", source}});
}

std::string first_error(const Compiled& c) {
  return c.errors.empty() ? std::string("(no error)") : c.errors[0].str();
}

struct Refusal {
  const char* source;
  const char* expected_error;  // substring of "file:line: message"
};

TEST(Templatec, RefusesUnsafeOrMalformedTemplatesWithFileAndLine) {
  const Refusal cases[] = {
      {"<script>var x = \"{{ a }}\";</script>",
       "t.html:1: values may not be written inside <script>"},
      {"<p>\n</p><style>\n p { color: {{ c }} }</style>",
       "t.html:3: values may not be written inside <style>"},
      {"<a onclick=\"go({{ a }})\">", "event handler attributes (onclick=)"},
      {"<div style=\"{{ a }}\">", "style= attributes"},
      {"<div class={{ a }}>", "must be quoted"},
      {"<{{ tag }}>", "values may only go in text or in quoted attribute values"},
      {"<a href=\"javascript:{{ a }}\">", "javascript: URL in href="},
      {"<a href=\"javascript:alert(1)\">x</a>", "javascript: URL in href="},
      {"<!-- {{ secret }} -->", "inside HTML comments"},
      {"{% frobnicate %}", "unknown tag {% frobnicate %}"},
      {"\n\n{% if a %}<p>", "t.html:3: {% if %} without {% endif %}"},
      {"{% for x in xs %}", "{% for %} without {% endfor %}"},
      {"<p>{% endif %}", "{% endif %} without a matching opening tag"},
      {"{% if a %}{% else %}{% elif b %}{% endif %}", "{% elif %} after {% else %}"},
      {"{% t \"no.such.key\" %}", "no key \"no.such.key\" in i18n/fr.json"},
      {"{% t \"home.counts.members\" %}", "plural message: give count="},
      {"{% t \"site.name\" count=n %}", "is not a plural message"},
      {"<a {% if x %}href=\"{% endif %}\">", "branch starts inside the tag <a>"},
      {"{{ a.b + 1 }}", "unexpected character '+'"},
      {"{{ 1a }}", "is not a name.path"},
      {"{{ loop.index }}", "loop.* outside {% for %}"},
      {"{% if a == b %}{% endif %}", "compare only against \"string literals\""},
      {"{% include \"missing\" %}", "no template 'missing.html'"},
      {"{{ a ", "unclosed '{{'"},
  };
  for (const auto& c : cases) {
    Compiled compiled = compile_one(c.source);
    EXPECT_TRUE(compiled.header.empty()) << c.source;
    EXPECT_NE(first_error(compiled).find(c.expected_error), std::string::npos)
        << "source: " << c.source << "\nerror:  " << first_error(compiled);
  }
}

TEST(Templatec, ChoosesTheEscapingFunctionByContext) {
  Compiled c = compile_one(
      "<a href=\"{{ u }}\" title=\"{{ t }}\">{{ x }}</a><a href=\"/p/{{ id }}\"></a>{{ h | raw }}");
  ASSERT_TRUE(c.errors.empty()) << first_error(c);
  EXPECT_NE(c.header.find("web::write_url(out, v.u);"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write_attr(out, v.t);"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write(out, v.x);"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write_attr(out, v.id);"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write_raw(out, v.h);"), std::string::npos) << c.header;
}

TEST(Templatec, AllowsConditionalAttributesBetweenAttributes) {
  Compiled c = compile_one(
      "<a href=\"/p\"{% if here %} aria-current=\"page\"{% endif %} class=\"{{ k }}\">x</a>");
  ASSERT_TRUE(c.errors.empty()) << first_error(c);
  EXPECT_NE(c.header.find("web::write_attr(out, v.k);"), std::string::npos) << c.header;
}

TEST(Templatec, PluralCountIsPassedOnceNotAsAParam) {
  Compiled c = compile_one("{% t \"home.counts.members\" count=n %}");
  ASSERT_TRUE(c.errors.empty()) << first_error(c);
  EXPECT_NE(c.header.find("web::t_plural(out, \"home.counts.members\", web::count_of(v.n), {});"),
            std::string::npos)
      << c.header;
}

TEST(Templatec, NamesTheFunctionAfterThePath) {
  EXPECT_EQ(function_name("home/index.html"), "home_index");
  EXPECT_EQ(function_name("errors/not-found.html"), "errors_not_found");
  Compiled c = compile({{"home/index.html", "<p>hi</p>"}}, "home/index.html");
  ASSERT_TRUE(c.errors.empty()) << first_error(c);
  EXPECT_NE(c.header.find("namespace comdev::tpl {"), std::string::npos);
  EXPECT_NE(c.header.find("void home_index(web::Out& out, [[maybe_unused]] const V& v)"),
            std::string::npos)
      << c.header;
}

TEST(Templatec, CollapsesWhitespaceButNotInsidePre) {
  Compiled c = compile_one("<p>a   \n\n   b</p>\n   <pre>x   y</pre>");
  ASSERT_TRUE(c.errors.empty()) << first_error(c);
  EXPECT_NE(c.header.find(R"("<p>a\nb</p>\n<pre>x   y</pre>")"), std::string::npos) << c.header;
}

TEST(Templatec, ResolvesLoopVariablesBeforeViewFields) {
  Compiled c =
      compile_one("{% for p in projects %}{{ p.name }}{{ loop.index }}{{ title }}{% endfor %}");
  ASSERT_TRUE(c.errors.empty()) << first_error(c);
  EXPECT_NE(c.header.find(": v.projects)"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write(out, l_p_1.name);"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write(out, loop_1);"), std::string::npos) << c.header;
  EXPECT_NE(c.header.find("web::write(out, v.title);"), std::string::npos) << c.header;
}

TEST(Templatec, PageMustFillOnlyBlocksTheLayoutHas) {
  Compiled ok =
      compile({{"layout.html", "<main>{% block content %}default{% endblock %}</main>"},
               {"t.html", "{% extends \"layout\" %}{% block content %}page{% endblock %}"}});
  ASSERT_TRUE(ok.errors.empty()) << first_error(ok);
  EXPECT_NE(ok.header.find("\"<main>page</main>\""), std::string::npos) << ok.header;
  Compiled bad =
      compile({{"layout.html", "<main>{% block content %}{% endblock %}</main>"},
               {"t.html", "{% extends \"layout\" %}{% block sidebar %}x{% endblock %}"}});
  EXPECT_NE(first_error(bad).find("the layout has no block 'sidebar'"), std::string::npos)
      << first_error(bad);
}

TEST(Templatec, RefusesIncludeCycles) {
  Compiled c = compile({{"t.html", "{% include \"t\" %}"}});
  EXPECT_NE(first_error(c).find("nested too deeply"), std::string::npos) << first_error(c);
}

}  // namespace
}  // namespace comdev::templatec
