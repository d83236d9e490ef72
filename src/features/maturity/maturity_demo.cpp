// Demo data: the checklists of demo/maturity.json for the demo communities — "fundable" (ready)
// asks for the feasibility study, a budget by line, a carrier, the commune council's
// deliberation and a confirmed expert, as the communes of the seeds do. A community that already
// has items keeps them: loading the demo again never undoes an animator's work.
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "features/maturity/maturity_forms.h"
#include "features/maturity/maturity_module.h"
#include "features/maturity/maturity_store.h"

namespace comdev::maturity {

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "maturity.json";
  std::ifstream in(path);
  if (!in) return Error::internal("cannot open " + path.string());
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Error::internal(path.string() + " is not a JSON array");
  }
  auto now = core::iso_now();
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    for (const auto& j : doc) {
      auto community = maturity_store::community_by_slug(c, j.value("community", ""));
      if (!community) return community.error();
      if (!*community) return Error::internal(path.string() + ": unknown community");
      auto has = maturity_store::has_items(c, *community);
      if (!has) return has.error();
      if (*has) continue;
      for (const auto& [stage, items] : j.at("stages").items()) {
        for (const auto& i : items) {
          auto item = parse_item(stage, i.value("fr", ""), i.value("ar", ""), i.value("rule", ""));
          if (!item) return Error::internal(path.string() + ": bad item in " + stage);
          if (auto id = maturity_store::insert_item(c, *community, *item, now); !id) {
            return id.error();
          }
        }
      }
    }
    return true;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::maturity
