// The administrators' taxonomy pages: /admin/skills (the tree by domain, each skill with its edit
// link), /admin/skills/{id}/edit and /admin/skills/new. An edit marks the row as edited, so the
// start-up sync from data/skills.json keeps it; /admin/skills.json (skill_api.cpp) exports it.
#include "core/text.h"
#include "features/skills/skill_actions.h"
#include "features/skills/skill_forms.h"
#include "features/skills/skill_module.h"
#include "features/skills/skill_permissions.h"
#include "features/skills/skill_rules.h"
#include "features/skills/skill_store.h"
#include "tpl/skills/edit.h"
#include "tpl/skills/index.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::skills {
namespace {

std::string edit_url(std::int64_t id) {
  return "/admin/skills/" + std::to_string(id) + "/edit";
}

// The signed-in administrator, or the error to answer with.
std::optional<Error> refuse_unless_admin(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  if (auto d = can(ctx.actor, Action::manage); !d) return d.forbidden();
  return std::nullopt;
}

struct TreeSkill {
  std::string label, slug, url;
  bool edited = false;
};
struct TreeDomain {
  TreeSkill domain;
  std::vector<TreeSkill> skills;
};
struct IndexView {
  web::LayoutView layout;
  bool saved = false;
  std::vector<TreeDomain> domains;
  std::int64_t skill_count = 0;
};

http::Response index(web::Ctx& ctx) {
  if (auto no = refuse_unless_admin(ctx)) return web::reply_error(ctx, *no);
  auto all = skill_store::all(ctx.app.db());
  if (!all) return web::reply_error(ctx, all.error());
  std::map<std::int64_t, bool> edited;
  for (const auto& s : *all) edited[s.id] = !s.edited_at.empty();
  auto entry = [&](const Item& i) {
    return TreeSkill{i.label, i.slug, edit_url(i.id), edited[i.id]};
  };
  IndexView v;
  v.saved = ctx.query.get("saved") == "1";
  for (const auto& d : group_by_domain(*all, ctx.lang)) {
    TreeDomain td{entry(d.domain), {}};
    for (const auto& s : d.skills) td.skills.push_back(entry(s));
    v.skill_count += static_cast<std::int64_t>(d.skills.size());
    v.domains.push_back(std::move(td));
  }
  v.layout = web::make_layout(ctx, text(ctx.lang, "skills.admin.title"), "");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::skills_index(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

struct Option {
  std::string value, label;
  bool selected = false;
};
struct FieldMessages {
  std::string slug, name_fr, name_ar, name_en, synonyms_fr, synonyms_ar, synonyms_en, parent;
};
struct EditView {
  web::LayoutView layout;
  std::string csrf, action, heading;
  bool is_new = false;
  std::string slug, name_fr, name_ar, name_en, synonyms_fr, synonyms_ar, synonyms_en;
  std::vector<Option> parents;
  std::vector<std::string> errors;
  FieldMessages err;
};

void set_field_error(FieldMessages& m, const std::string& field, std::string message) {
  std::pair<const char*, std::string*> slots[] = {{"slug", &m.slug},
                                                  {"name_fr", &m.name_fr},
                                                  {"name_ar", &m.name_ar},
                                                  {"name_en", &m.name_en},
                                                  {"synonyms_fr", &m.synonyms_fr},
                                                  {"synonyms_ar", &m.synonyms_ar},
                                                  {"synonyms_en", &m.synonyms_en},
                                                  {"parent", &m.parent}};
  for (auto& [name, slot] : slots) {
    if (field == name && slot->empty()) *slot = message;
  }
}

http::Response render_form(web::Ctx& ctx, const std::vector<Skill>& all, std::int64_t id,
                           const SkillForm& d, const std::vector<FieldError>& errors, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  EditView v;
  v.csrf = *csrf;
  v.is_new = id == 0;
  v.action = v.is_new ? "/admin/skills/new" : edit_url(id);
  v.heading = text(ctx.lang, v.is_new ? "skills.admin.new_title" : "skills.admin.edit_title");
  v.slug = d.slug;
  v.name_fr = d.edit.labels.fr;
  v.name_ar = d.edit.labels.ar;
  v.name_en = d.edit.labels.en;
  v.synonyms_fr = join_lines(d.edit.synonyms.fr);
  v.synonyms_ar = join_lines(d.edit.synonyms.ar);
  v.synonyms_en = join_lines(d.edit.synonyms.en);
  v.parents.push_back({"", text(ctx.lang, "skills.admin.no_parent"), d.parent.empty()});
  for (const auto& dom : group_by_domain(all, ctx.lang)) {
    if (dom.domain.id == id) continue;
    v.parents.push_back({dom.domain.slug, dom.domain.label, dom.domain.slug == d.parent});
  }
  for (const auto& e : errors) {
    auto message = text(ctx.lang, e.message_id);
    v.errors.push_back(message);
    set_field_error(v.err, e.field, message);
  }
  v.layout = web::make_layout(ctx, v.heading, "");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::skills_edit(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// The skill named by the URL, with the whole taxonomy (for the parent choice).
struct Loaded {
  std::vector<Skill> all;
  const Skill* skill = nullptr;
};
Result<Loaded> load(web::Ctx& ctx) {
  auto id = core::parse_id(ctx.req.param("id"));
  auto all = skill_store::all(ctx.app.db());
  if (!all) return all.error();
  Loaded l{std::move(*all), nullptr};
  for (const auto& s : l.all) {
    if (id != 0 && s.id == id) l.skill = &s;
  }
  if (!l.skill) return Error::not_found();
  return l;
}

SkillForm form_of(const Loaded& l) {
  SkillForm f{l.skill->slug, "", {l.skill->labels, l.skill->synonyms, l.skill->parent_id}};
  for (const auto& s : l.all) {
    if (s.id == l.skill->parent_id) f.parent = s.slug;
  }
  return f;
}

http::Response edit_form(web::Ctx& ctx) {
  if (auto no = refuse_unless_admin(ctx)) return web::reply_error(ctx, *no);
  auto l = load(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  return render_form(ctx, l->all, l->skill->id, form_of(*l), {}, 200);
}

http::Response update(web::Ctx& ctx) {
  if (auto no = refuse_unless_admin(ctx)) return web::reply_error(ctx, *no);
  auto l = load(ctx);
  if (!l) return web::reply_error(ctx, l.error());
  SkillForm typed;
  typed.slug = l->skill->slug;
  auto f = parse_skill_form(ctx.form, l->all, l->skill->id, &typed);
  typed.slug = l->skill->slug;
  Status st =
      f ? edit_skill(ctx.app.db(), ctx.actor.member_id, l->skill->id, *f) : Status(f.error());
  if (!st) {
    if (st.error().fields.empty()) return web::reply_error(ctx, st.error());
    return render_form(ctx, l->all, l->skill->id, typed, st.error().fields, 422);
  }
  return http::Response::redirect("/admin/skills?saved=1");
}

http::Response new_form(web::Ctx& ctx) {
  if (auto no = refuse_unless_admin(ctx)) return web::reply_error(ctx, *no);
  auto all = skill_store::all(ctx.app.db());
  if (!all) return web::reply_error(ctx, all.error());
  SkillForm blank;
  blank.parent = std::string(ctx.query.get("parent"));
  return render_form(ctx, *all, 0, blank, {}, 200);
}

http::Response create(web::Ctx& ctx) {
  if (auto no = refuse_unless_admin(ctx)) return web::reply_error(ctx, *no);
  auto all = skill_store::all(ctx.app.db());
  if (!all) return web::reply_error(ctx, all.error());
  SkillForm typed;
  auto f = parse_skill_form(ctx.form, *all, 0, &typed);
  Result<std::int64_t> id =
      f ? create_skill(ctx.app.db(), ctx.actor.member_id, *f) : Result<std::int64_t>(f.error());
  if (!id) {
    if (id.error().fields.empty()) return web::reply_error(ctx, id.error());
    return render_form(ctx, *all, 0, typed, id.error().fields, 422);
  }
  return http::Response::redirect("/admin/skills?saved=1");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/admin/skills", index);
  app.get("/admin/skills/new", new_form);
  app.post("/admin/skills/new", create);
  app.get("/admin/skills/{id}/edit", edit_form);
  app.post("/admin/skills/{id}/edit", update);
}

}  // namespace comdev::skills
