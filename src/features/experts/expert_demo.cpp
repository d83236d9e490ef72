// Demo data: the fictional experts of demo/experts.json (diaspora engineers, accountants,
// agronomists; local professionals; a few "diaspora de cœur"), each flagged as demo data in their
// bio and upserted by e-mail in one transaction: safe to run twice. A skill or place the database
// lacks is skipped (script/check-demo catches it before a commit).
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/log.h"
#include "features/experts/expert_module.h"
#include "features/experts/expert_store.h"

namespace comdev::experts {
namespace {

std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (!j.contains(key) || !j[key].is_array()) return out;
  for (const auto& v : j[key])
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

expert_store::DemoExpert read_expert(const nlohmann::json& j) {
  expert_store::DemoExpert e;
  e.email = j.value("email", "");
  e.lang = j.value("lang", "fr");
  auto& d = e.data;
  d.display_name = j.value("display_name", "");
  d.bio = j.value("bio", "");
  d.country = j.value("country", "");
  d.city = j.value("city", "");
  d.origin_text = j.value("origin", "");
  d.diaspora_of_heart = j.value("diaspora_of_heart", false);
  d.professional_path = j.value("professional_path", "");
  d.remote_hours = j.value("remote_hours", 0);
  d.languages = strings(j, "languages");
  d.sectors = strings(j, "sectors");
  if (j.contains("skills") && j["skills"].is_array()) {
    for (const auto& s : j["skills"])
      if (s.is_object()) d.skills.push_back({s.value("slug", ""), s.value("level", "")});
  }
  if (j.contains("windows") && j["windows"].is_array()) {
    for (const auto& w : j["windows"]) {
      if (!w.is_object()) continue;
      profiles::Window win;
      win.place_text = w.value("place_text", w.value("place", ""));
      win.starts_on = w.value("starts_on", "");
      win.ends_on = w.value("ends_on", "");
      d.windows.push_back(std::move(win));
      e.window_places.push_back(w.value("place", ""));
    }
  }
  e.attachment_slugs = strings(j, "attachments");
  profiles::Visibility stored;
  if (j.contains("visibility") && j["visibility"].is_object()) {
    for (const auto& [field, level] : j["visibility"].items()) {
      auto f = profiles::parse_field(field);
      auto l = level.is_string() ? profiles::parse_level(level.get<std::string>()) : std::nullopt;
      if (f && l) stored[*f] = *l;
    }
  }
  d.visibility = profiles::with_defaults(stored);
  return e;
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "experts.json";
  if (!std::filesystem::exists(path)) return {};
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("experts") ||
      !doc["experts"].is_array()) {
    return Error::internal(path.string() + " has no \"experts\" array");
  }
  auto r = db.transaction<int>([&](store::Conn& conn) -> Result<int> {
    int n = 0;
    for (const auto& j : doc["experts"]) {
      if (!j.is_object()) return Error::internal(path.string() + ": an expert is not an object");
      auto e = read_expert(j);
      if (e.email.empty() || e.data.display_name.empty()) {
        log::warn("demo expert skipped", {{"email", e.email}});
        continue;
      }
      auto id = expert_store::upsert_demo(conn, e);
      if (!id) return id.error();
      ++n;
    }
    return n;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::experts
