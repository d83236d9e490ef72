// The mobilisation API (bearer token of a member):
//   POST /api/v1/needs/{id}/invitations {expert_id, message?} → 201 {invitation}
//   POST /api/v1/invitations/{id}/decline                     → 200 {invitation}
//   POST /api/v1/needs/{id}/offers {message}                  → 201 {offer}
//   POST /api/v1/offers/{id}/accept {role}                    → 200 {offer}
//   POST /api/v1/offers/{id}/decline {note?}                  → 200 {offer}
//   POST /api/v1/offers/{id}/withdraw                         → 200 {offer}
//   GET  /api/v1/needs/{id}/mobilisation → the carrier side only: invitations and offers with
//        their times, time_to_first_answer_seconds, usual_answer_seconds.
// The same forms and use cases as the pages, so both doors refuse the same things.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "core/time.h"
#include "features/mobilisation/mobilisation_api_doc.h"
#include "features/mobilisation/mobilisation_forms.h"
#include "features/mobilisation/mobilisation_module.h"
#include "features/mobilisation/mobilisation_permissions.h"
#include "features/mobilisation/mobilisation_rules.h"
#include "features/mobilisation/mobilisation_store.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::mobilisation {
namespace {

using nlohmann::json;
namespace st = mobilisation_store;

json nullable(const std::string& s) {
  return s.empty() ? json() : json(s);
}

json invitation_json(const Invitation& i) {
  return {{"id", i.id},
          {"need_id", i.need_id},
          {"expert", {{"id", i.expert_id}, {"display_name", i.expert_name}}},
          {"status", i.status},
          {"score", i.score},
          {"reasons", json::parse(i.reasons, nullptr, false).is_discarded()
                          ? json::array()
                          : json::parse(i.reasons, nullptr, false)},
          {"created_at", i.created_at},
          {"expires_at", i.expires_at},
          {"answered_at", nullable(i.answered_at)}};
}

json offer_json(const Offer& o) {
  return {{"id", o.id},
          {"need_id", o.need_id},
          {"expert", {{"id", o.expert_id}, {"display_name", o.expert_name}}},
          {"invitation_id", o.invitation_id ? json(o.invitation_id) : json()},
          {"message", o.message},
          {"status", o.status},
          {"created_at", o.created_at},
          {"expires_at", o.expires_at},
          {"answered_at", nullable(o.answered_at)},
          {"answer_note", o.answer_note}};
}

// The JSON body's string field (absent or null: ""); a field of another type is refused.
Result<std::string> field(const json& doc, const char* name) {
  auto it = doc.find(name);
  if (it == doc.end() || it->is_null()) return std::string{};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  return Error::invalid("errors.invalid", {{name, "errors.invalid"}});
}

Result<json> body_of(web::Ctx& ctx) {
  if (ctx.req.body.empty()) return json::object();
  auto doc = json::parse(ctx.req.body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return Error::invalid("errors.bad_request");
  return doc;
}

// Runs a use case for a signed-in caller, sends its e-mails, answers with the row it touched.
template <class Run>
http::Response run_api(web::Ctx& ctx, int status, bool is_invitation, Run run) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto body = body_of(ctx);
  if (!body) return web::reply_error(ctx, body.error());
  Result<Done> done = run(*body);
  if (!done) return web::reply_error(ctx, done.error());
  send_after(ctx, done->notices);
  auto& db = ctx.app.db();
  if (is_invitation) {
    auto i = st::invitation(db, done->id);
    if (!i || !*i) return web::reply_error(ctx, Error::internal("invitation vanished"));
    return http::Response::json(invitation_json(**i).dump(), status);
  }
  auto o = st::offer(db, done->id);
  if (!o || !*o) return web::reply_error(ctx, Error::internal("offer vanished"));
  return http::Response::json(offer_json(**o).dump(), status);
}

http::Response invite_api(web::Ctx& ctx, matching::Service& matching) {
  return run_api(ctx, 201, true, [&](const json& b) -> Result<Done> {
    auto expert = field(b, "expert_id");
    if (!expert) return expert.error();
    auto message = field(b, "message");
    if (!message) return message.error();
    auto in = parse_invitation(*expert, *message);
    if (!in) return in.error();
    return invite(ctx.app.db(), matching, ctx.actor, path_id(ctx), *in, settings_of(ctx, matching),
                  core::now());
  });
}

http::Response offer_api(web::Ctx& ctx, matching::Service& matching) {
  return run_api(ctx, 201, false, [&](const json& b) -> Result<Done> {
    auto message = field(b, "message");
    if (!message) return message.error();
    auto m = parse_offer_message(*message);
    if (!m) return m.error();
    auto done = offer_help(ctx.app.db(), ctx.actor, path_id(ctx), *m, settings_of(ctx, matching),
                           core::now());
    if (done) matching.catch_up();
    return done;
  });
}

http::Response decline_invitation_api(web::Ctx& ctx) {
  return run_api(ctx, 200, true, [&](const json&) {
    return decline_invitation(ctx.app.db(), ctx.actor, path_id(ctx), core::now());
  });
}

http::Response accept_api(web::Ctx& ctx) {
  return run_api(ctx, 200, false, [&](const json& b) -> Result<Done> {
    auto role = field(b, "role");
    if (!role) return role.error();
    auto r = parse_role(*role);
    if (!r) return r.error();
    return accept_offer(ctx.app.db(), ctx.actor, path_id(ctx), *r, core::now());
  });
}

http::Response decline_offer_api(web::Ctx& ctx) {
  return run_api(ctx, 200, false, [&](const json& b) -> Result<Done> {
    auto note = field(b, "note");
    if (!note) return note.error();
    auto n = parse_note(*note);
    if (!n) return n.error();
    return decline_offer(ctx.app.db(), ctx.actor, path_id(ctx), *n, core::now());
  });
}

http::Response withdraw_api(web::Ctx& ctx) {
  return run_api(ctx, 200, false, [&](const json&) {
    return withdraw_offer(ctx.app.db(), ctx.actor, path_id(ctx), core::now());
  });
}

std::optional<std::chrono::sys_seconds> answered(const std::string& status_answers,
                                                 const std::string& answered_at) {
  if (status_answers.empty() || answered_at.empty()) return std::nullopt;
  return core::parse_iso(answered_at);
}

http::Response mobilisation_api(web::Ctx& ctx) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto& db = ctx.app.db();
  auto need = st::need(db, path_id(ctx));
  if (!need) return web::reply_error(ctx, need.error());
  if (!*need) return web::reply_error(ctx, Error::not_found());
  auto lease = db.acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto rep = st::is_verified_representative(**lease, ctx.actor.member_id, (*need)->carrier_id);
  if (!rep) return web::reply_error(ctx, rep.error());
  if (auto d = can(ctx.actor, Action::see_carrier_side, {*rep}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto invitations = st::invitations_of_need(db, (*need)->id);
  if (!invitations) return web::reply_error(ctx, invitations.error());
  auto offers = st::offers_of_need(db, (*need)->id);
  if (!offers) return web::reply_error(ctx, offers.error());
  auto times = st::answer_times(db, (*need)->carrier_id);
  if (!times) return web::reply_error(ctx, times.error());
  json inv = json::array(), off = json::array();
  std::vector<Exchange> exchanges;
  for (const auto& i : *invitations) {
    inv.push_back(invitation_json(i));
    auto s = parse_invitation_status(i.status);
    auto made = core::parse_iso(i.created_at);
    if (made) {
      exchanges.push_back(
          {*made, answered(s && is_answer(*s) ? i.status : std::string{}, i.answered_at)});
    }
  }
  for (const auto& o : *offers) {
    off.push_back(offer_json(o));
    auto s = parse_offer_status(o.status);
    auto made = core::parse_iso(o.created_at);
    if (made) {
      exchanges.push_back(
          {*made, answered(s && is_answer(*s) ? o.status : std::string{}, o.answered_at)});
    }
  }
  auto first = time_to_first_answer(exchanges);
  auto usual = usual_answer_seconds(*times);
  json j{{"need_id", (*need)->id},
         {"status", (*need)->status},
         {"invitations", inv},
         {"offers", off},
         {"time_to_first_answer_seconds", first ? json(*first) : json()},
         {"usual_answer_seconds", usual ? json(*usual) : json()}};
  auto res = http::Response::json(j.dump());
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_api(web::App& app, matching::Service& matching) {
  auto* m = &matching;
  api_doc::describe_components(app.api_doc());
  app.post(
      "/api/v1/needs/{id:int}/invitations", [m](web::Ctx& ctx) { return invite_api(ctx, *m); },
      api_doc::kInvite);
  app.post(
      "/api/v1/needs/{id:int}/offers", [m](web::Ctx& ctx) { return offer_api(ctx, *m); },
      api_doc::kOffer);
  app.post("/api/v1/invitations/{id:int}/decline", decline_invitation_api,
           api_doc::kDeclineInvitation);
  app.post("/api/v1/offers/{id:int}/accept", accept_api, api_doc::kAccept);
  app.post("/api/v1/offers/{id:int}/decline", decline_offer_api, api_doc::kDeclineOffer);
  app.post("/api/v1/offers/{id:int}/withdraw", withdraw_api, api_doc::kWithdraw);
  app.get("/api/v1/needs/{id:int}/mobilisation", mobilisation_api, api_doc::kMobilisation);
}

}  // namespace comdev::mobilisation
