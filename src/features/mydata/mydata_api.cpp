// GET /account/data.json: everything the platform holds about the signed-in member, as a file.
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "features/mydata/mydata_module.h"
#include "features/mydata/mydata_permissions.h"
#include "features/mydata/mydata_store.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::mydata {
namespace {

nlohmann::json to_json(const store::Value& v) {
  if (std::holds_alternative<std::int64_t>(v)) return std::get<std::int64_t>(v);
  if (std::holds_alternative<double>(v)) return std::get<double>(v);
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return nullptr;
}

http::Response download(web::Ctx& ctx) {
  auto s = ctx.session();
  if (!s) return web::reply_error(ctx, s.error());
  if (can(ctx.actor, Action::export_own_data) != Decision::allow) {
    return web::reply_error(ctx, Error::forbidden());
  }
  auto sections = mydata_store::export_sections(ctx.app.db(), ctx.actor.member_id);
  if (!sections) return web::reply_error(ctx, sections.error());
  nlohmann::json doc;
  doc["generated_at"] = core::iso_now();
  doc["member_id"] = ctx.actor.member_id;
  nlohmann::json parts = nlohmann::json::object();
  for (const auto& sec : *sections) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : sec.rows) {
      nlohmann::json row = nlohmann::json::object();
      for (std::size_t i = 0; i < r.size() && i < sec.columns.size(); ++i) {
        row[sec.columns[i]] = to_json(r[i]);
      }
      rows.push_back(std::move(row));
    }
    parts[sec.name] = std::move(rows);
  }
  doc["sections"] = std::move(parts);
  auto res =
      http::Response::json(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  res.header("Content-Disposition", "attachment; filename=\"comdev-mes-donnees.json\"");
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_api(web::App& app) {
  app.get("/account/data.json", download);
}

}  // namespace comdev::mydata
