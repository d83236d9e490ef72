// Demo data: the development plans of demo/plans.json, flagged as demo data:
//   [{"organisation": "<commune organisation name>", "commune": "<territory slug>", "title": …,
//     "period_start": 2017, "period_end": 2022, "summary": …,
//     "axes": [{"title": …, "actions": [{"title": …, "priority": "high|medium|low",
//       "budget_minor": 120000000, "currency": "MAD", "status": "planned|…",
//       "douars": ["<douar slug>"]}]}]}]
// Upserts plans by (organisation, period_start), axes and actions by title: safe to run twice.
#include <fstream>
#include <nlohmann/json.hpp>

#include "features/plans/plan_module.h"
#include "features/plans/plan_rules.h"
#include "features/plans/plan_store.h"
#include "features/territories/territory_store.h"

namespace comdev::plans {
namespace {

Result<std::int64_t> organisation_id(store::Db& db, const std::string& name) {
  auto all = plan_store::communes(db);
  if (!all) return all.error();
  for (const auto& c : *all) {
    if (c.name == name) return c.organisation_id;
  }
  return std::int64_t{0};
}

}  // namespace

Status load_demo(store::Db& db, const std::filesystem::path& demo_dir) {
  auto path = demo_dir / "plans.json";
  std::ifstream in(path);
  if (!in) return {};  // no demo plans (yet): nothing to load
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Error::internal(path.string() + " is not an array of plans");
  }
  // Organisation ids first (outside the transaction: SQLite allows one connection to write).
  std::vector<std::int64_t> orgs;
  for (const auto& j : doc) {
    if (!j.is_object()) return Error::internal(path.string() + ": a plan is not an object");
    auto org = organisation_id(db, j.value("organisation", ""));
    if (!org) return org.error();
    if (*org == 0) {
      return Error::internal(path.string() + ": no commune organisation named '" +
                             j.value("organisation", "") + "'");
    }
    orgs.push_back(*org);
  }
  auto r = db.transaction<int>([&](store::Conn& conn) -> Result<int> {
    int n = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
      const auto& j = doc[i];
      auto commune = territories::territory_store::id_of(conn, j.value("commune", ""));
      if (!commune) return commune.error();
      if (!*commune)
        return Error::internal(path.string() + ": unknown commune " + j.dump(-1).substr(0, 80));
      NewPlan p{orgs[i], j.value("title", ""), j.value("period_start", 0), j.value("period_end", 0),
                j.value("summary", "")};
      if (p.title.empty() || p.period_start < 2000 || p.period_end < p.period_start) {
        return Error::internal(path.string() + ": bad title or period for '" + p.title + "'");
      }
      auto plan_id = plan_store::upsert_demo(conn, p, **commune);
      if (!plan_id) return plan_id.error();
      for (const auto& axis : j.value("axes", nlohmann::json::array())) {
        for (const auto& x : axis.value("actions", nlohmann::json::array())) {
          NewAction a;
          a.axis = axis.value("title", "");
          a.title = x.value("title", "");
          a.priority = x.value("priority", "medium");
          if (x.contains("budget_minor") && x["budget_minor"].is_number_integer()) {
            a.budget_minor = x["budget_minor"].get<std::int64_t>();
          }
          a.currency = x.value("currency", "MAD");
          a.status = x.value("status", "planned");
          if (a.axis.empty() || a.title.empty() || !is_priority(a.priority) ||
              !is_status(a.status) || !is_currency(a.currency) ||
              (a.budget_minor && *a.budget_minor < 0)) {
            return Error::internal(path.string() + ": bad action '" + a.title + "'");
          }
          for (const auto& d : x.value("douars", nlohmann::json::array())) {
            if (!d.is_string()) continue;
            auto id = territories::territory_store::id_of(conn, d.get<std::string>());
            if (!id) return id.error();
            if (!*id) return Error::internal(path.string() + ": unknown douar " + d.dump());
            a.douar_ids.push_back(**id);
          }
          if (auto st = plan_store::upsert_demo_action(conn, *plan_id, a); !st) return st.error();
        }
      }
      ++n;
    }
    return n;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::plans
