// The need form, to add a need to a project (/projects/{id}/needs/new) and to edit one
// (/needs/{id}/edit). One template showing the part of one kind: a new need's kind is chosen with
// links at the top (?kind=skill|funding|material, no JavaScript needed), an edit keeps its kind.
#include "features/needs/need_forms.h"
#include "features/needs/need_module.h"
#include "features/needs/need_page_util.h"
#include "features/needs/need_permissions.h"
#include "features/needs/need_rules.h"
#include "features/needs/need_store.h"
#include "features/needs/need_views.h"
#include "features/skills/skill_store.h"
#include "tpl/needs/form.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::needs {
namespace {

// The message of each field in error, by field name; empty when the field is fine.
struct FieldMessages {
  std::string kind, title, description, skills, mode, period_start, period_end, effort_days,
      languages, amount, currency, item, quantity;
};

struct FormView {
  web::LayoutView layout;
  std::string csrf, action, heading, submit, project_title, project_url;
  bool editing = false;
  std::vector<Option> kinds;  // links choosing the kind of a new need; value is the link
  std::string kind, kind_label;
  bool show_skill = true, show_funding = true, show_material = true;
  std::string title, description, period_start, period_end, effort_days, amount, item, quantity;
  std::vector<NeedSkill> chosen_skills;
  std::vector<skills::PickerDomain> skill_domains;
  std::vector<Option> modes, languages, currencies;
  std::vector<std::string> errors;
  FieldMessages err;
};

void set_field_error(FieldMessages& m, i18n::Lang lang, const FieldError& e) {
  std::string* slots[] = {&m.kind,         &m.title,      &m.description, &m.skills,    &m.mode,
                          &m.period_start, &m.period_end, &m.effort_days, &m.languages, &m.amount,
                          &m.currency,     &m.item,       &m.quantity};
  const char* names[] = {"kind",         "title",      "description", "skills",    "mode",
                         "period_start", "period_end", "effort_days", "languages", "amount",
                         "currency",     "item",       "quantity"};
  for (std::size_t i = 0; i < std::size(names); ++i) {
    if (e.field == names[i] && slots[i]->empty()) *slots[i] = text(lang, e.message_id);
  }
}

// The form as the person left it (typed text back in the fields).
void fill_from_form(FormView& v, web::Ctx& ctx, std::span<const SkillRef> known) {
  const auto& f = ctx.form;
  v.title = std::string(f.get("title"));
  v.description = std::string(f.get("description"));
  v.period_start = std::string(f.get("period_start"));
  v.period_end = std::string(f.get("period_end"));
  v.effort_days = std::string(f.get("effort_days"));
  v.amount = std::string(f.get("amount"));
  v.item = std::string(f.get("item"));
  v.quantity = std::string(f.get("quantity"));
  std::vector<NeedSkill> chosen;
  for (const auto& s : known) {
    auto level = f.get(skill_input(s.slug));
    if (!level.empty()) chosen.push_back({s.id, s.slug, std::string(level)});
  }
  std::vector<std::string> langs;
  for (auto l : f.all("languages")) langs.emplace_back(l);
  v.chosen_skills = std::move(chosen);
  v.modes = mode_options(ctx.lang, f.get("mode"));
  v.languages = language_options(ctx.lang, langs);
  v.currencies = currency_options(f.get("currency"));
}

void fill_from_need(FormView& v, i18n::Lang lang, const NeedData& d) {
  v.title = d.title;
  v.description = d.description;
  v.period_start = d.period_start;
  v.period_end = d.period_end;
  v.effort_days = d.effort_days ? std::to_string(*d.effort_days) : "";
  v.amount = d.amount_minor ? typed_amount(*d.amount_minor) : "";
  v.item = d.item;
  v.quantity = d.quantity ? std::to_string(*d.quantity) : "";
  v.chosen_skills = d.skills;
  v.modes = mode_options(lang, d.mode);
  v.languages = language_options(lang, d.languages);
  v.currencies = currency_options(d.currency.empty() ? "MAD" : d.currency);
}

http::Response render_form(web::Ctx& ctx, FormView& v, const ProjectRef& p, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  if (v.show_skill) {
    auto tree = skills::skill_store::all(ctx.app.db());
    if (!tree) return web::reply_error(ctx, tree.error());
    v.skill_domains = skill_picker(ctx.lang, *tree, v.chosen_skills);
  }
  v.project_title = p.title;
  v.project_url = "/projects/" + std::to_string(p.id);
  if (!v.editing) {
    v.kinds = kind_options(ctx.lang, v.kind);
    for (auto& o : v.kinds) o.value = v.action + "?kind=" + o.value;
  }
  v.layout = web::make_layout(ctx, v.heading, "projects");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::needs_form(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

void show_kind(FormView& v, i18n::Lang lang, std::string_view kind) {
  v.kind = std::string(kind);
  v.kind_label = kind_label(lang, kind);
  v.show_skill = kind == "skill";
  v.show_funding = kind == "funding";
  v.show_material = kind == "material";
}

void set_new(FormView& v, i18n::Lang lang, const ProjectRef& p, std::string_view kind) {
  v.action = "/projects/" + std::to_string(p.id) + "/needs/new";
  v.heading = text(lang, "needs.new.title");
  v.submit = text(lang, "needs.new.submit");
  show_kind(v, lang, kind);
}

void set_edit(FormView& v, i18n::Lang lang, const Need& n) {
  v.editing = true;
  v.action = "/needs/" + std::to_string(n.id) + "/edit";
  v.heading = text(lang, "needs.edit.title");
  v.submit = text(lang, "needs.edit.submit");
  show_kind(v, lang, n.data.kind);
}

// A refused form: 422 with every message, the typed text kept.
http::Response refused(web::Ctx& ctx, FormView& v, const ProjectRef& p, const Error& e,
                       std::span<const SkillRef> known) {
  if (e.fields.empty()) return web::reply_error(ctx, e);
  fill_from_form(v, ctx, known);
  for (const auto& f : e.fields) {
    v.errors.push_back(text(ctx.lang, f.message_id));
    set_field_error(v.err, ctx.lang, f);
  }
  return render_form(ctx, v, p, 422);
}

http::Response new_form(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto p = project_of(ctx);
  if (!p) return web::reply_error(ctx, p.error());
  if (auto d = can(ctx.actor, Action::create, subject_for(ctx, *p)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  FormView v;
  NeedData blank;
  blank.kind = std::string(ctx.query.get("kind"));
  if (!is_kind(blank.kind)) blank.kind = "skill";
  set_new(v, ctx.lang, *p, blank.kind);
  fill_from_need(v, ctx.lang, blank);
  return render_form(ctx, v, *p, 200);
}

http::Response create(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto p = project_of(ctx);
  if (!p) return web::reply_error(ctx, p.error());
  if (auto d = can(ctx.actor, Action::create, subject_for(ctx, *p)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto known = need_store::skills(ctx.app.db());
  if (!known) return web::reply_error(ctx, known.error());
  auto data = parse_need(ctx.form, *known);
  Result<std::int64_t> id =
      data ? need_store::create(ctx.app.db(), ctx.actor.member_id, p->id, *data)
           : Result<std::int64_t>(data.error());
  if (!id) {
    FormView v;
    std::string kind(ctx.form.get("kind"));
    set_new(v, ctx.lang, *p, is_kind(kind) ? kind : "skill");
    return refused(ctx, v, *p, id.error(), *known);
  }
  return http::Response::redirect("/needs/" + std::to_string(*id) + "?saved=1");
}

http::Response edit_form(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto l = need_of(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  if (auto d = can(ctx.actor, Action::edit, subject_for(ctx, l->project)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  FormView v;
  set_edit(v, ctx.lang, l->need);
  fill_from_need(v, ctx.lang, l->need.data);
  return render_form(ctx, v, l->project, 200);
}

http::Response update(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto l = need_of(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  if (auto d = can(ctx.actor, Action::edit, subject_for(ctx, l->project)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto known = need_store::skills(ctx.app.db());
  if (!known) return web::reply_error(ctx, known.error());
  const auto& kind = l->need.data.kind;
  auto data = parse_need(ctx.form, *known, kind);
  Status st = data ? need_store::update(ctx.app.db(), ctx.actor.member_id, l->need.id, *data)
                   : Status(data.error());
  if (!st) {
    FormView v;
    set_edit(v, ctx.lang, l->need);
    return refused(ctx, v, l->project, st.error(), *known);
  }
  return http::Response::redirect("/needs/" + std::to_string(l->need.id) + "?saved=1");
}

}  // namespace

void register_form_pages(web::App& app) {
  app.get("/projects/{id}/needs/new", new_form);
  app.post("/projects/{id}/needs/new", create);
  app.get("/needs/{id}/edit", edit_form);
  app.post("/needs/{id}/edit", update);
}

}  // namespace comdev::needs
