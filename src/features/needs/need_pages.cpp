// A need's own page (/needs/{id}): what is needed, for which project, its status; shared on
// WhatsApp and social networks through its meta tags; the status form for those who may write.
// And the status change itself (POST /needs/{id}/status).
#include "features/needs/need_forms.h"
#include "features/needs/need_module.h"
#include "features/needs/need_page_util.h"
#include "features/needs/need_permissions.h"
#include "features/needs/need_store.h"
#include "features/needs/need_views.h"
#include "tpl/needs/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/poster.h"
#include "web/share.h"

namespace comdev::needs {
namespace {

struct SkillLine {
  std::string name, level;
};

struct ShowView {
  web::LayoutView layout;
  std::string id, title, description, kind, kind_label, status, status_label;
  bool demo = false, saved = false, status_changed = false;
  std::string project_url, project_title, carrier, territory;
  // skill
  std::vector<SkillLine> skills;
  std::string mode;
  bool period_both = false, period_from = false, period_until = false;
  std::chrono::sys_seconds start{}, end{};
  std::int64_t effort = 0;
  std::vector<std::string> languages;
  // funding
  std::optional<web::Money> amount;
  // material
  std::string item;
  std::int64_t quantity = 0;
  // writing
  bool can_edit = false;
  std::string csrf, edit_url, status_action;
  std::vector<Option> next_statuses;
  std::vector<std::string> errors;
  web::ShareLinks share_links;
  std::vector<std::string> sections;  // HTML of other features' sections (add_need_section)
};

std::vector<NeedSection>& sections() {
  static std::vector<NeedSection> s;
  return s;
}

// The text a shared link shows under the title: the gist, the project, the description's start
// (share_meta cuts it to what previews show).
std::string share_description(const NeedCard& c, const Need& n, const ProjectRef& p) {
  std::string s = c.kind_label;
  if (!c.gist.empty()) s += " — " + c.gist;
  s += " — " + p.title;
  if (!n.data.description.empty()) s += ". " + n.data.description;
  return s;
}

std::string cover_path(const ProjectRef& p) {
  return p.has_cover ? "/projects/" + std::to_string(p.id) + "/cover" : std::string{};
}

http::Response render_show(web::Ctx& ctx, ShowView& v, const Loaded& l, int status) {
  auto known = need_store::skills(ctx.app.db());
  if (!known) return web::reply_error(ctx, known.error());
  const Need& n = l.need;
  const NeedData& d = n.data;
  auto c = card(ctx.lang, n, *known);
  v.id = c.id;
  v.title = d.title;
  v.description = d.description;
  v.kind = d.kind;
  v.kind_label = c.kind_label;
  v.status = n.status;
  v.status_label = c.status_label;
  v.demo = n.demo;
  v.project_url = "/projects/" + std::to_string(l.project.id);
  v.project_title = l.project.title;
  v.carrier = l.project.carrier_name;
  v.territory = territory_name(ctx.lang, l.project);
  for (const auto& s : d.skills) {
    v.skills.push_back({skill_name(ctx.lang, *known, s.slug), level_label(ctx.lang, s.level)});
  }
  if (!d.mode.empty()) v.mode = mode_label(ctx.lang, d.mode);
  auto start = date_of(d.period_start), end = date_of(d.period_end);
  if (start) v.start = *start;
  if (end) v.end = *end;
  v.period_both = start && end;
  v.period_from = start && !end;
  v.period_until = !start && end;
  v.effort = d.effort_days.value_or(0);
  for (const auto& code : d.languages) v.languages.push_back(language_label(ctx.lang, code));
  if (d.amount_minor) v.amount = web::Money{*d.amount_minor, d.currency};
  v.item = d.item;
  v.quantity = d.quantity.value_or(0);
  v.can_edit = can(ctx.actor, Action::edit, subject_for(ctx, l.project)).allowed;
  if (v.can_edit) {
    auto csrf = ctx.csrf_token();
    if (!csrf) return web::reply_error(ctx, csrf.error());
    v.csrf = *csrf;
    v.edit_url = "/needs/" + v.id + "/edit";
    v.status_action = "/needs/" + v.id + "/status";
    v.next_statuses = status_options(ctx.lang, n.status);
  }
  for (const auto& section : sections()) {
    v.sections.push_back(section(ctx, NeedPage{n, l.project, v.can_edit}));
  }
  v.layout = web::make_layout(ctx, d.title, "projects");
  std::string path = "/needs/" + v.id;
  v.layout.share = web::share_meta(ctx.app, d.title, share_description(c, n, l.project),
                                   cover_path(l.project), path);
  v.share_links = web::share_links(ctx.app, d.title, path, path + "/poster");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::needs_show(out, v); });
  // What a writer or a member sees (forms, a CSRF token, sections written for them) must not be
  // cached for the next reader.
  if (v.can_edit || ctx.actor.signed_in()) res.header("Cache-Control", "no-store");
  return res;
}

http::Response show(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto l = need_of(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  ShowView v;
  v.saved = ctx.query.get("saved") == "1";
  v.status_changed = ctx.query.get("status") == "1";
  return render_show(ctx, v, *l, 200);
}

// The printable A4 poster: the need, its project and place, a QR code to this need's page.
http::Response poster(web::Ctx& ctx) {
  auto l = need_of(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto known = need_store::skills(ctx.app.db());
  if (!known) return web::reply_error(ctx, known.error());
  auto c = card(ctx.lang, l->need, *known);
  web::PosterView p;
  p.title = l->need.data.title;
  p.summary = c.gist.empty() ? l->need.data.description : c.gist + ". " + l->need.data.description;
  p.place = territory_name(ctx.lang, l->project);
  p.carrier = l->project.title + " — " + l->project.carrier_name;
  p.needs.push_back({c.kind_label, l->need.data.title});
  p.path = "/needs/" + c.id;
  return web::render_poster(ctx, p);
}

http::Response change_status(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto l = need_of(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  if (auto d = can(ctx.actor, Action::change_status, subject_for(ctx, l->project)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto to = parse_status(ctx.form.get("status"));
  Status st = to ? need_store::set_status(ctx.app.db(), ctx.actor.member_id, l->need.id, *to)
                 : Status(to.error());
  if (!st) {
    if (st.error().code != ErrorCode::invalid) return web::reply_error(ctx, st.error());
    ShowView v;
    v.errors.push_back(text(ctx.lang, st.error().message_id));
    return render_show(ctx, v, *l, 422);
  }
  return http::Response::redirect("/needs/" + std::to_string(l->need.id) + "?status=1");
}

}  // namespace

void add_need_section(NeedSection section) {
  sections().push_back(std::move(section));
}

const std::vector<NeedSection>& need_sections() {
  return sections();
}

void register_pages(web::App& app) {
  app.get("/needs/{id}", show);
  app.get("/needs/{id}/poster", poster);
  app.post("/needs/{id}/status", change_status);
}

}  // namespace comdev::needs
