#include "features/projects/project_page_view.h"

#include "core/text.h"
#include "features/projects/project_module.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/projects/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/markdown.h"

namespace comdev::projects {
namespace {

std::string coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  return buf;
}

}  // namespace

Result<ShowView> build_show_view(web::Ctx& ctx, const Loaded& l) {
  const Project& p = l.project;
  auto& db = ctx.app.db();
  ShowView v;
  auto shown =
      shown_in(i18n::code(ctx.lang), p.data.title, p.data.summary, p.data.lang, p.translations);
  v.id = std::to_string(p.id);
  v.title = shown.title;
  v.summary = shown.summary;
  v.lang = shown.lang;
  v.description_html = web::markdown_to_html(p.data.description_md);
  v.status = status_label(ctx.lang, p.data.status);
  v.status_code = p.data.status;
  v.carrier = p.carrier_name;
  v.carrier_url = "/organisations/" + std::to_string(p.data.carrier_id);
  v.place = place_name(ctx.lang, p.territory_fr, p.territory_ar);
  if (p.data.lat && p.data.lon) {
    v.point = coordinate(*p.data.lat) + ", " + coordinate(*p.data.lon);
    v.map_url = "/map?project=" + v.id;
  }
  if (p.data.plan_action_id != 0 && p.plan_id != 0) {
    v.plan_action = p.plan_action_title;
    v.plan_url = "/plans/" + std::to_string(p.plan_id);
  }
  for (const auto& s : p.data.sectors) v.sectors.push_back(sector_label(ctx.lang, s));
  for (const auto& pa : p.data.partners) {
    v.partners.push_back(
        {pa.name, "/organisations/" + std::to_string(pa.organisation_id), pa.role});
  }
  if (p.has_cover) {
    v.cover_url = "/projects/" + v.id + "/cover?v=" + core::fnv1a64_hex(p.updated_at).substr(0, 8);
  }
  v.demo = p.demo;
  v.translations = p.translations;

  auto hist = project_store::history(db, p.id);
  if (!hist) return hist.error();
  for (const auto& h : *hist) {
    v.history.push_back({status_label(ctx.lang, h.to_status), date_label(ctx.lang, h.changed_at),
                         h.note, h.changed_by_name});
  }
  auto ups = project_store::updates(db, p.id);
  if (!ups) return ups.error();
  for (const auto& u : *ups) {
    v.updates.push_back({u.title, date_label(ctx.lang, u.created_at), u.author_name,
                         web::markdown_to_html(u.body_md)});
  }
  v.signed_in = ctx.actor.signed_in();
  v.can_write = can(ctx.actor, Action::edit, l.subject).allowed;
  v.can_moderate = can(ctx.actor, Action::hide_comment, l.subject).allowed;
  auto cs = project_store::comments(db, p.id, v.can_moderate);
  if (!cs) return cs.error();
  for (const auto& c : *cs) {
    v.comments.push_back(
        {std::to_string(c.id),
         c.author_name.empty() ? text(ctx.lang, "projects.comments.former_member") : c.author_name,
         date_label(ctx.lang, c.created_at), c.body, c.hidden, c.reports > 0});
  }
  auto n = project_store::follower_count(db, p.id);
  if (!n) return n.error();
  v.followers = i18n::plural(ctx.lang, "projects.followers.count", *n);
  if (v.signed_in) {
    auto f = project_store::is_following(db, ctx.actor.member_id, p.id);
    if (!f) return f.error();
    v.following = *f;
    auto csrf = ctx.csrf_token();
    if (!csrf) return csrf.error();
    v.csrf = *csrf;
  }
  if (v.can_write) {
    // The next step forward is offered first-hand; going back is the exception.
    bool chosen = false;
    for (auto s : next_statuses(p.data.status)) {
      bool forward = !chosen && status_index(s) > status_index(p.data.status);
      chosen = chosen || forward;
      v.next_statuses.push_back({std::string(s), status_label(ctx.lang, s), forward});
    }
    v.langs = lang_options(ctx.lang, "");
  }
  std::string path = "/projects/" + v.id;
  v.layout = web::make_layout(ctx, v.title, "projects");
  v.layout.share = web::share_meta(ctx.app, v.title, v.summary,
                                   v.cover_url.empty() ? std::string_view{} : v.cover_url, path);
  v.share_links = web::share_links(ctx.app, v.title, path, path + "/poster");
  return v;
}

http::Response show_with_errors(web::Ctx& ctx, const Loaded& l, const Error& e, int status,
                                ShowView* typed) {
  auto v = build_show_view(ctx, l);
  if (!v) return web::reply_error(ctx, v.error());
  for (const auto& section : project_sections()) v->sections.push_back(section(ctx, l.project));
  v->errors = field_messages(ctx.lang, e);
  if (typed) {
    v->comment_body = typed->comment_body;
    v->update_title = typed->update_title;
    v->update_body = typed->update_body;
  }
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::projects_show(out, *v); });
  res.header("Cache-Control", "private, no-store");
  return res;
}

}  // namespace comdev::projects
