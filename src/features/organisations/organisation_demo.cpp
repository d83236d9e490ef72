// Demo data: the real organisations of demo/organisations.json (see ../shared/demo-facts.md §2),
// flagged as demo data, each on its territory. Upserts by name: safe to run twice.
#include <fstream>
#include <nlohmann/json.hpp>

#include "features/organisations/organisation_module.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"

namespace comdev::organisations {

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "organisations.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("organisations") ||
      !doc["organisations"].is_array()) {
    return Error::internal(path.string() + " is not an object with an organisations array");
  }
  auto r = db.transaction<int>([&](store::Conn& conn) -> Result<int> {
    int n = 0;
    for (const auto& j : doc["organisations"]) {
      if (!j.is_object()) return Error::internal(path.string() + ": an entry is not an object");
      NewOrganisation o;
      o.type = j.value("type", "");
      o.name = j.value("name", "");
      o.description = j.value("description", "");
      o.demo = true;
      if (!is_type(o.type) || o.name.empty()) {
        return Error::internal(path.string() + ": bad type or name for '" + o.name + "'");
      }
      if (auto t = j.find("territory"); t != j.end() && t->is_string()) {
        auto id = territories::territory_store::id_of(conn, t->get<std::string>());
        if (!id) return id.error();
        if (!*id) return Error::internal(path.string() + ": unknown territory " + t->dump());
        o.territory_id = **id;
      }
      auto id = organisation_store::upsert(conn, o);
      if (!id) return id.error();
      ++n;
    }
    return n;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::organisations
