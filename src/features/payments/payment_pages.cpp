// The online payments' pages:
//   POST /pledges/{id}/pay-online        the donor starts paying (CSRF) → 303 to HelloAsso
//   GET  /payments/helloasso/return      the donor comes back (?checkoutIntentId=…) → the pledge
//   POST /payments/helloasso/notify      HelloAsso's notification: no session, no CSRF token
// Each answers 404 while online payment is off. The return and the notification take only a
// checkout id from the request; whether anything was paid is asked to HelloAsso's API.
#include <memory>
#include <mutex>

#include "core/log.h"
#include "features/campaigns/campaign_module.h"
#include "features/payments/helloasso_client.h"
#include "features/payments/helloasso_json.h"
#include "features/payments/payment_actions.h"
#include "features/payments/payment_module.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::payments {
namespace {

using ProviderPtr = std::shared_ptr<Provider>;

http::Response off(web::Ctx& ctx) {
  return web::reply_error(ctx, Error::not_found());
}

std::string pledge_url(std::int64_t id) {
  return "/pledges/" + std::to_string(id);
}

http::Response pay_online(web::Ctx& ctx, Provider& provider) {
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  auto id = web::path_id(ctx, "id");
  auto to = start(ctx.app.db(), provider, ctx.app.config(), ctx.actor, id, ctx.app.clock().now());
  if (!to) return web::reply_error(ctx, to.error());
  return http::Response::redirect(*to);
}

http::Response came_back(web::Ctx& ctx, Provider& provider) {
  std::string checkout(ctx.query.get("checkoutIntentId"));
  if (checkout.empty()) return web::reply_error(ctx, Error::not_found());
  auto s = settle(ctx.app.db(), provider, checkout, ctx.app.clock().now());
  if (!s) {
    // The provider did not answer: its notification settles the checkout later.
    if (s.error().code == ErrorCode::unavailable) {
      log::warn("payments.return_unsettled", {{"checkout", checkout}});
    }
    return web::reply_error(ctx, s.error());
  }
  return http::Response::redirect(pledge_url(s->pledge_id) +
                                  (s->paid ? "?done=paid" : "?done=paying"));
}

http::Response notified(web::Ctx& ctx, Provider& provider) {
  auto key = helloasso::parse_notification(ctx.req.body);
  if (!key) return http::Response::json(R"({"error":"unreadable"})", 400);
  std::string checkout = key->checkout_id;
  if (checkout.empty()) {
    auto latest = checkout_of_pledge(ctx.app.db(), provider, key->pledge_id);
    if (!latest) return http::Response::json(R"({"error":"unavailable"})", 503);
    checkout = *latest;
  }
  // Unknown checkouts are acknowledged like the others: a forger learns nothing.
  if (checkout.empty()) return http::Response::json(R"({"received":true})");
  auto s = settle(ctx.app.db(), provider, checkout, ctx.app.clock().now());
  if (!s && s.error().code != ErrorCode::not_found) {
    // HelloAsso sends the notification again later.
    log::warn("payments.notify_unsettled", {{"checkout", checkout}});
    return http::Response::json(R"({"error":"unavailable"})", 503);
  }
  return http::Response::json(R"({"received":true})");
}

}  // namespace

void register_module(web::App& app) {
  // Once per process: each app's offer reads that app's configuration.
  static std::once_flag once;
  std::call_once(once, [] {
    campaigns::offer_on_pledge_page([](web::Ctx& ctx, const campaigns::Pledge& p) -> std::string {
      if (!can(ctx.actor, Action::pay_online, subject_of(ctx.app.config(), ctx.actor, p))) {
        return {};
      }
      return pledge_url(p.id) + "/pay-online";
    });
  });
  auto settings = helloasso_settings(app.config());
  if (!settings) {
    app.post("/pledges/{id:int}/pay-online", off);
    app.get("/payments/helloasso/return", off);
    app.post_token_only("/payments/helloasso/notify", off);
    return;
  }
  ProviderPtr provider = std::make_shared<HelloAsso>(std::move(*settings));
  app.post("/pledges/{id:int}/pay-online",
           [provider](web::Ctx& ctx) { return pay_online(ctx, *provider); });
  app.get("/payments/helloasso/return",
          [provider](web::Ctx& ctx) { return came_back(ctx, *provider); });
  app.post_token_only("/payments/helloasso/notify",
                      [provider](web::Ctx& ctx) { return notified(ctx, *provider); });
}

}  // namespace comdev::payments
