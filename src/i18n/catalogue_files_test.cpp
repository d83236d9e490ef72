// Consistency of the catalogue sources i18n/*.json (ARCHITECTURE.md §8): tests, not reviews,
// find missing keys, placeholder sets that differ, unsorted files, undocumented keys and keys
// nothing uses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

const fs::path kSource = COMDEV_SOURCE_DIR;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ordered_json load(const std::string& name) {
  return ordered_json::parse(slurp(kSource / "i18n" / name));
}

std::set<std::string> keys(const ordered_json& j) {
  std::set<std::string> k;
  for (const auto& [key, value] : j.items()) k.insert(key);
  return k;
}

// Every {name} in the message, over all its plural forms.
std::set<std::string> placeholders(const ordered_json& message) {
  std::set<std::string> names;
  static const std::regex placeholder(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})");
  auto scan = [&](const std::string& text) {
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) {
      names.insert((*it)[1]);
    }
  };
  if (message.is_string()) {
    scan(message.get<std::string>());
  } else {
    for (const auto& [form, text] : message.items()) scan(text.get<std::string>());
  }
  return names;
}

std::string join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += (out.empty() ? "" : ", ") + x;
  return out;
}

TEST(CatalogueFiles, EveryLanguageHasExactlyTheFrenchKeys) {
  auto fr = keys(load("fr.json"));
  for (const char* file : {"ar.json", "en.json"}) {
    auto other = keys(load(file));
    std::set<std::string> missing, extra;
    for (const auto& k : fr) {
      if (!other.count(k)) missing.insert(k);
    }
    for (const auto& k : other) {
      if (!fr.count(k)) extra.insert(k);
    }
    EXPECT_TRUE(missing.empty()) << file << " lacks: " << join(missing);
    EXPECT_TRUE(extra.empty()) << file << " has keys fr.json lacks: " << join(extra);
  }
}

TEST(CatalogueFiles, PlaceholdersAndPluralityMatchFrench) {
  auto fr = load("fr.json");
  for (const char* file : {"ar.json", "en.json"}) {
    auto other = load(file);
    for (const auto& [key, message] : fr.items()) {
      if (!other.contains(key)) continue;  // reported by the test above
      EXPECT_EQ(placeholders(message), placeholders(other[key])) << file << ": " << key;
      EXPECT_EQ(message.is_object(), other[key].is_object())
          << file << ": " << key << " is plural in one file only";
    }
  }
}

TEST(CatalogueFiles, ArabicPluralsGiveAllSixForms) {
  auto ar = load("ar.json");
  for (const auto& [key, message] : ar.items()) {
    if (!message.is_object()) continue;
    for (const char* form : {"zero", "one", "two", "few", "many", "other"}) {
      EXPECT_TRUE(message.contains(form)) << "ar.json: " << key << " lacks " << form;
    }
  }
}

TEST(CatalogueFiles, AreSortedByKey) {
  for (const char* file : {"fr.json", "ar.json", "en.json", "qqq.json"}) {
    std::string previous;
    const ordered_json catalogue = load(file);
    for (const auto& [key, value] : catalogue.items()) {
      EXPECT_LT(previous, key) << file << ": \"" << key << "\" is out of order";
      previous = key;
    }
  }
}

TEST(CatalogueFiles, QqqDocumentsEveryKey) {
  auto fr = keys(load("fr.json"));
  auto qqq = load("qqq.json");
  for (const auto& k : fr) {
    EXPECT_TRUE(qqq.contains(k) && qqq[k].is_string() && !qqq[k].get<std::string>().empty())
        << "qqq.json has no note for " << k;
  }
  for (const auto& [key, note] : qqq.items()) {
    EXPECT_TRUE(fr.count(key)) << "qqq.json documents a key fr.json lacks: " << key;
  }
}

// Keys built at run time ("errors." + code, "lang." + code) cannot be found as literals.
const char* const kDynamicPrefixes[] = {"errors.", "lang."};

TEST(CatalogueFiles, EveryKeyIsUsedByATemplateOrTheCode) {
  std::string corpus;
  auto add_files = [&](const fs::path& dir, std::set<std::string> extensions) {
    if (!fs::exists(dir)) return;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      std::string name = e.path().filename().string();
      if (!e.is_regular_file() || !extensions.count(e.path().extension().string())) continue;
      if (name.find("_test.") != std::string::npos) continue;  // tests do not count as use
      corpus += slurp(e.path());
      corpus += '\n';
    }
  };
  add_files(kSource / "templates", {".html"});
  add_files(kSource / "src", {".cpp", ".h"});
  std::set<std::string> unused;
  const ordered_json fr = load("fr.json");
  for (const auto& [key, message] : fr.items()) {
    bool dynamic = false;
    for (const char* prefix : kDynamicPrefixes) dynamic = dynamic || key.rfind(prefix, 0) == 0;
    if (dynamic) continue;
    if (corpus.find("\"" + key + "\"") == std::string::npos) unused.insert(key);
  }
  EXPECT_TRUE(unused.empty()) << "keys no template or source file uses: " << join(unused);
}

}  // namespace
