// GET /territories: the communities with the places they are anchored to, a join/leave button
// for a signed-in member, and the tree of real places. POST /communities/{slug}/join|leave.
#include "features/communities/community_store.h"
#include "features/territories/territory_module.h"
#include "features/territories/territory_permissions.h"
#include "features/territories/territory_rules.h"
#include "features/territories/territory_store.h"
#include "tpl/territories/index.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::territories {
namespace {

struct PlaceView {
  std::string name, slug, aliases, commune_kind;
  bool approximate = false;
  std::vector<PlaceView> children;
};
struct CommunityView {
  std::string name, slug;
  std::vector<std::string> anchors;
  bool joined = false;
};
struct IndexView {
  web::LayoutView layout;
  std::string csrf;
  bool signed_in = false;
  std::vector<CommunityView> communities;
  std::vector<PlaceView> regions;
};

std::string name_in(const Territory& t, i18n::Lang lang) {
  if (i18n::code(lang) == "ar" && !t.name_ar.empty()) return t.name_ar;
  return t.name_fr;
}

PlaceView view_of(const Node& n, i18n::Lang lang) {
  PlaceView v{name_in(n.territory, lang),
              n.territory.slug,
              n.territory.aliases,
              n.territory.commune_kind,
              n.territory.position_approximate,
              {}};
  for (const auto& c : n.children) v.children.push_back(view_of(c, lang));
  return v;
}

http::Response show(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  IndexView v;
  v.signed_in = ctx.actor.signed_in();
  if (v.signed_in) {
    auto csrf = ctx.csrf_token();
    if (!csrf) return web::reply_error(ctx, csrf.error());
    v.csrf = *csrf;
  }
  auto all = territory_store::list(ctx.app.db());
  if (!all) return web::reply_error(ctx, all.error());
  for (const auto& n : build_tree(*all)) v.regions.push_back(view_of(n, ctx.lang));

  auto communities = communities::community_store::list(ctx.app.db());
  if (!communities) return web::reply_error(ctx, communities.error());
  std::vector<Membership> mine;
  if (v.signed_in) {
    auto m = territory_store::memberships(ctx.app.db(), ctx.actor.member_id);
    if (!m) return web::reply_error(ctx, m.error());
    mine = std::move(*m);
  }
  for (const auto& c : *communities) {
    CommunityView cv{c.name.in(ctx.lang), c.slug, {}, false};
    for (const auto& m : mine) cv.joined = cv.joined || m.community_id == c.id;
    auto anchors = territory_store::anchors(ctx.app.db(), c.slug);
    if (!anchors) return web::reply_error(ctx, anchors.error());
    for (const auto& t : *anchors) cv.anchors.push_back(name_in(t, ctx.lang));
    v.communities.push_back(std::move(cv));
  }
  v.layout = web::make_layout(ctx, std::string(i18n::catalogue(ctx.lang).text("territories.title")),
                              "territories");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::territories_index(out, v); });
  res.header("Cache-Control", v.signed_in ? "no-store" : "no-cache");
  return res;
}

http::Response change_membership(web::Ctx& ctx, bool join) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto d = can(ctx.actor, join ? Action::join_community : Action::leave_community);
  if (!d) return web::reply_error(ctx, d.forbidden());
  std::string slug(ctx.req.param("slug"));
  auto st = join ? territory_store::join(ctx.app.db(), slug, ctx.actor.member_id)
                 : territory_store::leave(ctx.app.db(), slug, ctx.actor.member_id);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect("/territories");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/territories", show);
  app.post("/communities/{slug}/join", [](web::Ctx& ctx) { return change_membership(ctx, true); });
  app.post("/communities/{slug}/leave",
           [](web::Ctx& ctx) { return change_membership(ctx, false); });
}

}  // namespace comdev::territories
