// The matching API:
//   GET /api/v1/needs/{id}/matches?limit=20 (the carrier's verified representatives, animators,
//       administrators) → {"need_id", "matches": [{"member_id", "display_name", "score",
//       "reasons": [{"code", "a", "b", "id"?}], "why"}]}; 404 unknown need, 409 a need that is
//       not an open skill need. Members already invited or who offered, and the carrier's own
//       representatives, are left out (as on the need's page).
//   GET /api/v1/members/{id}/matches?limit=20 (that member, animators, administrators) →
//       {"member_id", "has_skills", "matches": [{"need_id", "title", "project_title", "url",
//       "score", "reasons", "why"}]}.
// Reasons that tell a profile field are shown only as that field's visibility allows.
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "features/matching/matching_api_doc.h"
#include "features/matching/matching_module.h"
#include "features/matching/matching_permissions.h"
#include "features/matching/matching_store.h"
#include "features/matching/matching_views.h"
#include "features/organisations/organisation_store.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::matching {
namespace {

using nlohmann::json;

constexpr int kDefaultLimit = 20, kMaxLimit = 100;

Result<std::size_t> limit_of(web::Ctx& ctx) {
  auto text = ctx.query.get("limit");
  if (text.empty()) return std::size_t(kDefaultLimit);
  int n = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || p != text.data() + text.size() || n < 1 || n > kMaxLimit)
    return Error::invalid("errors.invalid", {{"limit", "matching.errors.limit"}});
  return std::size_t(n);
}

double rounded(double score) {
  return std::round(score * 1000) / 1000;
}

json reasons_json(const std::vector<match::Reason>& reasons) {
  json out = json::array();
  for (const auto& r : reasons) {
    json j{{"code", std::string(code_name(r.code))}, {"a", r.a}, {"b", r.b}};
    if (r.id != 0) j["id"] = r.id;
    out.push_back(std::move(j));
  }
  return out;
}

http::Response need_matches(web::Ctx& ctx, Service& service) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto id = core::parse_id(ctx.req.param("id"));
  if (id == 0) return web::reply_error(ctx, Error::not_found());
  auto& db = ctx.app.db();
  auto facts = matching_store::need_facts(db, id);
  if (!facts) return web::reply_error(ctx, facts.error());
  if (!*facts) return web::reply_error(ctx, Error::not_found());
  bool rep = organisations::organisation_store::is_verified_representative(db, ctx.actor.member_id,
                                                                           (*facts)->carrier_id);
  if (auto d = can(ctx.actor, Action::experts_for_need, Subject{rep}); !d)
    return web::reply_error(ctx, d.forbidden());
  const auto& f = **facts;
  if (f.kind != "skill" || (f.status != "open" && f.status != "discussion"))
    return web::reply_error(ctx, Error::conflict("matching.errors.not_open_skill_need"));
  auto limit = limit_of(ctx);
  if (!limit) return web::reply_error(ctx, limit.error());
  auto exclude = matching_store::excluded_for_need(db, id, f.carrier_id);
  if (!exclude) return web::reply_error(ctx, exclude.error());
  auto matches = service.experts_for_need(id, *limit, *exclude);
  json list = json::array();
  if (matches) {
    std::vector<std::int64_t> ids;
    for (const auto& m : *matches) ids.push_back(m.id);
    auto cards = matching_store::member_cards(db, ids);
    if (!cards) return web::reply_error(ctx, cards.error());
    for (const auto& m : *matches) {
      auto it = cards->find(m.id);
      if (it == cards->end()) continue;
      auto reasons = visible_reasons(ctx.actor, it->second, m.scored.reasons);
      json item;
      item["member_id"] = m.id;
      item["display_name"] = it->second.display_name;
      item["url"] = "/members/" + std::to_string(m.id);
      item["score"] = rounded(m.scored.score);
      item["invitable"] = service.invitable(m.id);
      item["reasons"] = reasons_json(reasons);
      item["why"] = why(db, ctx.lang, reasons);
      list.push_back(std::move(item));
    }
  }
  json body;
  body["need_id"] = id;
  body["matches"] = std::move(list);
  auto res = http::Response::json(body.dump());
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response member_matches(web::Ctx& ctx, Service& service) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto id = core::parse_id(ctx.req.param("id"));
  if (id == 0) return web::reply_error(ctx, Error::not_found());
  auto& db = ctx.app.db();
  if (auto d = can(ctx.actor, Action::needs_for_member, Subject{ctx.actor.member_id == id}); !d)
    return web::reply_error(ctx, d.forbidden());
  auto exists = matching_store::member_exists(db, id);
  if (!exists) return web::reply_error(ctx, exists.error());
  if (!*exists) return web::reply_error(ctx, Error::not_found());
  auto limit = limit_of(ctx);
  if (!limit) return web::reply_error(ctx, limit.error());
  auto matches = service.needs_for_member(id, *limit);
  json list = json::array();
  if (matches) {
    std::vector<std::int64_t> ids;
    for (const auto& m : *matches) ids.push_back(m.id);
    auto titles = matching_store::need_titles(db, ids);
    if (!titles) return web::reply_error(ctx, titles.error());
    for (const auto& m : *matches) {
      auto it = titles->find(m.id);
      if (it == titles->end()) continue;
      json item;
      item["need_id"] = m.id;
      item["title"] = it->second.title;
      item["project_title"] = it->second.project_title;
      item["url"] = "/needs/" + std::to_string(m.id);
      item["score"] = rounded(m.scored.score);
      item["reasons"] = reasons_json(m.scored.reasons);
      item["why"] = why(db, ctx.lang, m.scored.reasons);
      list.push_back(std::move(item));
    }
  }
  json body;
  body["member_id"] = id;
  body["has_skills"] = matches.has_value();
  body["matches"] = std::move(list);
  auto res = http::Response::json(body.dump());
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

std::string reasons_to_json(const std::vector<match::Reason>& reasons) {
  return reasons_json(reasons).dump();
}

std::vector<match::Reason> reasons_from_json(const std::string& text) {
  std::vector<match::Reason> out;
  auto doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) return out;
  for (const auto& j : doc) {
    if (!j.is_object()) continue;
    auto code = j.find("code");
    if (code == j.end() || !code->is_string()) continue;
    auto c = parse_code(code->get<std::string>());
    if (!c) continue;  // a code a later version dropped: the rest still reads
    match::Reason r{*c};
    auto num = [&](const char* name) -> std::int64_t {
      auto it = j.find(name);
      return it != j.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
    };
    r.a = num("a");
    r.b = num("b");
    r.id = num("id");
    out.push_back(r);
  }
  return out;
}

void register_api(web::App& app, Service& service) {
  api_doc::describe_components(app.api_doc());
  app.get(
      "/api/v1/needs/{id:int}/matches",
      [&service](web::Ctx& ctx) { return need_matches(ctx, service); }, api_doc::kNeedMatches);
  app.get(
      "/api/v1/members/{id:int}/matches",
      [&service](web::Ctx& ctx) { return member_matches(ctx, service); }, api_doc::kMemberMatches);
}

}  // namespace comdev::matching
