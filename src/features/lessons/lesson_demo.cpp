// Demo data: demo/lessons.json, the lessons-learned sheets of the 2022 booklet (seed 003), each
// published on its demo project (found by title) and flagged as demo data. The people in them are
// named by role only; places and organisations are real. Safe to run twice.
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "features/lessons/lesson_module.h"
#include "features/lessons/lesson_store.h"
#include "features/territories/territory_store.h"

namespace comdev::lessons {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Status load_one(store::Conn& c, const json& j, const std::string& where, const std::string& now) {
  auto project = lesson_store::project_id_by_title(c, str(j, "project"));
  if (!project) return project.error();
  if (!*project) return Error::internal(where + ": unknown project " + str(j, "project"));
  SheetText t;
  t.title = str(j, "title");
  t.lang = str(j, "lang");
  if (t.lang.empty()) t.lang = "fr";
  t.period = str(j, "period");
  if (auto s = j.find("sectors"); s != j.end() && s->is_array()) {
    for (const auto& v : *s) {
      if (v.is_string()) t.sectors.push_back(v.get<std::string>());
    }
  }
  auto territory = territories::territory_store::id_of(c, str(j, "territory"));
  if (!territory) return territory.error();
  if (!*territory) return Error::internal(where + ": unknown territory " + str(j, "territory"));
  t.territory_id = **territory;
  auto sections = j.find("sections");
  if (sections == j.end() || !sections->is_object())
    return Error::internal(where + ": no sections");
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    t.body[i] = str(*sections, std::string(kSections[i]).c_str());
  }
  if (t.title.empty() || !missing_for_review(t).empty()) {
    return Error::internal(where + ": incomplete sheet");
  }
  auto id = lesson_store::upsert_demo(c, **project, t, now);
  if (!id) return id.error();
  return {};
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "lessons.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot read " + path.string());
  json doc = json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) return Error::internal(path.string() + ": not a list");
  auto now = core::iso_now();
  auto done = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    for (std::size_t i = 0; i < doc.size(); ++i) {
      auto where = path.filename().string() + "[" + std::to_string(i) + "]";
      if (auto st = load_one(c, doc[i], where, now); !st) return st.error();
    }
    return true;
  });
  if (!done) return done.error();
  return {};
}

}  // namespace comdev::lessons
