// The animators' page of checklists (/animation/maturity?community=ID): for each stage of the
// path, the items a project of the community completes to enter it, each written in French and,
// when the animator gives it, in Arabic; an item may be computed by the platform instead of
// ticked. Adding, changing and removing an item are audited; removing it removes its ticks.
#include "core/text.h"
#include "features/maturity/maturity_actions.h"
#include "features/maturity/maturity_forms.h"
#include "features/maturity/maturity_labels.h"
#include "features/maturity/maturity_module.h"
#include "features/maturity/maturity_permissions.h"
#include "features/maturity/maturity_rules.h"
#include "features/maturity/maturity_store.h"
#include "i18n/catalogue.h"
#include "tpl/maturity/config.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"

namespace comdev::maturity {
namespace {

constexpr const char* kPath = "/animation/maturity";

std::string community_url(std::int64_t id) {
  return std::string(kPath) + "?community=" + std::to_string(id);
}

std::vector<Option> rule_options(i18n::Lang lang, Rule chosen) {
  std::vector<Option> out;
  for (auto r : kRules) out.push_back({std::string(name(r)), rule_label(lang, r), r == chosen});
  return out;
}

http::Response config_page(web::Ctx& ctx, std::int64_t community_id,
                           std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::configure); !d) return web::reply_error(ctx, d.forbidden());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto communities = maturity_store::communities(**lease);
  if (!communities) return web::reply_error(ctx, communities.error());
  if (communities->empty()) return web::reply_error(ctx, Error::not_found());
  if (community_id == 0) community_id = communities->front().id;
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  ConfigView v;
  v.csrf = *csrf;
  for (const auto& c : *communities) {
    const auto& shown = ctx.lang == i18n::Lang::ar && !c.name_ar.empty() ? c.name_ar : c.name_fr;
    v.communities.push_back({community_url(c.id), shown, c.id == community_id});
    if (c.id == community_id) {
      v.community_name = shown;
      v.community_id = c.id;
    }
  }
  if (!v.community_id) return web::reply_error(ctx, Error::not_found());
  auto items = maturity_store::items(**lease, community_id);
  if (!items) return web::reply_error(ctx, items.error());
  for (auto stage : kStages) {
    if (!has_checklist(stage)) continue;
    ConfigStage s;
    s.code = std::string(stage);
    s.label = stage_label(ctx.lang, stage);
    s.rules = rule_options(ctx.lang, Rule::none);
    s.add_action = std::string(kPath) + "/items";
    for (const auto& i : *items) {
      if (i.stage != stage) continue;
      auto base = std::string(kPath) + "/items/" + std::to_string(i.id);
      s.items.push_back({i.id, i.label_fr, i.label_ar, rule_options(ctx.lang, i.rule),
                         base + "/edit", base + "/delete"});
    }
    v.stages.push_back(std::move(s));
  }
  v.errors = std::move(errors);
  std::string_view done = ctx.query.get("done");
  if (done == "added") v.notice = text(ctx, "maturity.config.added");
  if (done == "changed") v.notice = text(ctx, "maturity.config.changed");
  if (done == "removed") v.notice = text(ctx, "maturity.config.removed");
  v.layout = web::make_layout(ctx, text(ctx, "maturity.config.title"), "projects");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::maturity_config(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response config_get(web::Ctx& ctx) {
  return config_page(ctx, core::parse_id(ctx.query.get("community")));
}

Result<ItemInput> item_from_form(web::Ctx& ctx) {
  return parse_item(ctx.form.get("stage"), ctx.form.get("label_fr"), ctx.form.get("label_ar"),
                    ctx.form.get("rule"));
}

// A refused form comes back on the page of its community with the reasons (422).
http::Response refused(web::Ctx& ctx, std::int64_t community_id, const Error& e) {
  if (e.code != ErrorCode::invalid) return web::reply_error(ctx, e);
  return config_page(ctx, community_id, web::form_messages(ctx.lang, e), 422);
}

http::Response add_post(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto community_id = core::parse_id(ctx.form.get("community"));
  if (auto d = can(ctx.actor, Action::configure); !d) return web::reply_error(ctx, d.forbidden());
  auto in = item_from_form(ctx);
  if (!in) return refused(ctx, community_id, in.error());
  auto id = add_item(ctx.app.db(), ctx.actor, community_id, *in, ctx.app.clock().now());
  if (!id) return refused(ctx, community_id, id.error());
  return http::Response::redirect(community_url(community_id) + "&done=added#stage-" + in->stage);
}

// The item's community, for the redirect after a change (0 when it is gone).
std::int64_t community_of_item(web::Ctx& ctx, std::int64_t item_id) {
  auto lease = ctx.app.db().acquire();
  if (!lease) return 0;
  auto item = maturity_store::item(**lease, item_id);
  return item && *item ? (*item)->community_id : 0;
}

http::Response edit_post(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::configure); !d) return web::reply_error(ctx, d.forbidden());
  auto item_id = core::parse_id(ctx.req.param("item"));
  auto community_id = community_of_item(ctx, item_id);
  if (!community_id) return web::reply_error(ctx, Error::not_found("maturity.errors.no_such_item"));
  // The stage is the item's own; the form does not send it.
  auto in =
      parse_item("ready", ctx.form.get("label_fr"), ctx.form.get("label_ar"), ctx.form.get("rule"));
  if (!in) return refused(ctx, community_id, in.error());
  if (auto r = change_item(ctx.app.db(), ctx.actor, item_id, *in); !r) {
    return refused(ctx, community_id, r.error());
  }
  return http::Response::redirect(community_url(community_id) + "&done=changed");
}

http::Response delete_post(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::configure); !d) return web::reply_error(ctx, d.forbidden());
  auto item_id = core::parse_id(ctx.req.param("item"));
  auto community_id = community_of_item(ctx, item_id);
  if (!community_id) return web::reply_error(ctx, Error::not_found("maturity.errors.no_such_item"));
  if (auto r = remove_item(ctx.app.db(), ctx.actor, item_id); !r) {
    return web::reply_error(ctx, r.error());
  }
  return http::Response::redirect(community_url(community_id) + "&done=removed");
}

}  // namespace

void register_config_pages(web::App& app) {
  app.get(kPath, config_get);
  app.post(std::string(kPath) + "/items", add_post);
  app.post(std::string(kPath) + "/items/{item:int}/edit", edit_post);
  app.post(std::string(kPath) + "/items/{item:int}/delete", delete_post);
}

}  // namespace comdev::maturity
