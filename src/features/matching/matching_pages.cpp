// The pages of matching: the "experts to invite" section of a need's page (for those who may
// invite: the carrier's verified representatives, animators, administrators) and "needs for
// you" (/me/needs), the open needs that suit the signed-in member, best first.
#include <mutex>

#include "features/matching/matching_module.h"
#include "features/matching/matching_permissions.h"
#include "features/matching/matching_store.h"
#include "features/matching/matching_views.h"
#include "features/needs/need_module.h"
#include "i18n/catalogue.h"
#include "tpl/matching/me.h"
#include "tpl/matching/section.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/render.h"

namespace comdev::matching {
namespace {

// How many experts the section proposes, and how many needs "needs for you" lists.
constexpr std::size_t kSectionExperts = 10;
constexpr std::size_t kNeedsForYou = 20;

struct ExpertCard {
  std::string member_id, url, display_name, why;
  int percent = 0;
  bool invitable = true;
};

struct SectionView {
  std::vector<ExpertCard> experts;
  std::string csrf, invite_action;
};

struct NeedCard {
  std::string url, title, project_title, why;
  int percent = 0;
};

struct MeView {
  web::LayoutView layout;
  bool has_skills = false;
  std::vector<NeedCard> needs;
};

bool open_skill(const needs::Need& n) {
  return n.data.kind == "skill" && (n.status == "open" || n.status == "discussion");
}

std::string section_html(web::Ctx& ctx, const needs::NeedPage& page) {
  if (!page.can_edit || !open_skill(page.need)) return {};
  auto service = service_for(ctx.app);
  if (!service) return {};
  auto& db = ctx.app.db();
  auto exclude = matching_store::excluded_for_need(db, page.need.id, page.project.carrier_id);
  if (!exclude) return {};
  auto matches = service->experts_for_need(page.need.id, kSectionExperts, *exclude);
  if (!matches) return {};
  std::vector<std::int64_t> ids;
  for (const auto& m : *matches) ids.push_back(m.id);
  auto cards = matching_store::member_cards(db, ids);
  if (!cards) return {};
  SectionView v;
  for (const auto& m : *matches) {
    auto it = cards->find(m.id);
    if (it == cards->end()) continue;  // gone since the index last heard of them
    ExpertCard c;
    c.member_id = std::to_string(m.id);
    c.url = "/members/" + c.member_id;
    c.display_name = it->second.display_name;
    c.why = why(db, ctx.lang, visible_reasons(ctx.actor, it->second, m.scored.reasons));
    c.percent = percent(m.scored.score);
    c.invitable = service->invitable(m.id);
    v.experts.push_back(std::move(c));
  }
  auto csrf = ctx.csrf_token();
  if (!csrf) return {};
  v.csrf = *csrf;
  v.invite_action = "/needs/" + std::to_string(page.need.id) + "/invitations";
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::matching_section(out, v);
  return buf;
}

http::Response me_needs(web::Ctx& ctx, Service& service) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  if (auto d = can(ctx.actor, Action::needs_for_member, {true}); !d)
    return web::reply_error(ctx, d.forbidden());
  MeView v;
  auto matches = service.needs_for_member(ctx.actor.member_id, kNeedsForYou);
  v.has_skills = matches.has_value();
  if (matches) {
    std::vector<std::int64_t> ids;
    for (const auto& m : *matches) ids.push_back(m.id);
    auto titles = matching_store::need_titles(ctx.app.db(), ids);
    if (!titles) return web::reply_error(ctx, titles.error());
    for (const auto& m : *matches) {
      auto it = titles->find(m.id);
      if (it == titles->end()) continue;
      // The reasons are about the reader's own profile: all of them may be shown.
      v.needs.push_back({"/needs/" + std::to_string(m.id), it->second.title,
                         it->second.project_title, why(ctx.app.db(), ctx.lang, m.scored.reasons),
                         percent(m.scored.score)});
    }
  }
  v.layout = web::make_layout(ctx, std::string(i18n::catalogue(ctx.lang).text("matching.me.title")),
                              "experts");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::matching_me(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_pages(web::App& app, Service& service) {
  app.get("/me/needs", [&service](web::Ctx& ctx) { return me_needs(ctx, service); });
  // The section hook is process-wide; each application finds its own service (service_for).
  static std::once_flag once;
  std::call_once(once, [] { needs::add_need_section(section_html); });
}

}  // namespace comdev::matching
