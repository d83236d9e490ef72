#include <nlohmann/json.hpp>

#include "features/profiles/profile_api_doc.h"
#include "features/profiles/profile_module.h"
#include "features/profiles/profile_view.h"
#include "web/errors.h"

namespace comdev::profiles {
namespace {

// GET /api/v1/members/{id} -> the profile with only the fields this caller may see; a hidden
// field is absent (not null), so the shape itself tells nothing.
http::Response member(web::Ctx& ctx) {
  auto id = parse_member_id(ctx.req.param("id"));
  if (!id) return web::reply_error(ctx, Error::not_found());
  // A bearer token (resolved by the pipeline) names the caller; a browser's session cookie does
  // when there is none.
  if (!ctx.actor.signed_in()) {
    if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  }
  auto seen = load_as_viewer(ctx, *id);
  if (!seen) return web::reply_error(ctx, seen.error());
  const Profile& p = seen->profile;
  const auto& d = p.data;
  auto shown = [&](Field f) { return seen->shown.count(f) != 0; };

  nlohmann::json j{{"id", p.member_id}};
  if (shown(Field::display_name)) j["display_name"] = d.display_name;
  if (shown(Field::email)) j["email"] = p.email;
  if (shown(Field::photo) && p.has_photo) {
    j["photo_url"] = "/members/" + std::to_string(p.member_id) + "/photo";
  }
  if (shown(Field::bio)) j["bio"] = d.bio;
  if (shown(Field::languages)) j["languages"] = d.languages;
  if (shown(Field::country)) j["country"] = d.country;
  if (shown(Field::city)) j["city"] = d.city;
  if (shown(Field::attachments)) {
    auto list = nlohmann::json::array();
    for (const auto& a : d.attachments) {
      list.push_back({{"territory_id", a.territory_id}, {"label", a.label}});
    }
    j["attachments"] = list;
    j["origin_text"] = d.origin_text;
    j["diaspora_of_heart"] = d.diaspora_of_heart;
  }
  if (shown(Field::professional_path)) j["professional_path"] = d.professional_path;
  if (shown(Field::skills)) {
    auto list = nlohmann::json::array();
    for (const auto& s : d.skills) list.push_back({{"slug", s.slug}, {"level", s.level}});
    j["skills"] = list;
  }
  if (shown(Field::sectors)) j["sectors"] = d.sectors;
  if (shown(Field::remote_hours)) j["remote_hours_per_month"] = d.remote_hours;
  if (shown(Field::availability)) {
    auto list = nlohmann::json::array();
    for (const auto& w : d.windows) {
      nlohmann::json o{{"place", w.place_text}, {"starts_on", w.starts_on}, {"ends_on", w.ends_on}};
      o["territory_id"] = w.territory_id ? nlohmann::json(*w.territory_id) : nlohmann::json();
      list.push_back(o);
    }
    j["availability"] = list;
  }
  if (seen->relation == Relation::owner) {
    nlohmann::json vis = nlohmann::json::object();
    for (const auto& [field, level] : d.visibility)
      vis[std::string(to_string(field))] = to_string(level);
    j["visibility"] = vis;
    j["open_to_invitations"] = d.open_to_invitations;
  }
  auto res = http::Response::json(j.dump());
  res.header("Cache-Control", "private, no-store");
  return res;
}

}  // namespace

void register_api(web::App& app) {
  api_doc::describe_components(app.api_doc());
  app.get("/api/v1/members/{id:int}", member, api_doc::kMember);
}

}  // namespace comdev::profiles
