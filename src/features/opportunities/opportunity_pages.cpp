// The opportunities pages: the list with its filters (each value with its count), search, map
// and the animators' queue (/opportunities); an opportunity (/opportunities/{id}) with the notice
// that nothing here is a public offering and that the platform takes no money, its contact line
// to those who may read it, the "I'm interested" form, the animators' review and decisions; the
// form of a new opportunity or investment project; the member's requests and opportunities
// (/me/opportunities). A refused form comes back with what was typed and every problem named.
#include <algorithm>
#include <mutex>

#include "core/sectors.h"
#include "core/text.h"
#include "features/mobilisation/mobilisation_module.h"
#include "features/opportunities/opportunity_actions.h"
#include "features/opportunities/opportunity_forms.h"
#include "features/opportunities/opportunity_labels.h"
#include "features/opportunities/opportunity_mail.h"
#include "features/opportunities/opportunity_module.h"
#include "features/opportunities/opportunity_store.h"
#include "features/opportunities/opportunity_views.h"
#include "money/money.h"
#include "tpl/opportunities/form.h"
#include "tpl/opportunities/list.h"
#include "tpl/opportunities/mine.h"
#include "tpl/opportunities/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/markdown.h"
#include "web/private_page.h"

namespace comdev::opportunities {
namespace {

std::string url_of(std::int64_t id) {
  return "/opportunities/" + std::to_string(id);
}

// One message per problem, naming the field ("Montant maximum : …").
std::vector<std::string> messages(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) {
    out.push_back(i18n::format(lang, "opportunities.errors.field",
                               {{"field", field_label(lang, f.field)},
                                {"message", i18n::format(lang, f.message_id, e.params)}}));
  }
  if (out.empty()) out.push_back(i18n::format(lang, e.message_id, e.params));
  return out;
}

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

std::vector<OptionView> currency_options(std::string_view selected) {
  return {{"MAD", "MAD", selected != "EUR"}, {"EUR", "EUR", selected == "EUR"}};
}

CardView card_of(i18n::Lang lang, const Opportunity& o) {
  CardView c;
  c.url = url_of(o.id);
  c.title = o.text.title;
  c.lang = o.text.lang;
  c.kind = std::string(name(o.text.kind));
  c.kind_label = kind_label(lang, o.text.kind);
  c.place = place_label(lang, o.commune_fr, o.commune_ar);
  if (!o.province_fr.empty()) c.place += " · " + place_label(lang, o.province_fr, o.province_ar);
  c.sector = sector_label(lang, o.text.sector);
  c.stage = stage_label(lang, o.text.stage);
  c.amount = range_text(lang, o.text.amount_min, o.text.amount_max, o.text.currency);
  c.organisation = o.contact_org_name.empty() ? o.publisher_org_name : o.contact_org_name;
  c.demo = o.demo;
  return c;
}

// ---- the list ----

std::string value_label(i18n::Lang lang, Facet f, const std::string& v, const ListPage& page) {
  switch (f) {
    case Facet::sector:
      return sector_label(lang, v);
    case Facet::commune:
    case Facet::province: {
      auto it = page.places.find(core::parse_id(v));
      return it == page.places.end() ? v : place_label(lang, it->second.fr, it->second.ar);
    }
    case Facet::stage:
      return stage_label(lang, v);
    case Facet::kind:
      return kind_label(lang, parse_kind(v).value_or(Kind::offer));
    case Facet::amount:
      return bucket_label(lang, v);
  }
  return v;
}

// The filter's current value of facet f, as in a URL.
std::string selected_value(const Filter& f, Facet facet) {
  switch (facet) {
    case Facet::sector:
      return f.sector;
    case Facet::commune:
      return f.commune_id ? std::to_string(f.commune_id) : "";
    case Facet::province:
      return f.province_id ? std::to_string(f.province_id) : "";
    case Facet::stage:
      return f.stage;
    case Facet::kind:
      return f.kind;
    case Facet::amount:
      return f.amount;
  }
  return {};
}

// The order values are offered in: the list's own order for sectors, stages, kinds and
// buckets; names for places.
std::vector<std::string> ordered_values(Facet f, const std::map<std::string, std::int64_t>& counts,
                                        const std::string& selected) {
  std::vector<std::string> out;
  auto add_known = [&](auto const& list) {
    for (auto v : list) {
      std::string s(v);
      if (counts.contains(s) || s == selected) out.push_back(s);
    }
  };
  switch (f) {
    case Facet::sector:
      add_known(core::kSectors);
      break;
    case Facet::stage:
      add_known(kStages);
      break;
    case Facet::kind:
      add_known(kKinds);
      break;
    case Facet::amount: {
      for (const auto& b : kAmountBuckets) {
        std::string s(b.code);
        if (counts.contains(s) || s == selected) out.push_back(s);
      }
      break;
    }
    case Facet::commune:
    case Facet::province:
      for (const auto& [v, n] : counts) out.push_back(v);
      if (!selected.empty() && !counts.contains(selected)) out.push_back(selected);
      break;
  }
  return out;
}

std::vector<FilterView> filter_views(i18n::Lang lang, const Filter& f, const ListPage& page) {
  std::vector<FilterView> out;
  for (std::size_t i = 0; i < kFacetNames.size(); ++i) {
    auto facet = static_cast<Facet>(i);
    FilterView v;
    v.name = std::string(kFacetNames[i]);
    v.label = facet_label(lang, v.name);
    auto selected = selected_value(f, facet);
    std::vector<std::pair<std::string, OptionView>> options;
    for (const auto& value : ordered_values(facet, page.counts[i], selected)) {
      auto it = page.counts[i].find(value);
      std::int64_t n = it == page.counts[i].end() ? 0 : it->second;
      auto name = value_label(lang, facet, value, page);
      OptionView o;
      o.value = value;
      o.label = i18n::format(lang, "opportunities.filter.option",
                             {{"label", name}, {"count", i18n::format_number(lang, n)}});
      o.selected = value == selected;
      options.emplace_back(name, std::move(o));
    }
    if (facet == Facet::commune || facet == Facet::province) {
      std::stable_sort(options.begin(), options.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    for (auto& [_, o] : options) v.options.push_back(std::move(o));
    out.push_back(std::move(v));
  }
  return out;
}

http::Response list_page(web::Ctx& ctx, Service service) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  service.follower.catch_up({kOpportunity});
  auto f = parse_filter(ctx.query);
  auto page = list_published(ctx.app.db(), service.index, f);
  if (!page) return web::reply_error(ctx, page.error());
  auto q = queue(ctx.app.db(), ctx.actor);
  if (!q) return web::reply_error(ctx, q.error());
  const auto lang = ctx.lang;
  ListView v;
  v.q = f.q;
  v.filters = filter_views(lang, f, *page);
  for (const auto& o : page->items) v.items.push_back(card_of(lang, o));
  v.total = page->total;
  v.filtered = !query_string(f, 1).empty();
  v.signed_in = ctx.actor.signed_in();
  v.can_offer = can(ctx.actor, Action::create_offer,
                    about(State::draft, false, represents_any(ctx.app.db(), ctx.actor)))
                    .allowed;
  if (f.page > 1) v.prev_url = "/opportunities?" + query_string(f, f.page - 1);
  if (static_cast<std::size_t>(f.page) * f.per_page < page->total) {
    v.next_url = "/opportunities?" + query_string(f, f.page + 1);
  }
  if (service.leaflet.available()) {
    v.geojson_url = "/api/v1/opportunities.geojson?" + query_string(f, 1);
    v.tiles = ctx.app.config().map_tiles_url;
    v.leaflet_js = service.leaflet.url("leaflet.js");
    v.leaflet_css = service.leaflet.url("leaflet.css");
    v.map_js = ctx.app.assets().url("js/map.js");
  }
  for (const auto& o : q->submitted) {
    v.queue_projects.push_back({url_of(o.id), o.text.title, o.created_by_name});
  }
  for (const auto& i : q->requests) {
    v.queue_requests.push_back(
        {url_of(i.opportunity_id) + "#requests", i.opportunity_title, i.member_name});
  }
  v.layout = web::make_layout(ctx, text(lang, "opportunities.title"), "opportunities");
  auto res = web::render(lang, 200, [&](web::Out& out) { tpl::opportunities_list(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// ---- an opportunity ----

struct Typed {
  InterestText interest;
  std::string amount;
  std::string note;
};

RequestView request_view(web::Ctx& ctx, const Interest& i, const Access& a, bool for_owner_list) {
  const auto lang = ctx.lang;
  RequestView r;
  r.id = std::to_string(i.id);
  r.member = i.member_name;
  r.about = i.text.about;
  r.interest = i.text.interest;
  if (i.text.amount) r.amount = i18n::format_money(lang, *i.text.amount, i.text.currency);
  bool mine = i.member_id == ctx.actor.member_id;
  if (sees_interest_contact(mine, reviewer(ctx.actor), a.owner && for_owner_list, i.state)) {
    r.contact = i.text.contact;
  }
  r.state = std::string(name(i.state));
  r.state_label = request_label(lang, i.state);
  r.note = i.decision_note;
  r.when = i.created_at.substr(0, 10);
  Subject s;
  s.request = i.state;
  s.own_request = mine;
  r.can_decide = can(ctx.actor, Action::decide_interest, s).allowed;
  r.can_withdraw = mine && can(ctx.actor, Action::withdraw_interest, s).allowed;
  std::string base = "/opportunities/requests/" + r.id;
  r.introduce_action = base + "/introduce";
  r.decline_action = base + "/decline";
  r.withdraw_action = base + "/withdraw";
  return r;
}

http::Response show_page(web::Ctx& ctx, std::int64_t id, const Typed& typed = {},
                         std::vector<std::string> errors = {}, int status = 200) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const Opportunity& o = a->opportunity;
  const auto lang = ctx.lang;
  ShowView v;
  v.csrf = *csrf;
  v.id = std::to_string(o.id);
  v.title = o.text.title;
  v.lang = o.text.lang;
  v.kind = std::string(name(o.text.kind));
  v.kind_label = kind_label(lang, o.text.kind);
  v.state = std::string(name(o.state));
  v.state_label = state_label(lang, o.state);
  v.published = o.state == State::published;
  v.demo = o.demo;
  v.description_html = web::markdown_to_html(o.text.description_md);
  v.sector = sector_label(lang, o.text.sector);
  v.stage = stage_label(lang, o.text.stage);
  v.place = place_label(lang, o.commune_fr, o.commune_ar);
  if (!o.province_fr.empty()) v.place += " · " + place_label(lang, o.province_fr, o.province_ar);
  v.amount = range_text(lang, o.text.amount_min, o.text.amount_max, o.text.currency);
  v.publisher = o.publisher_org_name;
  v.contact_org = o.contact_org_name;
  v.show_contact = sees_contact(ctx.actor, *a);
  if (v.show_contact) v.contact = o.text.contact;
  if (o.state == State::draft && (a->owner || reviewer(ctx.actor))) v.review_note = o.review_note;
  auto subject = subject_of(ctx.actor, *a);
  v.can_review = can(ctx.actor, Action::publish, subject).allowed;
  v.can_close = can(ctx.actor, Action::close, subject).allowed;
  v.can_express = can(ctx.actor, Action::express_interest, subject).allowed;
  v.sign_in_to_express = !ctx.actor.signed_in() && v.published;
  v.publish_action = url_of(id) + "/publish";
  v.send_back_action = url_of(id) + "/send-back";
  v.close_action = url_of(id) + "/close";
  v.can_correct = can(ctx.actor, Action::resubmit, subject).allowed;
  v.edit_url = url_of(id) + "/edit";
  v.resubmit_action = url_of(id) + "/resubmit";
  v.interest_action = url_of(id) + "/interest";
  v.sign_in_url = "/account/signin";
  v.note = typed.note;
  v.about = typed.interest.about;
  v.interest = typed.interest.interest;
  v.amount_typed = typed.amount;
  v.reach = typed.interest.contact;
  v.currencies =
      currency_options(typed.interest.currency.empty() ? o.text.currency : typed.interest.currency);
  for (const auto& i : a->mine) v.mine.push_back(request_view(ctx, i, *a, false));
  auto visible = visible_interests(ctx.app.db(), ctx.actor, *a);
  if (!visible) return web::reply_error(ctx, visible.error());
  for (const auto& i : *visible) {
    if (i.member_id == ctx.actor.member_id) continue;  // already under "your requests"
    v.requests.push_back(request_view(ctx, i, *a, true));
  }
  std::string_view done = ctx.query.get("done");
  if (done == "created") v.notice = text(lang, "opportunities.notice.created");
  if (done == "submitted") v.notice = text(lang, "opportunities.notice.submitted");
  if (done == "published") v.notice = text(lang, "opportunities.notice.published");
  if (done == "sent_back") v.notice = text(lang, "opportunities.notice.sent_back");
  if (done == "closed") v.notice = text(lang, "opportunities.notice.closed");
  if (done == "saved") v.notice = text(lang, "opportunities.notice.saved");
  if (done == "interest") v.notice = text(lang, "opportunities.notice.interest");
  if (done == "introduced") v.notice = text(lang, "opportunities.notice.introduced");
  if (done == "declined") v.notice = text(lang, "opportunities.notice.declined");
  if (done == "withdrawn") v.notice = text(lang, "opportunities.notice.withdrawn");
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, v.title, "opportunities");
  auto res = web::render(lang, status, [&](web::Out& out) { tpl::opportunities_show(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show_get(web::Ctx& ctx) {
  return show_page(ctx, core::parse_id(ctx.req.param("id")));
}

// After a refused form on the opportunity's page: the page again with the problems, or the plain
// error page when the actor may not do it at all.
http::Response refused(web::Ctx& ctx, std::int64_t id, const Error& e, const Typed& typed = {}) {
  if (e.code != ErrorCode::invalid && e.code != ErrorCode::conflict) {
    return web::reply_error(ctx, e);
  }
  return show_page(ctx, id, typed, messages(ctx.lang, e),
                   e.code == ErrorCode::conflict ? 409 : 422);
}

http::Response signed_in_only(web::Ctx& ctx) {
  return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
}

template <class F>
http::Response act(web::Ctx& ctx, std::string_view done, F&& run) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = run(id); !r) return refused(ctx, id, r.error());
  return http::Response::redirect(url_of(id) + "?done=" + std::string(done));
}

http::Response publish_form(web::Ctx& ctx) {
  return act(ctx, "published",
             [&](std::int64_t id) { return publish(ctx.app.db(), ctx.actor, id, core::now()); });
}

http::Response close_form(web::Ctx& ctx) {
  return act(ctx, "closed",
             [&](std::int64_t id) { return close(ctx.app.db(), ctx.actor, id, core::now()); });
}

http::Response send_back_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  Typed typed;
  typed.note = std::string(ctx.form.get("note"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::send_back, subject_of(ctx.actor, *a)); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  auto note = parse_note(ctx.form.get("note"));
  Status r =
      note ? send_back(ctx.app.db(), ctx.actor, id, *note, core::now()) : Status(note.error());
  if (!r) return refused(ctx, id, r.error(), typed);
  return http::Response::redirect(url_of(id) + "?done=sent_back");
}

http::Response interest_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return web::reply_error(ctx, a.error());
  if (auto d = can(ctx.actor, Action::express_interest, subject_of(ctx.actor, *a)); !d) {
    // A request already waiting (a double click, a second tab): the page says so.
    if (d.reason == "opportunities.errors.already_interested") {
      return refused(ctx, id, Error::conflict(std::string(d.reason)));
    }
    return web::reply_error(ctx, d.forbidden());
  }
  Typed typed;
  TypedAmounts amounts;
  auto in = parse_interest(ctx.form, &typed.interest, &amounts);
  typed.amount = amounts.amount;
  if (!in) return refused(ctx, id, in.error(), typed);
  auto r = express_interest(ctx.app.db(), ctx.actor, id, *in, core::now());
  if (!r) return refused(ctx, id, r.error(), typed);
  return http::Response::redirect(url_of(id) + "?done=interest");
}

// The forms on a request: they come back to its opportunity.
template <class F>
http::Response decide_form(web::Ctx& ctx, std::string_view done, F&& run) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) return signed_in_only(ctx);
  auto id = core::parse_id(ctx.req.param("id"));
  std::int64_t opportunity = 0;
  {
    auto lease = ctx.app.db().acquire();
    if (!lease) return web::reply_error(ctx, lease.error());
    auto i = opportunity_store::find_interest(**lease, id);
    if (!i) return web::reply_error(ctx, i.error());
    if (!*i) return web::reply_error(ctx, Error::not_found());
    opportunity = (*i)->opportunity_id;
  }
  if (auto r = run(id); !r) {
    if (r.error().code != ErrorCode::invalid && r.error().code != ErrorCode::conflict) {
      return web::reply_error(ctx, r.error());
    }
    Typed typed;
    typed.note = std::string(ctx.form.get("note"));
    return refused(ctx, opportunity, r.error(), typed);
  }
  return http::Response::redirect(url_of(opportunity) + "?done=" + std::string(done) + "#requests");
}

http::Response introduce_form(web::Ctx& ctx) {
  return decide_form(ctx, "introduced", [&](std::int64_t id) -> Status {
    if (auto r = introduce(ctx.app.db(), ctx.actor, id, core::now()); !r) return r;
    // After the commit: the introduction stands even if a mail cannot go.
    send_introduction(ctx.app.db(), ctx.app.mailer(), ctx.app.config().base_url, id);
    return {};
  });
}

http::Response decline_form(web::Ctx& ctx) {
  return decide_form(ctx, "declined", [&](std::int64_t id) -> Status {
    auto note = parse_note(ctx.form.get("note"));
    if (!note) {
      // Only an animator learns that the reason is missing; anyone else gets the refusal.
      if (!reviewer(ctx.actor)) return Error::not_found();
      return note.error();
    }
    return decline_interest(ctx.app.db(), ctx.actor, id, *note, core::now());
  });
}

http::Response withdraw_form(web::Ctx& ctx) {
  return decide_form(ctx, "withdrawn", [&](std::int64_t id) {
    return withdraw_interest(ctx.app.db(), ctx.actor, id, core::now());
  });
}

// ---- a new opportunity ----

// The form of a new opportunity, or of the draft `editing` (its author's corrections).
http::Response form_page(web::Ctx& ctx, const Text& t, const TypedAmounts& amounts,
                         std::vector<std::string> errors = {}, std::int64_t editing = 0) {
  const auto lang = ctx.lang;
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto communes = opportunity_store::communes(**lease);
  if (!communes) return web::reply_error(ctx, communes.error());
  auto orgs = opportunity_store::organisations(**lease);
  if (!orgs) return web::reply_error(ctx, orgs.error());
  auto mine = opportunity_store::represented(**lease, ctx.actor.member_id);
  if (!mine) return web::reply_error(ctx, mine.error());
  FormView v;
  v.csrf = *csrf;
  v.action = "/opportunities/new";
  v.kind = std::string(name(t.kind));
  bool offer = t.kind == Kind::offer;
  v.heading =
      text(lang, offer ? "opportunities.new.offer_title" : "opportunities.new.project_title");
  v.intro = text(lang, offer ? "opportunities.new.offer_intro" : "opportunities.new.project_intro");
  if (editing) {
    v.action = url_of(editing) + "/edit";
    v.heading = text(lang, "opportunities.edit.title");
  }
  v.title = t.title;
  v.description = t.description_md;
  v.amount_min = amounts.min;
  v.amount_max = amounts.max;
  v.contact = t.contact;
  for (auto code : {"fr", "ar", "en"}) {
    std::string_view key = code == std::string_view("ar")   ? "opportunities.lang.ar"
                           : code == std::string_view("en") ? "opportunities.lang.en"
                                                            : "opportunities.lang.fr";
    v.langs.push_back({code, text(lang, key), t.lang == code});
  }
  for (auto s : core::kSectors) {
    v.sectors.push_back({std::string(s), sector_label(lang, s), t.sector == s});
  }
  for (auto s : kStages) v.stages.push_back({std::string(s), stage_label(lang, s), t.stage == s});
  for (const auto& c : *communes) {
    v.communes.push_back(
        {std::to_string(c.id), place_label(lang, c.name_fr, c.name_ar), c.id == t.commune_id});
  }
  std::stable_sort(v.communes.begin(), v.communes.end(),
                   [](const OptionView& a, const OptionView& b) { return a.label < b.label; });
  v.currencies = currency_options(t.currency);
  // An animator may publish in any organisation's name; a representative in their own.
  const auto& publishers = reviewer(ctx.actor) ? *orgs : *mine;
  for (const auto& [id, n] : publishers) {
    v.publishers.push_back({std::to_string(id), n, id == t.publisher_org_id});
  }
  v.needs_publisher = offer && !reviewer(ctx.actor);
  for (const auto& [id, n] : *orgs) {
    v.contact_orgs.push_back({std::to_string(id), n, id == t.contact_org_id});
  }
  v.errors = std::move(errors);
  v.layout = web::make_layout(ctx, v.heading, "opportunities");
  auto res = web::render(lang, v.errors.empty() ? 200 : 422,
                         [&](web::Out& out) { tpl::opportunities_form(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response new_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  Text t;
  t.kind = parse_kind(ctx.query.get("kind")).value_or(Kind::migrant_project);
  Action action = t.kind == Kind::offer ? Action::create_offer : Action::propose_project;
  if (auto d = can(ctx.actor, action,
                   about(State::draft, false, represents_any(ctx.app.db(), ctx.actor)));
      !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  t.sector.clear();
  return form_page(ctx, t, {});
}

http::Response new_post(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  Text typed;
  TypedAmounts amounts;
  auto in = parse_opportunity(ctx.form, &typed, &amounts);
  Result<std::int64_t> id =
      in ? create(ctx.app.db(), ctx.actor, *in, core::now()) : Result<std::int64_t>(in.error());
  if (!id) {
    if (id.error().code != ErrorCode::invalid) return web::reply_error(ctx, id.error());
    return form_page(ctx, typed, amounts, messages(ctx.lang, id.error()));
  }
  bool waits = in->kind == Kind::migrant_project && !reviewer(ctx.actor);
  return http::Response::redirect(url_of(*id) + (waits ? "?done=submitted" : "?done=created"));
}

// ---- the author's corrections to a project sent back ----

// The draft its author may correct; not found or forbidden otherwise (before reading the form:
// someone else's typing is not worth checking).
Result<Access> correctable(web::Ctx& ctx, std::int64_t id) {
  auto a = readable(ctx.app.db(), ctx.actor, id);
  if (!a) return a.error();
  if (auto d = can(ctx.actor, Action::edit, subject_of(ctx.actor, *a)); !d) return d.forbidden();
  return a;
}

http::Response edit_get(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = correctable(ctx, id);
  if (!a) return web::reply_error(ctx, a.error());
  const Text& t = a->opportunity.text;
  return form_page(ctx, t, {money::to_decimal(t.amount_min), money::to_decimal(t.amount_max), {}},
                   {}, id);
}

http::Response edit_post(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto a = correctable(ctx, id); !a) return web::reply_error(ctx, a.error());
  Text typed;
  TypedAmounts amounts;
  auto in = parse_opportunity(ctx.form, &typed, &amounts);
  Status done = in ? edit(ctx.app.db(), ctx.actor, id, *in, core::now()) : Status(in.error());
  if (!done) {
    if (done.error().code != ErrorCode::invalid) return web::reply_error(ctx, done.error());
    return form_page(ctx, typed, amounts, messages(ctx.lang, done.error()), id);
  }
  return http::Response::redirect(url_of(id) + "?done=saved");
}

http::Response resubmit_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  if (auto r = resubmit(ctx.app.db(), ctx.actor, id, core::now()); !r) {
    return web::reply_error(ctx, r.error());
  }
  return http::Response::redirect(url_of(id) + "?done=submitted");
}

// ---- the member's own ----

http::Response mine_page(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto m = mine(ctx.app.db(), ctx.actor);
  if (!m) return web::reply_error(ctx, m.error());
  const auto lang = ctx.lang;
  MineView v;
  for (const auto& r : m->requests) {
    MineRow row;
    row.url = url_of(r.interest.opportunity_id);
    row.title = r.interest.opportunity_title;
    row.state_label = request_label(lang, r.interest.state);
    row.introduced = r.interest.state == InterestState::introduced;
    row.contact = r.contact;
    row.contact_org = r.contact_org;
    row.note = r.interest.decision_note;
    if (r.interest.text.amount) {
      row.amount = i18n::format_money(lang, *r.interest.text.amount, r.interest.text.currency);
    }
    v.requests.push_back(std::move(row));
  }
  for (const auto& o : m->written) {
    MineRow row;
    row.url = url_of(o.id);
    row.title = o.text.title;
    row.state_label = state_label(lang, o.state);
    row.note = o.state == State::draft ? o.review_note : "";
    v.written.push_back(std::move(row));
  }
  v.layout = web::make_layout(ctx, text(lang, "opportunities.mine.title"), "opportunities");
  auto res = web::render(lang, 200, [&](web::Out& out) { tpl::opportunities_mine(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

// ---- notifications ----

mobilisation::NotificationLine line(i18n::Lang lang, const mobilisation::Notification& n) {
  std::string url = "/me/opportunities";
  if (n.kind == kInterestReceived) {
    return {i18n::format(lang, "opportunities.notification.interest_received",
                         {{"other", n.other_name}}),
            "/opportunities#queue"};
  }
  if (n.kind == kIntroduced) {
    if (n.other_member_id) {
      return {i18n::format(lang, "opportunities.notification.introduced_owner",
                           {{"other", n.other_name}}),
              url};
    }
    return {text(lang, "opportunities.notification.introduced"), url};
  }
  if (n.kind == kInterestDeclined) {
    return {text(lang, "opportunities.notification.declined"), url};
  }
  if (n.kind == kProjectPublished) {
    return {text(lang, "opportunities.notification.published"), url};
  }
  return {text(lang, "opportunities.notification.sent_back"), url};
}

}  // namespace

void register_notifications() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (const char* kind :
         {kInterestReceived, kIntroduced, kInterestDeclined, kProjectPublished, kProjectSentBack}) {
      mobilisation::add_notification_kind(kind, line);
    }
  });
}

void register_pages(web::App& app, Service service) {
  app.get("/opportunities", [service](web::Ctx& ctx) { return list_page(ctx, service); });
  app.get("/opportunities/new", new_get);
  app.post("/opportunities/new", new_post);
  app.get("/opportunities/{id:int}", show_get);
  app.post("/opportunities/{id:int}/publish", publish_form);
  app.post("/opportunities/{id:int}/send-back", send_back_form);
  app.post("/opportunities/{id:int}/close", close_form);
  app.get("/opportunities/{id:int}/edit", edit_get);
  app.post("/opportunities/{id:int}/edit", edit_post);
  app.post("/opportunities/{id:int}/resubmit", resubmit_form);
  app.post("/opportunities/{id:int}/interest", interest_form);
  app.post("/opportunities/requests/{id:int}/introduce", introduce_form);
  app.post("/opportunities/requests/{id:int}/decline", decline_form);
  app.post("/opportunities/requests/{id:int}/withdraw", withdraw_form);
  app.get("/me/opportunities", mine_page);
}

}  // namespace comdev::opportunities
