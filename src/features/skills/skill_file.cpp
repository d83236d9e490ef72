#include "features/skills/skill_file.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "features/skills/skill_rules.h"

namespace comdev::skills {
namespace {

using ordered = nlohmann::ordered_json;

Error bad(std::size_t i, const std::string& what) {
  return Error::internal("entry " + std::to_string(i + 1) + ": " + what);
}

// A required string field of entry i.
Result<std::string> text(const ordered& o, std::size_t i, const char* name) {
  auto it = o.find(name);
  if (it == o.end() || !it->is_string()) {
    return bad(i, std::string("\"") + name + "\" is missing or not a string");
  }
  return it->get<std::string>();
}

}  // namespace

Result<std::vector<Entry>> parse_taxonomy(std::string_view json_text) {
  auto doc = ordered::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Error::internal("not valid JSON");
  if (!doc.is_array()) return Error::internal("not a JSON array of skills");
  std::vector<Entry> out;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const auto& o = doc[i];
    if (!o.is_object()) return bad(i, "not an object");
    Entry e;
    auto slug = text(o, i, "slug");
    if (!slug) return slug.error();
    e.slug = *slug;
    auto parent = o.find("parent");
    if (parent != o.end() && !parent->is_null()) {
      if (!parent->is_string()) return bad(i, "\"parent\" is neither null nor a string");
      e.parent = parent->get<std::string>();
    }
    for (auto [name, slot] : {std::pair{"fr", &e.labels.fr}, std::pair{"ar", &e.labels.ar},
                              std::pair{"en", &e.labels.en}}) {
      auto t = text(o, i, name);
      if (!t) return t.error();
      *slot = *t;
    }
    if (auto syn = o.find("synonyms"); syn != o.end() && !syn->is_null()) {
      if (!syn->is_object()) return bad(i, "\"synonyms\" is not an object");
      for (auto lang : kLangs) {
        auto list = syn->find(std::string(lang));
        if (list == syn->end() || list->is_null()) continue;
        if (!list->is_array()) return bad(i, "synonyms." + std::string(lang) + " is not a list");
        for (const auto& s : *list) {
          if (!s.is_string()) return bad(i, "a synonym is not a string");
          synonyms_in(e.synonyms, lang).push_back(s.get<std::string>());
        }
      }
    }
    out.push_back(std::move(e));
  }
  if (auto p = taxonomy_problem(out)) return Error::internal(*p);
  return out;
}

Result<std::vector<Entry>> read_taxonomy(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::internal(path.string() + ": cannot be read (missing?)");
  std::ostringstream text;
  text << in.rdbuf();
  auto entries = parse_taxonomy(text.str());
  if (!entries) return Error::internal(path.string() + ": " + entries.error().detail);
  return entries;
}

std::string write_taxonomy(const std::vector<Entry>& entries) {
  ordered doc = ordered::array();
  for (const auto& e : entries) {
    ordered o;
    o["slug"] = e.slug;
    o["parent"] = e.parent.empty() ? ordered() : ordered(e.parent);
    o["fr"] = e.labels.fr;
    o["ar"] = e.labels.ar;
    o["en"] = e.labels.en;
    o["synonyms"] = {{"fr", e.synonyms.fr}, {"ar", e.synonyms.ar}, {"en", e.synonyms.en}};
    doc.push_back(std::move(o));
  }
  return doc.dump(1);
}

}  // namespace comdev::skills
