// An administrator grants or takes back the animator role (GET/POST /admin/members/{id}/roles).
// Deliberately minimal: one checkbox, audited in the store.
#include "features/organisations/member_roles_store.h"
#include "features/organisations/organisation_forms.h"
#include "features/organisations/organisation_module.h"
#include "features/organisations/organisation_permissions.h"
#include "tpl/organisations/member_roles.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::organisations {
namespace {

struct RolesView {
  web::LayoutView layout;
  std::string csrf, member_id, name;
  bool is_animator = false, saved = false;
};

Result<member_roles_store::MemberRoles> target(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return Error::not_found();
  auto m = member_roles_store::find(ctx.app.db(), id);
  if (!m) return m.error();
  if (!*m) return Error::not_found();
  return std::move(**m);
}

http::Response show(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::grant_animator_role);
  if (!d) return web::reply_error(ctx, d.forbidden());
  auto m = target(ctx);
  if (!m) return web::reply_error(ctx, m.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  RolesView v{{},
              *csrf,
              std::to_string(m->id),
              m->display_name,
              m->is_animator,
              ctx.query.get("saved") == "1"};
  v.layout = web::make_layout(
      ctx, std::string(i18n::catalogue(ctx.lang).text("organisations.roles.title")), "admin");
  auto res =
      web::render(ctx.lang, 200, [&](web::Out& out) { tpl::organisations_member_roles(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response save(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, Action::grant_animator_role);
  if (!d) return web::reply_error(ctx, d.forbidden());
  auto m = target(ctx);
  if (!m) return web::reply_error(ctx, m.error());
  bool animator = ctx.form.get("animator") == "1";
  auto st = member_roles_store::set_animator(ctx.app.db(), ctx.actor.member_id, m->id, animator);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect("/admin/members/" + std::to_string(m->id) + "/roles?saved=1");
}

}  // namespace

void register_member_roles_pages(web::App& app) {
  app.get("/admin/members/{id}/roles", show);
  app.post("/admin/members/{id}/roles", save);
}

}  // namespace comdev::organisations
