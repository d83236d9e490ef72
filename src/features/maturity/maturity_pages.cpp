// The path's own page (/projects/{id}/maturity): every stage with its checklist; the team's
// carriers (and the community's animators) tick items with their evidence and move the project
// on; animators may override an incomplete checklist with a written reason. A refused move comes
// back with what was typed and why: 409 for an incomplete checklist, 403 for an override by
// someone without the right, 422 for a bad field.
#include "core/text.h"
#include "features/maturity/maturity_actions.h"
#include "features/maturity/maturity_forms.h"
#include "features/maturity/maturity_labels.h"
#include "features/maturity/maturity_module.h"
#include "features/maturity/maturity_permissions.h"
#include "features/maturity/maturity_rules.h"
#include "features/projects/project_rules.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/maturity/page.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"

namespace comdev::maturity {
namespace {

std::string page_path(std::int64_t project_id) {
  return "/projects/" + std::to_string(project_id) + "/maturity";
}

// What the advance form held when it was refused.
struct Typed {
  std::string to, note, override_reason;
};

http::Response path_page(web::Ctx& ctx, const Typed* typed = nullptr,
                         std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto a = read_path(ctx.app.db(), ctx.actor, project_id);
  if (!a) return web::reply_error(ctx, a.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const Path& p = a->path;
  const Subject subject{a->standing.role};
  const bool evidence = can(ctx.actor, Action::view_evidence, subject).allowed;
  const bool may_tick = can(ctx.actor, Action::tick, subject).allowed;
  PageView v;
  v.csrf = *csrf;
  v.project_title = a->standing.project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  v.team_url = v.project_url + "/team";
  v.steps = steps(ctx.lang, p.current);
  v.where = where_text(ctx.lang, p.current);
  auto next = next_stage(p.current);
  const std::string tick_base = may_tick ? page_path(project_id) + "/items/" : "";
  for (const auto& s : p.stages) {
    if (!has_checklist(s.stage)) continue;
    StageBlock b;
    b.code = s.stage;
    b.label = stage_label(ctx.lang, s.stage);
    b.heading = i18n::format(ctx.lang, "maturity.page.stage_heading", {{"stage", b.label}});
    b.complete = s.complete();
    b.is_next = s.stage == next;
    b.items = item_rows(ctx.lang, s.items, evidence, tick_base);
    v.stages.push_back(std::move(b));
  }
  v.can_advance = can(ctx.actor, Action::advance, subject).allowed;
  v.can_override = can(ctx.actor, Action::override_checklist, subject).allowed;
  v.advance_action = page_path(project_id) + "/advance";
  v.from = p.current;
  std::string chosen = typed ? typed->to : next;
  for (auto s : projects::next_statuses(p.current)) {
    v.targets.push_back({std::string(s), stage_label(ctx.lang, s), s == chosen});
  }
  if (!next.empty()) {
    auto missing = missing_for(p, p.current, next).size();
    if (missing) v.missing_text = missing_text(ctx.lang, missing);
  }
  if (typed) {
    v.note = typed->note;
    v.override_reason = typed->override_reason;
  }
  v.errors = std::move(errors);
  std::string_view done = ctx.query.get("done");
  if (done == "ticked") v.notice = text(ctx, "maturity.notice.ticked");
  if (done == "advanced") v.notice = text(ctx, "maturity.notice.advanced");
  if (done == "overridden") v.notice = text(ctx, "maturity.notice.overridden");
  v.layout =
      web::make_layout(ctx, text(ctx, "maturity.page.title") + " — " + v.project_title, "projects");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::maturity_page(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response path_get(web::Ctx& ctx) {
  return path_page(ctx);
}

http::Response tick_post(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) {
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  }
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto in = parse_tick(ctx.form.get("done"), ctx.form.get("note"));
  Status r = in ? tick(ctx.app.db(), ctx.actor, project_id, core::parse_id(ctx.req.param("item")),
                       *in, ctx.app.clock().now())
                : Status(in.error());
  if (!r) {
    if (r.error().code != ErrorCode::invalid) return web::reply_error(ctx, r.error());
    return path_page(ctx, nullptr, web::form_messages(ctx.lang, r.error()), 422);
  }
  return http::Response::redirect(page_path(project_id) + "?done=ticked#item-" +
                                  std::string(ctx.req.param("item")));
}

http::Response advance_post(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) {
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  }
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto in = parse_advance(ctx.form.get("from"), ctx.form.get("status"), ctx.form.get("note"),
                          ctx.form.get("override_reason"));
  Result<bool> r = in ? advance(ctx.app.db(), ctx.actor, project_id, *in, ctx.app.clock().now())
                      : Result<bool>(in.error());
  if (!r) {
    const auto& e = r.error();
    // Someone who may not move the project at all gets the refusal; whoever may is shown the
    // path again with what they typed and why the move was not made.
    if (e.code == ErrorCode::not_found) return web::reply_error(ctx, e);
    if (e.code == ErrorCode::forbidden && e.message_id != "maturity.errors.override_animators") {
      return web::reply_error(ctx, e);
    }
    Typed typed{std::string(ctx.form.get("status")), std::string(ctx.form.get("note")),
                std::string(ctx.form.get("override_reason"))};
    return path_page(ctx, &typed, web::form_messages(ctx.lang, e), http_status(e.code));
  }
  return http::Response::redirect(page_path(project_id) +
                                  (*r ? "?done=overridden" : "?done=advanced"));
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/projects/{id:int}/maturity", path_get);
  app.post("/projects/{id:int}/maturity/items/{item:int}/tick", tick_post);
  app.post("/projects/{id:int}/maturity/advance", advance_post);
}

}  // namespace comdev::maturity
