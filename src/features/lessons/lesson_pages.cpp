// The lessons pages: the list of published sheets with its filters, search and the animators'
// review queue (/lessons); a sheet (/lessons/{id}: readable as a clean A4 page when printed, with
// the team's, the reviewers' and "Start a project from this" forms); its edit form; and the
// forms that start a sheet from a finished project, submit, publish, send back and start a
// project. A refused form comes back with what was typed and every problem named (422).
#include "core/sectors.h"
#include "core/text.h"
#include "features/lessons/lesson_actions.h"
#include "features/lessons/lesson_forms.h"
#include "features/lessons/lesson_labels.h"
#include "features/lessons/lesson_module.h"
#include "features/lessons/lesson_permissions.h"
#include "features/lessons/lesson_store.h"
#include "features/lessons/lesson_views.h"
#include "features/organisations/organisation_store.h"
#include "features/organisations/organisation_views.h"
#include "http/percent.h"
#include "i18n/message.h"
#include "tpl/lessons/edit.h"
#include "tpl/lessons/list.h"
#include "tpl/lessons/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/markdown.h"

namespace comdev::lessons {

PrefillText prefill_text(i18n::Lang lang, const Sheet& sheet, const std::string& sheet_url) {
  return {section_label(lang, "context"), section_label(lang, "lessons"),
          section_label(lang, "recommendations"),
          i18n::format(lang, "lessons.start_project.source",
                       {{"title", sheet.text.title}, {"url", sheet_url}})};
}

namespace {

std::string sheet_url(std::int64_t id) {
  return "/lessons/" + std::to_string(id);
}

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

// One message per problem, naming the field ("Contexte : à remplir avant la relecture").
std::vector<std::string> messages(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) {
    out.push_back(i18n::format(
        lang, "lessons.errors.field",
        {{"field", field_label(lang, f.field)}, {"message", label(lang, f.message_id)}}));
  }
  if (out.empty()) out.push_back(label(lang, e.message_id));
  return out;
}

// ---- the list ----

std::string list_url(const Filter& f, int page) {
  std::string q;
  auto add = [&](std::string_view k, const std::string& v) {
    if (v.empty() || v == "0") return;
    q += (q.empty() ? "?" : "&") + std::string(k) + "=" + http::percent_encode(v);
  };
  add("q", f.q);
  add("sector", f.sector);
  add("region", std::to_string(f.region_id));
  add("commune", std::to_string(f.commune_id));
  add("actor_type", f.actor_type);
  if (page > 1) add("page", std::to_string(page));
  return "/lessons" + q;
}

http::Response list_page(web::Ctx& ctx, Service service) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  service.follower.catch_up({kLesson});
  auto f = parse_filter(ctx.query);
  auto page = list_published(ctx.app.db(), service.index, f);
  if (!page) return web::reply_error(ctx, page.error());
  auto queue = review_queue(ctx.app.db(), ctx.actor);
  if (!queue) return web::reply_error(ctx, queue.error());
  const auto lang = ctx.lang;
  ListView v;
  v.q = f.q;
  for (const auto& s : page->sectors) {
    if (core::is_sector(s)) v.sectors.push_back({s, sector_label(lang, s), s == f.sector});
  }
  auto places = [&](const std::vector<Option>& in, std::int64_t selected,
                    std::vector<OptionView>& out) {
    for (const auto& o : in) {
      out.push_back({o.value, place_label(lang, o.label_fr, o.label_ar),
                     o.value == std::to_string(selected)});
    }
  };
  places(page->regions, f.region_id, v.regions);
  places(page->communes, f.commune_id, v.communes);
  for (const auto& t : page->actor_types) {
    v.actor_types.push_back({t, actor_type_label(lang, t), t == f.actor_type});
  }
  for (const auto& item : page->items) {
    const Sheet& s = item.sheet;
    CardView c;
    c.url = sheet_url(s.id);
    c.title = s.text.title;
    c.lang = s.text.lang;
    c.place = place_label(lang, s.territory_fr, s.territory_ar);
    c.carrier = s.carrier_name;
    c.actor_type = actor_type_label(lang, s.carrier_type);
    c.period = s.text.period;
    for (const auto& code : s.text.sectors) c.sectors.push_back(sector_label(lang, code));
    c.snippet = item.snippet.segments;
    c.cut_before = item.snippet.cut_before;
    c.cut_after = item.snippet.cut_after;
    c.demo = s.demo;
    v.items.push_back(std::move(c));
  }
  for (const auto& s : *queue) {
    v.queue.push_back({sheet_url(s.id), s.text.title, s.project_title});
  }
  v.total = page->total;
  v.filtered =
      !f.q.empty() || !f.sector.empty() || f.region_id || f.commune_id || !f.actor_type.empty();
  if (f.page > 1) v.prev_url = list_url(f, f.page - 1);
  if (static_cast<std::size_t>(f.page) * kPerPage < page->total) {
    v.next_url = list_url(f, f.page + 1);
  }
  v.layout = web::make_layout(ctx, label(lang, "lessons.title"), "lessons");
  auto res = web::render(lang, 200, [&](web::Out& out) { tpl::lessons_list(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// ---- a sheet ----

Result<std::vector<OptionView>> carrier_options(web::Ctx& ctx) {
  std::vector<OptionView> out;
  if (ctx.actor.is_animator || ctx.actor.is_admin) {
    organisations::Filter f;
    f.limit = 2000;
    auto orgs = organisations::organisation_store::list(ctx.app.db(), f);
    if (!orgs) return orgs.error();
    for (const auto& o : *orgs) out.push_back({std::to_string(o.id), o.name, false});
    return out;
  }
  auto reps = organisations::organisation_store::verified_representations(ctx.app.db(),
                                                                          ctx.actor.member_id);
  if (!reps) return reps.error();
  for (const auto& r : *reps) out.push_back({std::to_string(r.organisation_id), r.name, false});
  return out;
}

struct Typed {
  std::string note;
  std::string carrier, territory;
};

http::Response show_page(web::Ctx& ctx, const Typed& typed = {},
                         std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const Sheet& s = a->sheet;
  const auto lang = ctx.lang;
  SheetView v;
  v.csrf = *csrf;
  v.url = ctx.app.config().base_url + sheet_url(id);
  v.title = s.text.title;
  v.lang = s.text.lang;
  v.place = place_label(lang, s.territory_fr, s.territory_ar);
  v.carrier = s.carrier_name;
  v.actor_type = actor_type_label(lang, s.carrier_type);
  v.period = s.text.period;
  v.project_title = s.project_title;
  v.project_url = "/projects/" + std::to_string(s.project_id);
  for (const auto& code : s.text.sectors) v.sectors.push_back(sector_label(lang, code));
  v.state = std::string(name(s.state));
  v.state_label = state_label(lang, s.state);
  v.published = s.state == State::published;
  v.demo = s.demo;
  if (s.state == State::draft) v.review_note = s.review_note;
  if (v.published && s.published_at.size() >= 10) {
    v.published_text =
        i18n::format(lang, "lessons.published_on", {{"date", s.published_at.substr(0, 10)}});
  }
  if (s.reuses > 0) v.reuses_text = i18n::plural(lang, "lessons.reuses", s.reuses);
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    if (s.text.body[i].empty()) continue;
    v.sections.push_back({std::string(kSections[i]), section_label(lang, kSections[i]),
                          web::markdown_to_html(s.text.body[i])});
  }
  auto subject = subject_of(ctx.app.db(), ctx.actor, *a);
  v.can_edit = can(ctx.actor, Action::edit, subject).allowed;
  v.can_submit = can(ctx.actor, Action::submit, subject).allowed;
  v.can_review = can(ctx.actor, Action::publish, subject).allowed;
  v.can_start_project = can(ctx.actor, Action::start_project, subject).allowed;
  v.edit_url = sheet_url(id) + "/edit";
  v.submit_action = sheet_url(id) + "/submit";
  v.publish_action = sheet_url(id) + "/publish";
  v.send_back_action = sheet_url(id) + "/send-back";
  v.start_project_action = sheet_url(id) + "/start-project";
  v.note = typed.note;
  if (v.can_start_project) {
    auto carriers = carrier_options(ctx);
    if (!carriers) return web::reply_error(ctx, carriers.error());
    v.carriers = std::move(*carriers);
    for (auto& o : v.carriers) o.selected = o.value == typed.carrier;
    auto places =
        organisations::territory_options(ctx.app.db(), lang, core::parse_id(typed.territory));
    if (!places) return web::reply_error(ctx, places.error());
    for (auto& o : *places) v.territories.push_back({o.value, o.label, o.selected});
  }
  std::string_view done = ctx.query.get("done");
  if (done == "saved") v.notice = label(lang, "lessons.notice.saved");
  if (done == "submitted") v.notice = label(lang, "lessons.notice.submitted");
  if (done == "published") v.notice = label(lang, "lessons.notice.published");
  if (done == "sent_back") v.notice = label(lang, "lessons.notice.sent_back");
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, v.title, "lessons");
  auto res = web::render(lang, status, [&](web::Out& out) { tpl::lessons_show(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show_get(web::Ctx& ctx) {
  return show_page(ctx);
}

// After a refused review or start: the sheet again with the problems, or the plain error page
// when the actor may not do it at all.
http::Response refused(web::Ctx& ctx, const Error& e, const Typed& typed = {}) {
  if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
    return web::reply_error(ctx, e);
  }
  return show_page(ctx, typed, messages(ctx.lang, e), e.code == ErrorCode::conflict ? 409 : 422);
}

http::Response signed_in_only(web::Ctx& ctx) {
  return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
}

http::Response submit_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = submit(ctx.app.db(), ctx.actor, id, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(sheet_url(id) + "?done=submitted");
}

http::Response publish_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = publish(ctx.app.db(), ctx.actor, id, ctx.app.clock().now()); !r) {
    return refused(ctx, r.error());
  }
  return http::Response::redirect(sheet_url(id) + "?done=published");
}

http::Response send_back_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed{std::string(ctx.form.get("note")), {}, {}};
  auto note = parse_note(ctx.form.get("note"));
  Status r = note ? send_back(ctx.app.db(), ctx.actor, id, *note, ctx.app.clock().now())
                  : Status(note.error());
  if (!r) {
    // Only a reviewer sees the typed note again; anyone else gets the refusal.
    if (r.error().code == ErrorCode::invalid) {
      auto a = readable(ctx.app.db(), ctx.actor, id);
      if (!a) return web::reply_error(ctx, a.error());
      if (auto d = can(ctx.actor, Action::send_back, subject_of(ctx.app.db(), ctx.actor, *a)); !d) {
        return web::reply_error(ctx, d.forbidden());
      }
    }
    return refused(ctx, r.error(), typed);
  }
  return http::Response::redirect(sheet_url(id) + "?done=sent_back");
}

http::Response start_project_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed{{}, std::string(ctx.form.get("carrier")), std::string(ctx.form.get("commune"))};
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::start_project, subject_of(ctx.app.db(), ctx.actor, *a)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto in = parse_start_project(ctx.form);
  if (!in) return refused(ctx, in.error(), typed);
  // The new project is written in the sheet's language: its headings too.
  auto written_in = i18n::parse_lang(a->sheet.text.lang).value_or(ctx.lang);
  auto text = prefill_text(written_in, a->sheet, ctx.app.config().base_url + sheet_url(id));
  auto project = start_project(ctx.app.db(), ctx.actor, id, *in, text, ctx.app.clock().now());
  if (!project) return refused(ctx, project.error(), typed);
  return http::Response::redirect("/projects/" + std::to_string(*project));
}

// ---- starting and editing ----

http::Response start_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto id = start(ctx.app.db(), ctx.actor, project_id, ctx.app.clock().now());
  if (!id) return web::reply_error(ctx, id.error());
  return http::Response::redirect(sheet_url(*id) + "/edit");
}

http::Response edit_page(web::Ctx& ctx, const SheetText* typed = nullptr,
                         std::vector<std::string> errors = {}, const Error* error = nullptr) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::edit, subject_of(ctx.app.db(), ctx.actor, *a)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const SheetText& t = typed ? *typed : a->sheet.text;
  const auto lang = ctx.lang;
  EditView v;
  v.csrf = *csrf;
  v.action = sheet_url(id) + "/edit";
  v.sheet_url = sheet_url(id);
  v.project_title = a->sheet.project_title;
  v.review_note = a->sheet.review_note;
  v.title = t.title;
  v.period = t.period;
  for (auto code : {"fr", "ar", "en"}) {
    v.langs.push_back({code, lang_label(lang, code), t.lang == code});
  }
  for (auto code : core::kSectors) {
    bool on = std::find(t.sectors.begin(), t.sectors.end(), code) != t.sectors.end();
    v.sectors.push_back({std::string(code), sector_label(lang, code), on});
  }
  auto places = organisations::territory_options(ctx.app.db(), lang, t.territory_id);
  if (!places) return web::reply_error(ctx, places.error());
  for (auto& o : *places) v.territories.push_back({o.value, o.label, o.selected});
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    std::string key(kSections[i]);
    bool invalid = false;
    if (error) {
      for (const auto& f : error->fields) invalid = invalid || f.field == key;
    }
    v.sections.push_back(
        {key, section_label(lang, key), section_hint(lang, key), t.body[i], invalid});
  }
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, label(lang, "lessons.edit.title"), "lessons");
  int status = v.errors.empty() ? 200 : 422;
  auto res = web::render(lang, status, [&](web::Out& out) { tpl::lessons_edit(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response edit_get(web::Ctx& ctx) {
  return edit_page(ctx);
}

http::Response save_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  SheetText typed;
  auto in = parse_sheet(ctx.form, &typed);
  Status r =
      in ? edit(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()) : Status(in.error());
  if (!r) {
    if (r.error().code != ErrorCode::invalid) return web::reply_error(ctx, r.error());
    // edit_page checks the right to edit before showing what was typed.
    Error e = r.error();
    return edit_page(ctx, &typed, messages(ctx.lang, e), &e);
  }
  return http::Response::redirect(sheet_url(id) + "?done=saved");
}

}  // namespace

void register_pages(web::App& app, Service service) {
  app.get("/lessons", [service](web::Ctx& ctx) { return list_page(ctx, service); });
  app.get("/lessons/{id:int}", show_get);
  app.get("/lessons/{id:int}/edit", edit_get);
  app.post("/lessons/{id:int}/edit", save_form);
  app.post("/lessons/{id:int}/submit", submit_form);
  app.post("/lessons/{id:int}/publish", publish_form);
  app.post("/lessons/{id:int}/send-back", send_back_form);
  app.post("/lessons/{id:int}/start-project", start_project_form);
  app.post("/projects/{id:int}/lesson", start_form);
}

}  // namespace comdev::lessons
