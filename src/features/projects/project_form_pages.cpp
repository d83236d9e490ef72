// The forms that write a project: create (/projects/new, pre-filled from a PCD action with
// ?action=ID), edit, move along the lifecycle, and set the cover image. Each refusal shows the
// form again with a clear message and what was typed; nothing is half-saved (one transaction).
#include "features/projects/project_forms.h"
#include "features/projects/project_module.h"
#include "features/projects/project_page_view.h"
#include "features/projects/project_store.h"
#include "features/projects/project_views.h"
#include "http/multipart.h"
#include "tpl/projects/form.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::projects {
namespace {

struct FormView {
  web::LayoutView layout;
  std::string heading, action, csrf, submit;
  std::string title, summary, description_md, lat, lon;
  std::string plan_action_id, plan_action_title;
  bool is_new = false, no_carrier = false;
  std::vector<Option> carriers, territories, sectors, langs, statuses;
  struct PartnerRow {
    std::string index;
    std::vector<Option> organisations;
    std::string role;
  };
  std::vector<PartnerRow> partners;
  std::vector<std::string> errors;
  std::string cancel_url;
};

std::string coordinate(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", *v);
  return buf;
}

http::Response render_form(web::Ctx& ctx, FormView& v, const ProjectData& d, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.title = d.title;
  v.summary = d.summary;
  v.description_md = d.description_md;
  v.lat = coordinate(d.lat);
  v.lon = coordinate(d.lon);
  auto carriers = carrier_options(ctx, d.carrier_id);
  if (!carriers) return web::reply_error(ctx, carriers.error());
  v.carriers = std::move(*carriers);
  v.no_carrier = v.carriers.empty();
  auto territories = territory_options(ctx, d.territory_id);
  if (!territories) return web::reply_error(ctx, territories.error());
  v.territories = std::move(*territories);
  v.sectors = sector_options(ctx.lang, d.sectors);
  v.langs = lang_options(ctx.lang, d.lang);
  v.statuses = status_options(ctx.lang, d.status);
  // The partners already chosen, then two empty rows to add more (works without JavaScript).
  auto rows = d.partners;
  rows.resize(d.partners.size() + 2);
  auto orgs = organisation_options(ctx, 0);
  if (!orgs) return web::reply_error(ctx, orgs.error());
  for (const auto& p : rows) {
    auto choices = *orgs;
    for (auto& o : choices) o.selected = o.value == std::to_string(p.organisation_id);
    v.partners.push_back({std::to_string(v.partners.size() + 1), std::move(choices), p.role});
  }
  if (d.plan_action_id != 0) v.plan_action_id = std::to_string(d.plan_action_id);
  v.layout = web::make_layout(ctx, v.heading, "projects");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::projects_form(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

int status_of(const Error& e) {
  if (e.code == ErrorCode::conflict) return 409;
  return 422;
}

http::Response new_form(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  FormView v;
  v.is_new = true;
  v.heading = text(ctx.lang, "projects.new.title");
  v.submit = text(ctx.lang, "projects.new.submit");
  v.action = "/projects/new";
  v.cancel_url = "/projects";
  ProjectData d;
  // Turning a PCD action into a project: its title, the commune as carrier, its place.
  if (auto action_id = parse_id(ctx.query.get("action")); action_id != 0) {
    auto a = project_store::plan_action(ctx.app.db(), action_id);
    if (!a) return web::reply_error(ctx, a.error());
    if (*a) {
      d.title = (*a)->title;
      d.carrier_id = (*a)->organisation_id;
      d.territory_id = (*a)->territory_id;
      d.plan_action_id = (*a)->id;
      v.plan_action_title = (*a)->title;
    }
  }
  return render_form(ctx, v, d, 200);
}

http::Response create(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  if (!ctx.actor.signed_in()) return web::reply_error(ctx, Error::unauthenticated());
  ProjectData typed;
  auto d = parse_project(ctx.form, &typed);
  Result<std::int64_t> id = Error::invalid();
  if (d) {
    // Only a representative of the chosen carrier (or a moderator) records its project.
    auto allowed = can(ctx.actor, Action::create, subject_for(ctx, d->carrier_id));
    if (!allowed) return web::reply_error(ctx, allowed.forbidden());
    id = project_store::create(ctx.app.db(), ctx.actor.member_id, *d);
  } else {
    id = d.error();
  }
  if (!id) {
    if (id.error().fields.empty() && id.error().code != ErrorCode::conflict) {
      return web::reply_error(ctx, id.error());
    }
    FormView v;
    v.is_new = true;
    v.heading = text(ctx.lang, "projects.new.title");
    v.submit = text(ctx.lang, "projects.new.submit");
    v.action = "/projects/new";
    v.cancel_url = "/projects";
    v.errors = field_messages(ctx.lang, id.error());
    return render_form(ctx, v, typed, status_of(id.error()));
  }
  return http::Response::redirect("/projects/" + std::to_string(*id));
}

http::Response edit_form(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto allowed = can(ctx.actor, Action::edit, l->subject);
  if (!allowed) return web::reply_error(ctx, allowed.forbidden());
  FormView v;
  v.heading = text(ctx.lang, "projects.edit.title");
  v.submit = text(ctx.lang, "projects.edit.submit");
  v.action = "/projects/" + std::to_string(l->project.id) + "/edit";
  v.cancel_url = "/projects/" + std::to_string(l->project.id);
  v.plan_action_title = l->project.plan_action_title;
  return render_form(ctx, v, l->project.data, 200);
}

http::Response update(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto allowed = can(ctx.actor, Action::edit, l->subject);
  if (!allowed) return web::reply_error(ctx, allowed.forbidden());
  ProjectData typed;
  auto d = parse_project(ctx.form, &typed);
  Status st = d ? Status{} : Status(d.error());
  if (d) {
    d->status = l->project.data.status;  // the status moves only through /status
    // Handing the project to another carrier: the actor must speak for that one too.
    if (d->carrier_id != l->project.data.carrier_id) {
      auto to = can(ctx.actor, Action::create, subject_for(ctx, d->carrier_id));
      if (!to) return web::reply_error(ctx, to.forbidden());
    }
    st = project_store::update(ctx.app.db(), ctx.actor.member_id, l->project.id, *d);
  }
  if (!st) {
    if (st.error().fields.empty()) return web::reply_error(ctx, st.error());
    FormView v;
    v.heading = text(ctx.lang, "projects.edit.title");
    v.submit = text(ctx.lang, "projects.edit.submit");
    v.action = "/projects/" + std::to_string(l->project.id) + "/edit";
    v.cancel_url = "/projects/" + std::to_string(l->project.id);
    v.plan_action_title = l->project.plan_action_title;
    v.errors = field_messages(ctx.lang, st.error());
    typed.status = l->project.data.status;
    return render_form(ctx, v, typed, 422);
  }
  return http::Response::redirect("/projects/" + std::to_string(l->project.id));
}

StatusGate& status_gate() {
  static StatusGate gate;
  return gate;
}

http::Response change_status(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto allowed = can(ctx.actor, Action::change_status, l->subject);
  if (!allowed) return web::reply_error(ctx, allowed.forbidden());
  auto in = parse_status_change(ctx.form);
  Status st = in ? Status{} : Status(in.error());
  if (st && status_gate()) {
    st = status_gate()(ctx, l->project.id, l->project.data.status, in->to_status);
  }
  if (st) st = project_store::change_status(ctx.app.db(), ctx.actor.member_id, l->project.id, *in);
  if (!st) {
    const auto& e = st.error();
    if (e.fields.empty() && e.code != ErrorCode::conflict) return web::reply_error(ctx, e);
    return show_with_errors(ctx, *l, e, status_of(e));
  }
  return http::Response::redirect("/projects/" + std::to_string(l->project.id) + "#history");
}

http::Response set_cover(web::Ctx& ctx) {
  auto session = ctx.session();
  if (!session) return web::reply_error(ctx, session.error());
  auto l = load_project(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  auto allowed = can(ctx.actor, Action::upload_cover, l->subject);
  if (!allowed) return web::reply_error(ctx, allowed.forbidden());
  std::optional<Cover> cover;
  bool remove = ctx.form.get("remove") == "1";
  if (!remove) {
    // The file part of the multipart body (the pipeline keeps only its text fields).
    Result<Cover> checked = Error::invalid("projects.errors.cover_missing",
                                           {{"cover", "projects.errors.cover_missing"}});
    if (ctx.req.header("content-type").starts_with("multipart/form-data")) {
      auto m = http::parse_multipart(ctx.req.header("content-type"), ctx.req.body);
      if (!m) return web::reply_error(ctx, m.error());
      for (const auto& f : m->files) {
        if (f.field_name == "cover" && !f.bytes.empty()) checked = check_cover(f.bytes);
      }
    }
    if (!checked) return show_with_errors(ctx, *l, checked.error(), 422);
    cover = std::move(*checked);
  }
  auto st = project_store::set_cover(ctx.app.db(), ctx.actor.member_id, l->project.id, cover);
  if (!st) return web::reply_error(ctx, st.error());
  return http::Response::redirect("/projects/" + std::to_string(l->project.id));
}

}  // namespace

void set_status_gate(StatusGate gate) {
  status_gate() = std::move(gate);
}

void register_form_pages(web::App& app) {
  app.get("/projects/new", new_form);
  app.post("/projects/new", create);
  app.get("/projects/{id}/edit", edit_form);
  app.post("/projects/{id}/edit", update);
  app.post("/projects/{id}/status", change_status);
  app.post("/projects/{id}/cover", set_cover);
}

}  // namespace comdev::projects
