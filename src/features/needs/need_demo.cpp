// Demo data: the "needs" of each project of demo/projects.json (the projects feature loads the
// projects themselves first). Upserts by project and title, flagged as demo data: safe to run
// twice. A project the file names but the database lacks is skipped, so the demo still loads
// while the projects loader is absent; a need that breaks the rules is skipped with a warning
// naming it (script/check-demo catches it before a commit), so one bad entry does not take the
// whole demo community down.
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/log.h"
#include "features/needs/need_module.h"
#include "features/needs/need_rules.h"
#include "features/needs/need_store.h"

namespace comdev::needs {
namespace {

NeedData read_need(const nlohmann::json& j) {
  auto str = [&](const char* k) {
    return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string{};
  };
  auto num = [&](const char* k) -> std::optional<std::int64_t> {
    if (j.contains(k) && j[k].is_number_integer()) return j[k].get<std::int64_t>();
    return std::nullopt;
  };
  NeedData d;
  d.kind = str("kind");
  d.title = str("title");
  d.description = str("description");
  d.mode = str("mode");
  d.period_start = str("period_start");
  d.period_end = str("period_end");
  d.effort_days = num("effort_days");
  d.amount_minor = num("amount_minor");
  d.currency = str("currency");
  d.item = str("item");
  d.quantity = num("quantity");
  if (j.contains("skills") && j["skills"].is_array()) {
    for (const auto& s : j["skills"]) {
      if (!s.is_object()) continue;
      d.skills.push_back({0, s.value("slug", ""), s.value("level", "")});
    }
  }
  if (j.contains("languages") && j["languages"].is_array()) {
    for (const auto& l : j["languages"]) {
      if (l.is_string()) d.languages.push_back(l.get<std::string>());
    }
  }
  return d;
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "projects.json";
  if (!std::filesystem::exists(path)) return {};  // no demo projects yet: nothing to attach
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Error::internal(path.string() + " is not an array of projects");
  }
  auto known = need_store::skills(db);
  if (!known) return known.error();
  auto r = db.transaction<int>([&](store::Conn& conn) -> Result<int> {
    int n = 0;
    for (const auto& p : doc) {
      if (!p.is_object() || !p.contains("needs") || !p["needs"].is_array()) continue;
      auto project = need_store::project_id_by_title(conn, p.value("title", ""));
      if (!project) return project.error();
      if (!*project) continue;
      for (const auto& j : p["needs"]) {
        if (!j.is_object()) return Error::internal(path.string() + ": a need is not an object");
        auto d = read_need(j);
        std::string status = j.value("status", "open");
        auto errors = check(d, *known);
        if (!errors.empty() || !is_status(status)) {
          log::warn("demo need skipped",
                    {{"need", d.title},
                     {"why", errors.empty() ? "needs.errors.status" : errors.front().message_id}});
          continue;
        }
        auto id = need_store::upsert_demo(conn, **project, d, status);
        if (!id) return id.error();
        ++n;
      }
    }
    return n;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::needs
