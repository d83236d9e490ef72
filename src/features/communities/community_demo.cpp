// Demo data: the communities of demo/communities.json. Places are real (see the seeds); the
// texts are written for the demo and the communities are marked as demo data.
#include <fstream>
#include <nlohmann/json.hpp>

#include "features/communities/community_module.h"
#include "features/communities/community_store.h"

namespace comdev::communities {
namespace {

Translated translated(const nlohmann::json& j) {
  return Translated{j.value("fr", ""), j.value("ar", ""), j.value("en", "")};
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "communities.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Error::internal(path.string() + " is not a JSON array");
  }
  auto r = db.transaction<int>([&](store::Conn& conn) -> Result<int> {
    int n = 0;
    for (const auto& j : doc) {
      Community c;
      c.slug = j.value("slug", "");
      c.name = translated(j.at("name"));
      c.territory = translated(j.at("territory"));
      c.description = translated(j.at("description"));
      c.demo = true;
      if (c.slug.empty() || c.name.fr.empty()) {
        return Error::internal(path.string() + ": a community needs a slug and a French name");
      }
      auto id = community_store::upsert(conn, c);
      if (!id) return id.error();
      ++n;
    }
    return n;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::communities
