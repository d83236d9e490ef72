#include "web/markdown.h"

#include <gtest/gtest.h>

namespace comdev::web {
namespace {

bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

TEST(Markdown, RendersEmphasisListsAndParagraphs) {
  const std::string html = markdown_to_html("Un *puits* et **une pompe**\n\n- a\n- b\n");
  EXPECT_TRUE(contains(html, "<em>puits</em>"));
  EXPECT_TRUE(contains(html, "<strong>une pompe</strong>"));
  EXPECT_TRUE(contains(html, "<li>a</li>"));
}

TEST(Markdown, RendersGfmTablesStrikethroughAndAutolinks) {
  const std::string html =
      markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~vieux~~ www.example.org\n");
  EXPECT_TRUE(contains(html, "<table>"));
  EXPECT_TRUE(contains(html, "<del>vieux</del>"));
  EXPECT_TRUE(contains(html, "href=\"http://www.example.org\""));
}

TEST(Markdown, KeepsArabicText) {
  const std::string html = markdown_to_html("مشروع **الماء** الصالح للشرب");
  EXPECT_TRUE(contains(html, "<strong>الماء</strong>"));
}

TEST(Markdown, DropsRawHtmlBlocksAndInlineTags) {
  const char* attacks[] = {
      "<script>alert(1)</script>",
      "text <script>alert(1)</script> text",
      "<img src=x onerror=alert(1)>",
      "<iframe src=\"https://evil.example\"></iframe>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<style>body{display:none}</style>",
      "<div onclick=\"alert(1)\">x</div>",
      "<svg><script>alert(1)</script></svg>",
      "<!-- c --><script>x</script>",
  };
  for (const char* md : attacks) {
    const std::string html = markdown_to_html(md);
    EXPECT_FALSE(contains(html, "<script")) << md << " → " << html;
    EXPECT_FALSE(contains(html, "<img")) << md;
    EXPECT_FALSE(contains(html, "<iframe")) << md;
    EXPECT_FALSE(contains(html, "<style")) << md;
    EXPECT_FALSE(contains(html, "<svg")) << md;
    EXPECT_FALSE(contains(html, "onclick=")) << md;
    EXPECT_FALSE(contains(html, "onerror=")) << md;
    EXPECT_FALSE(contains(html, "javascript:")) << md;
    EXPECT_TRUE(markdown_has_unsafe_parts(md)) << md;
  }
}

TEST(Markdown, NeutralisesDangerousLinkSchemes) {
  const char* attacks[] = {
      "[x](javascript:alert(1))",      "[x](JavaScript:alert(1))",
      "[x]( javascript:alert(1))",     "[x](<java\tscript:alert(1)>)",
      "[x](jav&#x61;script:alert(1))", "[x](&#106;avascript:alert(1))",
      "[x](vbscript:msgbox)",          "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](file:///etc/passwd)",       "[x][r]\n\n[r]: javascript:alert(1)",
      "<javascript:alert(1)>",
  };
  for (const char* md : attacks) {
    // The address is emptied; the text (shown escaped) may still read "javascript:".
    const std::string html = markdown_to_html(md);
    EXPECT_TRUE(contains(html, "href=\"\"")) << md << " → " << html;
    for (const char* scheme :
         {"javascript", "JavaScript", "jav", "&#", "vbscript", "data", "file"}) {
      EXPECT_FALSE(contains(html, std::string("href=\"") + scheme)) << md << " → " << html;
    }
  }
}

TEST(Markdown, TurnsImagesIntoLinksSoNoForeignPictureLoads) {
  const std::string html = markdown_to_html("![un puits](https://example.org/p.jpg)");
  EXPECT_FALSE(contains(html, "<img"));
  EXPECT_TRUE(contains(html, "href=\"https://example.org/p.jpg\""));
  EXPECT_TRUE(contains(html, ">un puits</a>"));
  const std::string bad =
      markdown_to_html("![x](javascript:alert(1)) ![y](data:image/png;base64,AA)");
  EXPECT_FALSE(contains(bad, "<img"));
  EXPECT_FALSE(contains(bad, "javascript:"));
  EXPECT_FALSE(contains(bad, "data:"));
}

TEST(Markdown, MarksReadersLinksNofollow) {
  const std::string html = markdown_to_html("[site](https://example.org \"t\")");
  EXPECT_TRUE(
      contains(html, "<a rel=\"nofollow ugc noopener noreferrer\" href=\"https://example.org\""));
}

TEST(Markdown, EscapesTextAndAttributes) {
  const std::string html =
      markdown_to_html("a < b & \"c\" [l](https://x.org \"a\\\"onmouseover=x\")");
  EXPECT_TRUE(contains(html, "a &lt; b &amp; &quot;c&quot;"));
  EXPECT_FALSE(contains(html, "\"onmouseover"));
}

TEST(Markdown, ReplacesInvalidUtf8) {
  const std::string html = markdown_to_html(std::string("a\xff\xfe b"));
  EXPECT_FALSE(contains(html, "\xff"));
}

TEST(Markdown, PlainTextHasNothingUnsafe) {
  EXPECT_FALSE(markdown_has_unsafe_parts("Un puits, [un lien](https://x.org), `<b>` en code."));
  EXPECT_TRUE(contains(markdown_to_html("`<b>`"), "<code>&lt;b&gt;</code>"));
}

TEST(SafeLink, AcceptsRelativeHttpAndMailtoOnly) {
  EXPECT_TRUE(is_safe_link("https://a.ma/x"));
  EXPECT_TRUE(is_safe_link("HTTP://a.ma"));
  EXPECT_TRUE(is_safe_link("mailto:a@b.ma"));
  EXPECT_TRUE(is_safe_link("/projects/3"));
  EXPECT_TRUE(is_safe_link("#top"));
  EXPECT_TRUE(is_safe_link("page?a=b:c"));
  EXPECT_TRUE(is_safe_link(""));
  EXPECT_FALSE(is_safe_link("javascript:x"));
  EXPECT_FALSE(is_safe_link("\x01javascript:x"));
  EXPECT_FALSE(is_safe_link("java\nscript:x"));
  EXPECT_FALSE(is_safe_link("data:text/html,x"));
  EXPECT_FALSE(is_safe_link("tel:+212"));
}

}  // namespace
}  // namespace comdev::web
