// Pages of the organisations: the list (filter by type and territory), one organisation with
// its verified representatives and the form to ask to represent it, and the animators' form to
// record a new organisation.
#include "features/organisations/organisation_forms.h"
#include "features/organisations/organisation_module.h"
#include "features/organisations/organisation_permissions.h"
#include "features/organisations/organisation_store.h"
#include "features/organisations/organisation_views.h"
#include "tpl/organisations/list.h"
#include "tpl/organisations/new.h"
#include "tpl/organisations/show.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::organisations {
namespace {

constexpr int kPerPage = 20;

std::vector<std::string> field_messages(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(text(lang, f.message_id));
  return out;
}

struct Row {
  std::string id, name, type, territory;
  bool demo = false;
};
struct ListView {
  web::LayoutView layout;
  std::vector<Option> types, territories;
  std::vector<Row> organisations;
  bool can_create = false;
  std::string prev_url, next_url;
};

http::Response list(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  Filter f;
  f.type = std::string(ctx.query.get("type"));
  if (!f.type.empty() && !is_type(f.type)) f.type.clear();
  f.territory_id = parse_id(ctx.query.get("territory"));
  int page = static_cast<int>(std::min<std::int64_t>(parse_id(ctx.query.get("page")), 10000));
  if (page < 1) page = 1;
  f.limit = kPerPage + 1;  // one more tells whether a next page exists
  f.offset = (page - 1) * kPerPage;
  auto orgs = organisation_store::list(ctx.app.db(), f);
  if (!orgs) return web::reply_error(ctx, orgs.error());
  ListView v;
  v.types = type_options(ctx.lang, f.type);
  auto territories = territory_options(ctx.app.db(), ctx.lang, f.territory_id);
  if (!territories) return web::reply_error(ctx, territories.error());
  v.territories = std::move(*territories);
  bool more = orgs->size() > kPerPage;
  if (more) orgs->pop_back();
  for (const auto& o : *orgs) {
    v.organisations.push_back({std::to_string(o.id), o.name, type_label(ctx.lang, o.type),
                               territory_name(o, ctx.lang), o.demo});
  }
  auto url = [&](int p) {
    return "/organisations?type=" + f.type + "&territory=" + std::to_string(f.territory_id) +
           "&page=" + std::to_string(p);
  };
  if (page > 1) v.prev_url = url(page - 1);
  if (more) v.next_url = url(page + 1);
  v.can_create = can(ctx.actor, Action::create).allowed;
  v.layout = web::make_layout(ctx, text(ctx.lang, "organisations.title"), "organisations");
  return web::render(ctx.lang, 200, [&](web::Out& out) { tpl::organisations_list(out, v); });
}

struct ShowView {
  web::LayoutView layout;
  std::string id, name, type, territory, description;
  bool demo = false;
  std::vector<std::string> representatives;
  bool signed_in = false, can_moderate = false, requested = false, sent = false;
  std::string csrf, my_status, message;
  std::string diaspora_url;  // a verified representative of a commune: its diaspora page
  std::vector<std::string> errors;
};

http::Response render_show(web::Ctx& ctx, ShowView& v, const Organisation& o, int status) {
  v.id = std::to_string(o.id);
  v.name = o.name;
  v.type = type_label(ctx.lang, o.type);
  v.territory = territory_name(o, ctx.lang);
  v.description = o.description;
  v.demo = o.demo;
  auto reps = organisation_store::representatives(ctx.app.db(), o.id);
  if (!reps) return web::reply_error(ctx, reps.error());
  for (const auto& r : *reps) v.representatives.push_back(r.member_name);
  v.signed_in = ctx.actor.signed_in();
  v.can_moderate = can(ctx.actor, Action::view_queue).allowed;
  if (v.signed_in) {
    auto csrf = ctx.csrf_token();
    if (!csrf) return web::reply_error(ctx, csrf.error());
    v.csrf = *csrf;
    auto mine = organisation_store::request_of(ctx.app.db(), o.id, ctx.actor.member_id);
    if (!mine) return web::reply_error(ctx, mine.error());
    if (*mine) v.my_status = (*mine)->status;
    if (v.my_status == "verified" && o.type == "commune") {
      v.diaspora_url = "/communes/" + std::to_string(o.id) + "/diaspora";
    }
  }
  v.layout = web::make_layout(ctx, o.name, "organisations");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::organisations_show(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

Result<Organisation> organisation_of(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return Error::not_found();
  auto o = organisation_store::find(ctx.app.db(), id);
  if (!o) return o.error();
  if (!*o) return Error::not_found();
  return std::move(**o);
}

http::Response show(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto o = organisation_of(ctx);
  if (!o) return web::reply_error(ctx, o.error());
  ShowView v;
  v.sent = ctx.query.get("sent") == "1";
  return render_show(ctx, v, *o, 200);
}

http::Response represent(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::request_representation);
  if (!d) return web::reply_error(ctx, d.forbidden());
  auto o = organisation_of(ctx);
  if (!o) return web::reply_error(ctx, o.error());
  auto message = validate_request_message(ctx.form.get("message"));
  if (!message) {
    if (message.error().fields.empty()) return web::reply_error(ctx, message.error());
    ShowView v;
    v.message = std::string(ctx.form.get("message"));
    v.errors = field_messages(ctx.lang, message.error());
    return render_show(ctx, v, *o, 422);
  }
  auto st = organisation_store::request_representation(ctx.app.db(), o->id, ctx.actor.member_id,
                                                       *message);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect("/organisations/" + std::to_string(o->id) + "?sent=1");
}

struct NewView {
  web::LayoutView layout;
  std::string csrf, name, description;
  std::vector<Option> types, territories;
  std::vector<std::string> errors;
};

http::Response render_new(web::Ctx& ctx, NewView& v, std::string_view type, std::int64_t territory,
                          int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.types = type_options(ctx.lang, type);
  auto territories = territory_options(ctx.app.db(), ctx.lang, territory);
  if (!territories) return web::reply_error(ctx, territories.error());
  v.territories = std::move(*territories);
  v.layout = web::make_layout(ctx, text(ctx.lang, "organisations.new.title"), "organisations");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::organisations_new(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response new_form(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::create);
  if (!d) return web::reply_error(ctx, d.forbidden());
  NewView v;
  return render_new(ctx, v, "", 0, 200);
}

http::Response create(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::create);
  if (!d) return web::reply_error(ctx, d.forbidden());
  auto o = validate_organisation({ctx.form.get("type"), ctx.form.get("name"),
                                  ctx.form.get("territory"), ctx.form.get("description")});
  Result<std::int64_t> id = o ? organisation_store::create(ctx.app.db(), ctx.actor.member_id, *o)
                              : Result<std::int64_t>(o.error());
  if (!id) {
    const Error& e = id.error();
    if (e.code == ErrorCode::conflict) {
      NewView v;
      v.name = std::string(ctx.form.get("name"));
      v.description = std::string(ctx.form.get("description"));
      v.errors.push_back(text(ctx.lang, e.message_id));
      return render_new(ctx, v, ctx.form.get("type"), parse_id(ctx.form.get("territory")), 409);
    }
    if (e.fields.empty()) return web::reply_error(ctx, e);
    NewView v;
    v.name = std::string(ctx.form.get("name"));
    v.description = std::string(ctx.form.get("description"));
    v.errors = field_messages(ctx.lang, e);
    return render_new(ctx, v, ctx.form.get("type"), parse_id(ctx.form.get("territory")), 422);
  }
  return http::Response::redirect("/organisations/" + std::to_string(*id));
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/organisations", list);
  app.get("/organisations/new", new_form);
  app.post("/organisations/new", create);
  app.get("/organisations/{id}", show);
  app.post("/organisations/{id}/represent", represent);
}

}  // namespace comdev::organisations
