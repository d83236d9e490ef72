// The pages of development plans: the list, a plan with its axes and actions, creating and
// editing a plan, adding an action. The CSV import is in plan_import_pages.cpp.
#include "features/organisations/organisation_store.h"
#include "features/plans/plan_forms.h"
#include "features/plans/plan_module.h"
#include "features/plans/plan_store.h"
#include "features/plans/plan_views.h"
#include "tpl/plans/action_form.h"
#include "tpl/plans/form.h"
#include "tpl/plans/list.h"
#include "tpl/plans/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/page.h"
#include "web/render.h"
#include "web/share.h"

namespace comdev::plans {
namespace {

struct PlanCard {
  std::string url, title, commune, period_start, period_end;
  std::int64_t actions = 0;
  bool demo = false;
};

struct ListView {
  web::LayoutView layout;
  std::vector<PlanCard> plans;
  bool signed_in = false;
};

http::Response list_page(web::Ctx& ctx) {
  auto s = ctx.session();
  if (!s) return web::reply_error(ctx, s.error());
  auto plans = plan_store::list(ctx.app.db());
  if (!plans) return web::reply_error(ctx, plans.error());
  ListView v;
  v.signed_in = ctx.actor.signed_in();
  for (const auto& p : *plans) {
    v.plans.push_back({"/plans/" + std::to_string(p.id), p.title, commune_name(ctx.lang, p),
                       std::to_string(p.period_start), std::to_string(p.period_end), p.action_count,
                       p.demo});
  }
  v.layout = web::make_layout(ctx, text(ctx.lang, "plans.list.title"), "plans");
  return web::render(ctx.lang, 200, [&](web::Out& out) { tpl::plans_list(out, v); });
}

struct ActionView {
  std::int64_t id = 0;
  std::string title, priority, priority_label, status_label, douars;
  bool has_budget = false;
  web::Money budget;
};

struct AxisView {
  std::string title;
  std::vector<ActionView> actions;
};

struct ShowView {
  web::LayoutView layout;
  std::string url, title, commune, organisation_url, period_start, period_end, summary;
  bool demo = false, can_edit = false, imported = false, added = false;
  std::int64_t imported_count = 0;
  std::vector<AxisView> axes;
};

http::Response show_page(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::view);
  if (a.refusal) return std::move(*a.refusal);
  const Plan& p = *a.plan;
  ShowView v;
  v.url = "/plans/" + std::to_string(p.id);
  v.title = p.title;
  v.commune = commune_name(ctx.lang, p);
  v.organisation_url = "/organisations/" + std::to_string(p.organisation_id);
  v.period_start = std::to_string(p.period_start);
  v.period_end = std::to_string(p.period_end);
  v.summary = p.summary;
  v.demo = p.demo;
  v.can_edit = a.can_edit;
  if (ctx.query.has("imported")) {
    v.imported = true;
    v.imported_count = std::atoll(std::string(ctx.query.get("imported")).c_str());
  }
  v.added = ctx.query.get("added") == "1";
  for (const auto& axis : p.axes) {
    AxisView av{axis.title, {}};
    for (const auto& x : axis.actions) {
      ActionView xv;
      xv.id = x.id;
      xv.title = x.title;
      xv.priority = x.priority;
      xv.priority_label = priority_label(ctx.lang, x.priority);
      xv.status_label = status_label(ctx.lang, x.status);
      if (x.budget_minor) {
        xv.has_budget = true;
        xv.budget = web::Money{*x.budget_minor, x.currency};
      }
      for (const auto& d : x.douars) {
        if (!xv.douars.empty()) xv.douars += ", ";
        xv.douars += ctx.lang == i18n::Lang::ar && !d.name_ar.empty() ? d.name_ar : d.name_fr;
      }
      av.actions.push_back(std::move(xv));
    }
    v.axes.push_back(std::move(av));
  }
  v.layout = web::make_layout(ctx, p.title, "plans");
  // A plan is public: shared on WhatsApp or Facebook it shows its title and summary.
  v.layout.share = web::share_meta(ctx.app, p.title, p.summary, "", v.url);
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::plans_show(out, v); });
  if (v.can_edit) res.header("Cache-Control", "no-store");
  return res;
}

// --- creating and editing a plan ----------------------------------------------------------

struct FormView {
  web::LayoutView layout;
  std::string heading, action_url, csrf, title, period_start, period_end, summary;
  std::vector<Option> communes;
  std::vector<std::string> errors;
};

// The communes the actor may write a plan for: all for animators and administrators, the
// verified representations of type commune for a member.
Result<std::vector<plan_store::Commune>> writable_communes(web::Ctx& ctx) {
  auto all = plan_store::communes(ctx.app.db());
  if (!all) return all.error();
  if (ctx.actor.is_animator || ctx.actor.is_admin) return all;
  auto mine = organisations::organisation_store::verified_representations(ctx.app.db(),
                                                                          ctx.actor.member_id);
  if (!mine) return mine.error();
  std::vector<plan_store::Commune> out;
  for (const auto& c : *all) {
    for (const auto& r : *mine) {
      if (r.organisation_id == c.organisation_id) out.push_back(c);
    }
  }
  return out;
}

http::Response render_form(web::Ctx& ctx, FormView& v, const std::vector<plan_store::Commune>& cs,
                           std::int64_t selected, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  for (const auto& c : cs) {
    v.communes.push_back(
        {std::to_string(c.organisation_id), c.name, c.organisation_id == selected});
  }
  v.layout = web::make_layout(ctx, v.heading, "plans");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::plans_form(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// The communes the actor may create a plan for, or the refusal (sign in; not a representative).
Result<std::vector<plan_store::Commune>> creatable(web::Ctx& ctx) {
  auto s = ctx.session();
  if (!s) return s.error();
  if (!ctx.actor.signed_in()) return can(ctx.actor, Action::create).forbidden();
  auto cs = writable_communes(ctx);
  if (!cs) return cs.error();
  if (auto d = can(ctx.actor, Action::create, {!cs->empty()}); !d) return d.forbidden();
  if (cs->empty()) return Error::forbidden("plans.errors.not_representative");
  return cs;
}

http::Response new_page(web::Ctx& ctx) {
  auto cs = creatable(ctx);
  if (!cs) return web::reply_error(ctx, cs.error());
  FormView v;
  v.heading = text(ctx.lang, "plans.new.title");
  v.action_url = "/plans";
  return render_form(ctx, v, *cs, 0, 200);
}

http::Response create_plan(web::Ctx& ctx) {
  auto cs = creatable(ctx);
  if (!cs) return web::reply_error(ctx, cs.error());
  FormView v;
  v.heading = text(ctx.lang, "plans.new.title");
  v.action_url = "/plans";
  v.title = std::string(ctx.form.get("title"));
  v.period_start = std::string(ctx.form.get("period_start"));
  v.period_end = std::string(ctx.form.get("period_end"));
  v.summary = std::string(ctx.form.get("summary"));
  auto p = parse_plan(ctx.form);
  std::int64_t org = p ? p->organisation_id : 0;
  if (!p) {
    v.errors = error_texts(ctx.lang, p.error());
    return render_form(ctx, v, *cs, org, 422);
  }
  const plan_store::Commune* commune = nullptr;
  for (const auto& c : *cs) {
    if (c.organisation_id == p->organisation_id) commune = &c;
  }
  // A commune outside the actor's list: they do not represent it.
  if (commune == nullptr) {
    return web::reply_error(ctx, Error::forbidden("plans.errors.not_representative"));
  }
  auto id = plan_store::create(ctx.app.db(), ctx.actor.member_id, *p, commune->territory_id);
  if (!id) {
    if (id.error().code != ErrorCode::conflict) return web::reply_error(ctx, id.error());
    v.errors = error_texts(ctx.lang, id.error());
    return render_form(ctx, v, *cs, org, 409);
  }
  return http::Response::redirect("/plans/" + std::to_string(*id));
}

http::Response edit_page(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::edit);
  if (a.refusal) return std::move(*a.refusal);
  const Plan& p = *a.plan;
  FormView v;
  v.heading = text(ctx.lang, "plans.edit.title");
  v.action_url = "/plans/" + std::to_string(p.id) + "/edit";
  v.title = p.title;
  v.period_start = std::to_string(p.period_start);
  v.period_end = std::to_string(p.period_end);
  v.summary = p.summary;
  std::vector<plan_store::Commune> only{{p.organisation_id, p.organisation, p.territory_id}};
  return render_form(ctx, v, only, p.organisation_id, 200);
}

http::Response update_plan(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::edit);
  if (a.refusal) return std::move(*a.refusal);
  const Plan& p = *a.plan;
  FormView v;
  v.heading = text(ctx.lang, "plans.edit.title");
  v.action_url = "/plans/" + std::to_string(p.id) + "/edit";
  v.title = std::string(ctx.form.get("title"));
  v.period_start = std::string(ctx.form.get("period_start"));
  v.period_end = std::string(ctx.form.get("period_end"));
  v.summary = std::string(ctx.form.get("summary"));
  std::vector<plan_store::Commune> only{{p.organisation_id, p.organisation, p.territory_id}};
  // The commune of a plan does not change: the form's value is ignored.
  http::Form fixed;
  for (const auto& [k, val] : ctx.form.fields()) {
    if (k != "organisation") fixed.add(k, val);
  }
  fixed.add("organisation", std::to_string(p.organisation_id));
  auto parsed = parse_plan(fixed);
  if (!parsed) {
    v.errors = error_texts(ctx.lang, parsed.error());
    return render_form(ctx, v, only, p.organisation_id, 422);
  }
  if (auto st = plan_store::update(ctx.app.db(), ctx.actor.member_id, p.id, *parsed); !st) {
    if (st.error().code != ErrorCode::conflict) return web::reply_error(ctx, st.error());
    v.errors = error_texts(ctx.lang, st.error());
    return render_form(ctx, v, only, p.organisation_id, 409);
  }
  return http::Response::redirect("/plans/" + std::to_string(p.id));
}

// --- adding one action ---------------------------------------------------------------------

struct ActionFormView {
  web::LayoutView layout;
  std::string csrf, plan_url, plan_title, new_axis, title, budget;
  std::vector<Option> axes, priorities, currencies, statuses, douars;
  std::vector<std::string> errors;
};

http::Response render_action_form(web::Ctx& ctx, const Plan& p, ActionFormView& v,
                                  const http::Form& form, int status) {
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  v.csrf = *csrf;
  v.plan_url = "/plans/" + std::to_string(p.id);
  v.plan_title = p.title;
  v.new_axis = std::string(form.get("new_axis"));
  v.title = std::string(form.get("title"));
  v.budget = std::string(form.get("budget"));
  for (const auto& a : p.axes) v.axes.push_back({a.title, a.title, form.get("axis") == a.title});
  auto chosen = [&](std::string_view field, std::string_view value, std::string_view dflt) {
    return form.has(field) ? form.get(field) == value : value == dflt;
  };
  for (auto c : kPriorities) {
    v.priorities.push_back(
        {std::string(c), priority_label(ctx.lang, c), chosen("priority", c, "medium")});
  }
  for (auto c : kCurrencies) {
    v.currencies.push_back({std::string(c), std::string(c), chosen("currency", c, "MAD")});
  }
  for (auto c : kStatuses) {
    v.statuses.push_back(
        {std::string(c), status_label(ctx.lang, c), chosen("status", c, "planned")});
  }
  auto douars = plan_store::douars_of(ctx.app.db(), p.territory_id);
  if (!douars) return web::reply_error(ctx, douars.error());
  auto picked = form.all("douars");
  for (const auto& d : *douars) {
    auto id = std::to_string(d.id);
    bool sel = std::find(picked.begin(), picked.end(), id) != picked.end();
    v.douars.push_back(
        {id, ctx.lang == i18n::Lang::ar && !d.name_ar.empty() ? d.name_ar : d.name_fr, sel});
  }
  v.layout = web::make_layout(ctx, text(ctx.lang, "plans.action.new"), "plans");
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::plans_action_form(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response new_action_page(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::edit);
  if (a.refusal) return std::move(*a.refusal);
  ActionFormView v;
  return render_action_form(ctx, *a.plan, v, http::Form{}, 200);
}

http::Response add_action(web::Ctx& ctx) {
  auto a = plan_for(ctx, Action::edit);
  if (a.refusal) return std::move(*a.refusal);
  const Plan& p = *a.plan;
  ActionFormView v;
  auto parsed = parse_action(ctx.form);
  if (parsed) {
    // Douars must be the commune's own.
    auto douars = plan_store::douars_of(ctx.app.db(), p.territory_id);
    if (!douars) return web::reply_error(ctx, douars.error());
    for (auto id : parsed->douar_ids) {
      bool known = false;
      for (const auto& d : *douars) known = known || d.id == id;
      if (!known) {
        parsed = Error::invalid("errors.invalid", {{"douars", "plans.form.errors.douar"}});
        break;
      }
    }
  }
  if (!parsed) {
    v.errors = error_texts(ctx.lang, parsed.error());
    return render_action_form(ctx, p, v, ctx.form, 422);
  }
  auto added = plan_store::add_actions(ctx.app.db(), ctx.actor.member_id, p.id, {*parsed},
                                       "plan.action.added");
  if (!added) return web::reply_error(ctx, added.error());
  if (*added == 0) {
    v.errors = {text(ctx.lang, "plans.errors.action_exists")};
    return render_action_form(ctx, p, v, ctx.form, 409);
  }
  return http::Response::redirect("/plans/" + std::to_string(p.id) + "?added=1");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/plans", list_page);
  app.post("/plans", create_plan);
  app.get("/plans/new", new_page);
  app.get("/plans/{id}", show_page);
  app.get("/plans/{id}/edit", edit_page);
  app.post("/plans/{id}/edit", update_plan);
  app.get("/plans/{id}/actions/new", new_action_page);
  app.post("/plans/{id}/actions/new", add_action);
}

}  // namespace comdev::plans
