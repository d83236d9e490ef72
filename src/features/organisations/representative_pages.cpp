// The animator's queue: pending requests to represent an organisation, each answered with a
// note of how it was checked (GET /animation/representatives, POST …/{organisation}/{member}).
#include "core/time.h"
#include "features/organisations/organisation_forms.h"
#include "features/organisations/organisation_module.h"
#include "features/organisations/organisation_permissions.h"
#include "features/organisations/organisation_store.h"
#include "tpl/animation/representatives.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::organisations {
namespace {

struct RequestView {
  std::string organisation_id, organisation_name, member_id, member_name, message;
  core::Seconds requested_at;  // written as a date in the reader's language, ISO in datetime=""
};
struct QueueView {
  web::LayoutView layout;
  std::string csrf;
  std::vector<RequestView> requests;
  bool verified = false, refused = false;
  std::vector<std::string> errors;
};

http::Response render_queue(web::Ctx& ctx, QueueView& v, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  auto pending = organisation_store::pending(ctx.app.db());
  if (!pending) return web::reply_error(ctx, pending.error());
  for (const auto& r : *pending) {
    v.requests.push_back({std::to_string(r.organisation_id), r.organisation_name,
                          std::to_string(r.member_id), r.member_name, r.message,
                          core::parse_iso(r.requested_at).value_or(core::Seconds{})});
  }
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("animation.representatives.title")),
      "animation");
  auto res =
      web::render(ctx.lang, status, [&](web::Out& out) { tpl::animation_representatives(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response queue(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::view_queue);
  if (!d) return web::reply_error(ctx, d.forbidden());
  QueueView v;
  v.verified = ctx.query.get("done") == "verified";
  v.refused = ctx.query.get("done") == "refused";
  return render_queue(ctx, v, 200);
}

http::Response decide(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::decide_representation);
  if (!d) return web::reply_error(ctx, d.forbidden());
  auto organisation = parse_id(ctx.req.param("organisation"));
  auto member = parse_id(ctx.req.param("member"));
  if (organisation == 0 || member == 0) return web::reply_error(ctx, Error::not_found());
  auto answer = validate_decision(ctx.form.get("decision"), ctx.form.get("note"));
  if (!answer) {
    if (answer.error().fields.empty()) return web::reply_error(ctx, answer.error());
    QueueView v;
    for (const auto& f : answer.error().fields) {
      v.errors.emplace_back(i18n::catalogue(ctx.lang).text(f.message_id));
    }
    return render_queue(ctx, v, 422);
  }
  bool verified = answer->verdict == Verdict::verify;
  auto st = organisation_store::decide(ctx.app.db(), ctx.actor.member_id, organisation, member,
                                       verified, answer->note);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect(std::string("/animation/representatives?done=") +
                                  (verified ? "verified" : "refused"));
}

}  // namespace

void register_representative_pages(web::App& app) {
  app.get("/animation/representatives", queue);
  app.post("/animation/representatives/{organisation}/{member}", decide);
}

}  // namespace comdev::organisations
