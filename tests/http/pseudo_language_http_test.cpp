// Every piece of interface text on a rendered page comes from the catalogue (ARCHITECTURE.md §8):
// the catalogues are replaced by a pseudo-language that wraps each message in ⟦…⟧, the pages are
// fetched over HTTP, and any visible text or label outside ⟦⟧ that is not the community's own
// data was written into a template or handler instead of the catalogue.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "app_test_util.h"
#include "i18n/catalogue.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

// Texts that legitimately bypass the catalogue: what the demo data says about its communities
// and their projects (the home page lists the latest projects).
std::string demo_data() {
  std::stringstream ss;
  for (const char* file : {"/demo/communities.json", "/demo/projects.json"}) {
    std::ifstream in(default_share_dir() + file);
    ss << in.rdbuf();
  }
  return ss.str();
}

std::string decode_entities(std::string s) {
  const std::pair<std::string, std::string> entities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}};
  for (const auto& [from, to] : entities) {
    for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
      s.replace(p, from.size(), to);
    }
  }
  return s;
}

bool only_digits_and_punctuation(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isalpha(c) || c >= 0x80) return false;
  }
  return true;
}

// Visible text nodes and the values of attributes people read (aria-label, title, alt,
// placeholder).
std::vector<std::string> human_texts(std::string_view html) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < html.size()) {
    auto lt = html.find('<', i);
    std::string text(
        html.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i));
    if (text.find_first_not_of(" \n\t\r") != std::string::npos)
      out.push_back(decode_entities(text));
    if (lt == std::string_view::npos) break;
    auto gt = html.find('>', lt);
    std::string_view tag = html.substr(lt, gt - lt + 1);
    for (std::string_view attr : {"aria-label=\"", "title=\"", "alt=\"", "placeholder=\""}) {
      auto a = tag.find(attr);
      if (a != std::string_view::npos) {
        a += attr.size();
        out.push_back(decode_entities(std::string(tag.substr(a, tag.find('"', a) - a))));
      }
    }
    i = gt + 1;
    if (tag.starts_with("<title") || tag.starts_with("<textarea")) continue;
  }
  return out;
}

class PseudoLanguage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (i18n::Lang l : i18n::kAllLangs) {
      pseudo_[static_cast<int>(l)] = new i18n::Catalogue(i18n::make_pseudo(i18n::catalogue(l)));
    }
    for (i18n::Lang l : i18n::kAllLangs) {
      i18n::replace_catalogue_for_tests(l, pseudo_[static_cast<int>(l)]);
    }
  }
  static void TearDownTestSuite() {
    for (i18n::Lang l : i18n::kAllLangs) {
      i18n::replace_catalogue_for_tests(l, nullptr);
      delete pseudo_[static_cast<int>(l)];
    }
  }
  static inline i18n::Catalogue* pseudo_[3] = {};
};

TEST_F(PseudoLanguage, NoPageShowsTextThatBypassesTheCatalogue) {
  auto server = TestServer::start();
  const std::string data = demo_data();
  Client c(server->port());
  for (std::string path : {"/", "/contact", "/contact?sent=1", "/nowhere"}) {
    for (std::string lang : {"fr", "ar", "en"}) {
      auto r = c.get(path, {{"Accept-Language", lang}});
      ASSERT_FALSE(r.body.empty()) << path;
      int checked = 0;
      for (const auto& raw : human_texts(r.body)) {
        std::string text(raw);
        text.erase(0, text.find_first_not_of(" \n\t\r"));
        text.erase(text.find_last_not_of(" \n\t\r") + 1);
        ++checked;
        if (contains(text, "⟦") || only_digits_and_punctuation(text)) continue;
        if (contains(data, text)) continue;  // the community's own data, not interface text
        ADD_FAILURE() << path << " (" << lang << "): text outside the catalogue: \"" << text
                      << "\"";
      }
      EXPECT_GT(checked, 3) << path << ": the page has almost no text, the scan is broken";
    }
  }
}

}  // namespace
}  // namespace comdev::testing
