// Demo data: the project part of demo/projects.json (projects of the seeds, flagged as demo
// data), each placed on its territory by slug, carried by its organisation by name, with its
// partners, PCD action, dated history, updates and translations. Upserts by title: safe to run
// twice. The "needs" of each entry are the needs feature's to load.
#include <fstream>
#include <nlohmann/json.hpp>

#include "features/projects/project_module.h"
#include "features/projects/project_store.h"
#include "features/territories/territory_store.h"

namespace comdev::projects {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Result<ProjectData> read_project(store::Conn& c, const json& j, const std::string& where) {
  ProjectData d;
  d.title = str(j, "title");
  d.summary = str(j, "summary");
  d.description_md = str(j, "description_md");
  d.lang = str(j, "lang");
  if (d.lang.empty()) d.lang = "fr";
  d.status = str(j, "status");
  if (d.title.empty() || !is_status(d.status) || !is_lang(d.lang)) {
    return Error::internal(where + ": bad title, status or lang");
  }
  auto carrier = project_store::organisation_id_by_name(c, str(j, "carrier"));
  if (!carrier) return carrier.error();
  if (!*carrier) return Error::internal(where + ": unknown carrier " + str(j, "carrier"));
  d.carrier_id = **carrier;
  auto territory = territories::territory_store::id_of(c, str(j, "territory"));
  if (!territory) return territory.error();
  if (!*territory) return Error::internal(where + ": unknown territory " + str(j, "territory"));
  d.territory_id = **territory;
  if (j.contains("lat") && j["lat"].is_number() && j.contains("lon") && j["lon"].is_number()) {
    d.lat = j["lat"].get<double>();
    d.lon = j["lon"].get<double>();
  }
  if (auto s = j.find("sectors"); s != j.end() && s->is_array()) {
    for (const auto& v : *s) {
      if (v.is_string()) d.sectors.push_back(v.get<std::string>());
    }
  }
  if (auto ps = j.find("partners"); ps != j.end() && ps->is_array()) {
    for (const auto& p : *ps) {
      auto id = project_store::organisation_id_by_name(c, str(p, "organisation"));
      if (!id) return id.error();
      if (!*id) return Error::internal(where + ": unknown partner " + str(p, "organisation"));
      d.partners.push_back({**id, "", str(p, "role")});
    }
  }
  if (auto a = j.find("plan_action"); a != j.end() && a->is_object()) {
    auto id = project_store::plan_action_id(c, str(*a, "organisation"), a->value("period_start", 0),
                                            str(*a, "title"));
    if (!id) return id.error();
    // A plan not loaded (or renamed) leaves the project without its link rather than failing.
    if (*id) d.plan_action_id = **id;
  }
  return d;
}

project_store::DemoExtras read_extras(const json& j) {
  project_store::DemoExtras x;
  if (auto h = j.find("history"); h != j.end() && h->is_array()) {
    for (const auto& s : *h) {
      if (is_status(str(s, "status"))) x.history.emplace_back(str(s, "status"), str(s, "at"));
    }
  }
  if (auto u = j.find("updates"); u != j.end() && u->is_array()) {
    for (const auto& s : *u) {
      x.updates.push_back({str(s, "title"), str(s, "body_md")});
      x.update_dates.push_back(str(s, "at"));
    }
  }
  if (auto t = j.find("translations"); t != j.end() && t->is_object()) {
    for (const auto& [lang, v] : t->items()) {
      if (is_lang(lang) && v.is_object()) {
        x.translations.push_back({lang, str(v, "title"), str(v, "summary")});
      }
    }
  }
  return x;
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "projects.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  auto doc = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Error::internal(path.string() + " is not an array of projects");
  }
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    int n = 0;
    for (const auto& j : doc) {
      std::string where = path.string() + " '" + str(j, "title") + "'";
      if (!j.is_object()) return Error::internal(path.string() + ": an entry is not an object");
      auto d = read_project(c, j, where);
      if (!d) return d.error();
      auto id = project_store::upsert_demo(c, *d, read_extras(j));
      if (!id) {
        return Error::internal(where + ": " + id.error().message_id);
      }
      ++n;
    }
    return n;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::projects
