// Demo data: the real places of demo/territories.json (see ../shared/demo-facts.md §1) and the
// territories each demo community is anchored to. Upserts by slug: safe to run twice.
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "features/territories/territory_module.h"
#include "features/territories/territory_rules.h"
#include "features/territories/territory_store.h"

namespace comdev::territories {
namespace {

std::optional<double> number(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "territories.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("territories") ||
      !doc["territories"].is_array()) {
    return Error::internal(path.string() + " is not an object with a territories array");
  }
  auto r = db.transaction<int>([&](store::Conn& conn) -> Result<int> {
    std::unordered_map<std::string, Territory> done;  // by slug, parents come first
    for (const auto& j : doc["territories"]) {
      if (!j.is_object()) return Error::internal(path.string() + ": a territory is not an object");
      Territory t;
      t.slug = j.value("slug", "");
      t.kind = j.value("kind", "");
      t.name_fr = j.value("name_fr", "");
      t.name_ar = j.value("name_ar", "");
      t.aliases = j.value("aliases", "");
      t.commune_kind = j.value("commune_kind", "");
      t.lat = number(j, "lat");
      t.lon = number(j, "lon");
      std::string parent = j.value("parent", "");
      std::string where = path.string() + ": territory '" + t.slug + "'";
      if (t.slug.empty() || t.name_fr.empty())
        return Error::internal(where + " needs a slug and name");
      if (!t.commune_kind.empty() &&
          (t.kind != "commune" || (t.commune_kind != "rurale" && t.commune_kind != "urbaine"))) {
        return Error::internal(where + " has a bad commune_kind");
      }
      std::string parent_kind;
      if (!parent.empty()) {
        auto p = done.find(parent);
        if (p == done.end()) return Error::internal(where + ": parent not listed before it");
        parent_kind = p->second.kind;
        t.parent_id = p->second.id;
        if (t.kind == "douar") place_at_parent_if_unknown(t, p->second);
      }
      if (!valid_parent(t.kind, parent_kind)) return Error::internal(where + ": wrong parent kind");
      auto id = territory_store::upsert(conn, t);
      if (!id) return id.error();
      t.id = *id;
      done[t.slug] = t;
    }
    if (auto it = doc.find("communities"); it != doc.end() && it->is_object()) {
      for (const auto& [community, slugs] : it->items()) {
        for (const auto& s : slugs) {
          auto p = done.find(s.get<std::string>());
          if (p == done.end())
            return Error::internal(path.string() + ": unknown anchor " + s.dump());
          // A community not loaded (yet) is skipped: the anchors follow on the next load.
          auto ok = territory_store::anchor(conn, community, p->second.id);
          if (!ok) return ok.error();
        }
      }
    }
    return static_cast<int>(done.size());
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::territories
