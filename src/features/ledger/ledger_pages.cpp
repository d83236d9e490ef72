// The ledger's pages:
//   /projects/{id}/ledger         "Where the money went": public, no JavaScript, paged entries
//                                 (?before=seq); what visitors see is kept with its gzip
//                                 (web/page_cache.h) while the chain's head stays the same
//   /projects/{id}/ledger/team    the team's page: record, declare, confirm, reverse, budget
//   /projects/{id}/ledger/entries/{entry}/receipt   a receipt the carrier made public
// and the link on the project's page. Plain forms: a refused one comes back with its reasons
// and a 422.
#include <algorithm>
#include <map>
#include <mutex>

#include "core/text.h"
#include "features/documents/document_module.h"
#include "features/ledger/ledger_actions.h"
#include "features/ledger/ledger_forms.h"
#include "features/ledger/ledger_module.h"
#include "features/ledger/ledger_permissions.h"
#include "features/ledger/ledger_rules.h"
#include "features/ledger/ledger_store.h"
#include "features/ledger/ledger_views.h"
#include "features/projects/project_module.h"
#include "features/teams/team_actions.h"
#include "files/disposition.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "i18n/message.h"
#include "money/money.h"
#include "tpl/ledger/public.h"
#include "tpl/ledger/section.h"
#include "tpl/ledger/team.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/page_cache.h"
#include "web/private_page.h"

namespace comdev::ledger {
namespace {

namespace ls = ledger_store;
using FilesPtr = std::shared_ptr<files::FileStore>;

std::string kind_label(i18n::Lang lang, Kind k) {
  switch (k) {
    case Kind::money_in:
      return text(lang, "ledger.kind.money_in");
    case Kind::money_out:
      return text(lang, "ledger.kind.money_out");
    case Kind::grant:
      return text(lang, "ledger.kind.grant");
    case Kind::material:
      return text(lang, "ledger.kind.material");
    case Kind::skill:
      return text(lang, "ledger.kind.skill");
    case Kind::confirmation:
      return text(lang, "ledger.kind.confirmation");
    case Kind::reversal:
      break;
  }
  return text(lang, "ledger.kind.reversal");
}

// The label of a running total's bucket (ledger_rules.h: kBuckets).
std::string_view bucket_key(std::string_view bucket) {
  if (bucket == "money_in") return "ledger.total.money_in";
  if (bucket == "grant") return "ledger.total.grant";
  if (bucket == "material") return "ledger.total.material";
  if (bucket == "skill") return "ledger.total.skill";
  if (bucket == "skill_pending") return "ledger.total.skill_pending";
  return "ledger.total.money_out";
}

// The notice after a write (?done=…); empty for anything else.
std::string_view notice_key(std::string_view done) {
  if (done == "recorded") return "ledger.notice.recorded";
  if (done == "reversed") return "ledger.notice.reversed";
  if (done == "confirmed") return "ledger.notice.confirmed";
  if (done == "budget") return "ledger.notice.budget";
  return {};
}

std::string base_url(std::int64_t project_id) {
  return "/projects/" + std::to_string(project_id) + "/ledger";
}

// "7.5" for 750 hundredths of an hour.
std::string hours_text(std::int64_t centi) {
  std::string s = money::to_decimal(centi);
  if (s.ends_with(".00")) return s.substr(0, s.size() - 3);
  if (s.ends_with('0')) return s.substr(0, s.size() - 1);
  return s;
}

std::string detail_of(i18n::Lang lang, const Entry& e) {
  switch (e.kind) {
    case Kind::material:
      if (e.quantity.empty()) return e.description;
      return e.description.empty() ? e.quantity : e.quantity + " — " + e.description;
    case Kind::skill: {
      std::string s =
          i18n::format(lang, "ledger.entry.hours",
                       {{"hours", hours_text(e.hours_centi.value_or(0))},
                        {"rate", i18n::format_money(lang, e.rate_minor.value_or(0), e.currency)}});
      return e.description.empty() || e.description == e.label ? s : s + " — " + e.description;
    }
    case Kind::reversal:
      return i18n::format(lang, "ledger.entry.reverses", {{"seq", std::to_string(e.target_seq)}});
    case Kind::confirmation:
      return i18n::format(lang, "ledger.entry.confirms", {{"seq", std::to_string(e.target_seq)}});
    case Kind::money_in:
      if (e.pledge_id) {
        return i18n::format(lang, "ledger.entry.pledge", {{"id", std::to_string(*e.pledge_id)}});
      }
      return e.description;
    default:
      return e.description;
  }
}

EntryRow entry_row(i18n::Lang lang, const Entry& e,
                   const std::map<std::int64_t, std::string>& line_labels, bool team) {
  EntryRow r;
  r.id = std::to_string(e.id);
  r.seq = std::to_string(e.seq);
  r.date = e.occurred_on;
  r.kind = kind_label(lang, e.kind);
  r.label = e.label;
  r.piece = e.piece;
  r.detail = detail_of(lang, e);
  if (e.budget_line_id) {
    auto it = line_labels.find(*e.budget_line_id);
    if (it != line_labels.end()) r.budget_line = it->second;
  }
  r.amount = web::Money{e.amount_minor, e.currency};
  r.outgoing = e.kind == Kind::money_out;
  r.reversal = e.kind == Kind::reversal;
  r.reversed = e.reversed;
  r.pending = e.kind == Kind::skill && !e.confirmed && !e.reversed;
  // The receipt: for everyone when the carrier made it public; for the team always (the
  // documents' own page then checks who reads it).
  if (e.document_id && (e.receipt_public || team)) {
    r.has_receipt = true;
    r.receipt_url = e.receipt_public ? base_url(e.project_id) + "/entries/" + r.id + "/receipt"
                                     : "/documents/" + std::to_string(*e.document_id);
    r.receipt_label = i18n::format(lang, "ledger.entry.receipt", {{"title", e.document_title}});
  }
  if (team) {
    r.recorded_by =
        i18n::format(lang, "ledger.entry.recorded_by",
                     {{"who", e.recorded_by_name}, {"when", e.recorded_at.substr(0, 10)}});
  }
  return r;
}

std::map<std::int64_t, std::string> labels_of(const std::vector<BudgetLine>& lines) {
  std::map<std::int64_t, std::string> out;
  for (const auto& l : lines) out[l.id] = l.label;
  return out;
}

// Totals by kind, each currency apart, in the order a donor reads them; then the money left.
std::vector<KindTotal> kind_totals(i18n::Lang lang, const std::vector<Total>& totals) {
  std::vector<KindTotal> out;
  std::map<std::string, std::int64_t> cash;  // currency → in + grants − out
  for (std::string_view bucket : kBuckets) {
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_currency;
    for (const auto& t : totals) {
      if (t.bucket != bucket) continue;
      auto& s = by_currency[t.currency];
      s.first += t.total_minor;
      s.second += t.entries;
    }
    for (const auto& [currency, s] : by_currency) {
      if (s.first == 0 && s.second == 0) continue;
      if (bucket == "money_in" || bucket == "grant") cash[currency] += s.first;
      if (bucket == "money_out") cash[currency] -= s.first;
      out.push_back({text(lang, bucket_key(bucket)), web::Money{s.first, currency},
                     i18n::format(lang, "ledger.total.entries",
                                  {{"count", i18n::format_number(lang, s.second)}})});
    }
  }
  for (const auto& [currency, v] : cash) {
    out.push_back({text(lang, "ledger.total.balance"), web::Money{v, currency}, {}});
  }
  return out;
}

std::vector<LineRow> line_rows(i18n::Lang lang, std::int64_t project_id,
                               const std::vector<BudgetLine>& lines,
                               const std::vector<Total>& totals) {
  (void)lang;
  std::vector<LineRow> out;
  for (const auto& l : lines) {
    LineRow r;
    r.label = l.label;
    std::int64_t spent = 0, given = 0;
    for (const auto& t : totals) {
      if (t.budget_line_id != l.id || t.currency != l.currency) continue;
      if (t.bucket == "money_out") spent += t.total_minor;
      if (t.bucket == "material" || t.bucket == "skill") given += t.total_minor;
    }
    r.planned = web::Money{l.planned_minor, l.currency};
    r.spent = web::Money{spent, l.currency};
    r.given = web::Money{given, l.currency};
    r.has_plan = l.planned_minor > 0;
    if (r.has_plan) {
      r.percent = static_cast<int>(std::clamp<std::int64_t>(spent * 100 / l.planned_minor, 0, 100));
    }
    r.id = std::to_string(l.id);
    r.planned_text = money::to_decimal(l.planned_minor);
    r.currency = l.currency;
    r.position = std::to_string(l.position);
    r.action = base_url(project_id) + "/budget/" + r.id;
    r.remove_action = r.action + "/remove";
    out.push_back(std::move(r));
  }
  return out;
}

constexpr int kPublicPage = 50;
constexpr int kTeamPage = 50;

// Links to the older and newer pages of a list shown newest first.
void pager(const std::string& base, const std::vector<Entry>& shown, std::int64_t before,
           std::int64_t head_seq, int page, std::string& older, std::string& newer) {
  if (shown.empty()) return;
  if (shown.back().seq > 1)
    older = base + "?before=" + std::to_string(shown.back().seq) + "#entries";
  if (before > 0 && shown.front().seq < head_seq) {
    std::int64_t next = shown.front().seq + page + 1;
    newer =
        next > head_seq ? base + "#entries" : base + "?before=" + std::to_string(next) + "#entries";
  }
}

struct PublicCache {
  web::PageCache pages;
};

// ---- "Where the money went" ----

http::Response public_page(web::Ctx& ctx, PublicCache& cache) {
  if (auto s = ctx.session(); !s) return web::reply_error(ctx, s.error());
  auto project_id = path_id(ctx);
  std::int64_t before = std::max<std::int64_t>(0, core::parse_id(ctx.query.get("before")));
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto head = ls::head(**lease, project_id);
  if (!head) return web::reply_error(ctx, head.error());
  // Visitors all see the same page while no entry is appended (budget edits show within the
  // cache's 5 s).
  const std::string key =
      web::visitor_page_key(ctx, std::to_string(project_id) + "?" + std::to_string(before));
  const auto version = static_cast<std::uint64_t>(head->first) + 1;
  auto reply = [&](const web::PageCache::Page& page) { return web::cached_reply(ctx, page); };
  if (!key.empty()) {
    if (auto cached = cache.pages.find(key, version)) return reply(*cached);
  }
  auto project = ls::project(**lease, project_id);
  if (!project) return web::reply_error(ctx, project.error());
  if (!*project) return web::reply_error(ctx, Error::not_found());
  auto totals = ls::totals(**lease, project_id);
  if (!totals) return web::reply_error(ctx, totals.error());
  auto lines = ls::budget_lines(**lease, project_id);
  if (!lines) return web::reply_error(ctx, lines.error());
  auto entries = ls::page(**lease, project_id, before, kPublicPage);
  if (!entries) return web::reply_error(ctx, entries.error());

  PublicView v;
  v.project_title = (*project)->title;
  v.project_url = "/projects/" + std::to_string(project_id);
  const std::string base = base_url(project_id);
  if (ctx.actor.signed_in()) {
    auto s = teams::standing(**lease, ctx.actor, project_id);
    if (s && can(ctx.actor, Action::view_team, {s->role})) v.team_url = base + "/team";
  }
  v.empty = head->first == 0;
  v.totals = kind_totals(ctx.lang, *totals);
  v.lines = line_rows(ctx.lang, project_id, *lines, *totals);
  auto labels = labels_of(*lines);
  for (const auto& e : *entries) v.entries.push_back(entry_row(ctx.lang, e, labels, false));
  pager(base, *entries, before, head->first, kPublicPage, v.older_url, v.newer_url);
  v.csv_url = base + ".csv";
  v.xlsx_url = base + ".xlsx";
  v.api_url = "/api/v1/projects/" + std::to_string(project_id) + "/ledger";
  v.chain_note = i18n::format(ctx.lang, "ledger.public.chain",
                              {{"count", i18n::format_number(ctx.lang, head->first)}});
  v.chain_hash = head->second.substr(0, 16);
  v.layout = web::make_layout(ctx, text(ctx.lang, "ledger.public.title") + " — " + v.project_title,
                              "projects");
  v.layout.description = text(ctx.lang, "ledger.public.intro");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::ledger_public(out, v); });
  if (!key.empty()) return reply(*cache.pages.put(key, std::move(res.body), version));
  res.header("Cache-Control", "private, no-store");
  return res;
}

// ---- the team's page ----

std::vector<Choice> choices_of_kinds(i18n::Lang lang, bool can_record, std::string_view selected) {
  std::vector<Choice> out;
  for (Kind k : {Kind::money_out, Kind::material, Kind::grant, Kind::money_in, Kind::skill}) {
    if (!can_record && k != Kind::skill) continue;
    out.push_back({std::string(name(k)), kind_label(lang, k), name(k) == selected});
  }
  return out;
}

http::Response team_page(web::Ctx& ctx, std::vector<std::string> errors = {}, EntryForm form = {}) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = path_id(ctx);
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto s = teams::standing(**lease, ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  if (auto d = can(ctx.actor, Action::view_team, {s->role}); !d) {
    return web::reply_error(ctx, d.forbidden());
  }
  std::int64_t before = std::max<std::int64_t>(0, core::parse_id(ctx.query.get("before")));
  auto head = ls::head(**lease, project_id);
  if (!head) return web::reply_error(ctx, head.error());
  auto totals = ls::totals(**lease, project_id);
  if (!totals) return web::reply_error(ctx, totals.error());
  auto lines = ls::budget_lines(**lease, project_id);
  if (!lines) return web::reply_error(ctx, lines.error());
  auto entries = ls::page(**lease, project_id, before, kTeamPage);
  if (!entries) return web::reply_error(ctx, entries.error());
  auto pending = ls::pending_skills(**lease, project_id, 100);
  if (!pending) return web::reply_error(ctx, pending.error());
  auto docs = ls::project_documents(**lease, project_id);
  if (!docs) return web::reply_error(ctx, docs.error());
  auto needs = ls::funding_needs(**lease, project_id);
  if (!needs) return web::reply_error(ctx, needs.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());

  TeamView v;
  v.csrf = *csrf;
  v.project_title = s->project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  v.team_url = v.project_url + "/team";
  v.documents_url = v.project_url + "/documents";
  const std::string base = base_url(project_id);
  v.public_url = base;
  v.errors = std::move(errors);
  v.can_record = can(ctx.actor, Action::record, {s->role}).allowed;
  v.can_declare = can(ctx.actor, Action::declare_skill, {s->role}).allowed;
  v.can_edit_budget = can(ctx.actor, Action::edit_budget, {s->role}).allowed;
  const bool can_reverse = can(ctx.actor, Action::reverse, {s->role}).allowed;
  v.record_action = base + "/entries";
  v.budget_action = base + "/budget";
  v.from_needs_action = base + "/budget/from-needs";
  v.has_funding_needs = !needs->empty();
  if (form.kind.empty()) form.kind = v.can_record ? "money_out" : "skill";
  if (form.currency.empty()) form.currency = "MAD";
  if (form.occurred_on.empty()) form.occurred_on = core::iso(ctx.app.clock().now()).substr(0, 10);
  v.kinds = choices_of_kinds(ctx.lang, v.can_record, form.kind);
  for (const char* c : {"MAD", "EUR"}) v.currencies.push_back({c, c, form.currency == c});
  for (const auto& l : *lines) {
    v.lines_choice.push_back({std::to_string(l.id), l.label + " (" + l.currency + ")",
                              form.budget_line == std::to_string(l.id)});
  }
  for (const auto& d : *docs) {
    v.documents.push_back(
        {std::to_string(d.id), d.title, form.document_id == std::to_string(d.id)});
  }
  v.form = std::move(form);
  auto labels = labels_of(*lines);
  for (const auto& e : *pending) {
    EntryRow r = entry_row(ctx.lang, e, labels, true);
    r.can_confirm =
        can(ctx.actor, Action::confirm_skill, {s->role, e.recorded_by == ctx.actor.member_id})
            .allowed;
    r.confirm_action = base + "/entries/" + r.id + "/confirm";
    v.pending.push_back(std::move(r));
  }
  for (const auto& e : *entries) {
    EntryRow r = entry_row(ctx.lang, e, labels, true);
    r.can_reverse = can_reverse && may_reverse(e, project_id).ok();
    r.reverse_action = base + "/entries/" + r.id + "/reverse";
    v.entries.push_back(std::move(r));
  }
  pager(base + "/team", *entries, before, head->first, kTeamPage, v.older_url, v.newer_url);
  v.lines = line_rows(ctx.lang, project_id, *lines, *totals);
  if (auto key = notice_key(ctx.query.get("done")); !key.empty()) v.notice = text(ctx.lang, key);
  v.layout = web::make_layout(ctx, text(ctx.lang, "ledger.team.title") + " — " + v.project_title,
                              "projects");
  return web::render_private(ctx, v.errors.empty() ? 200 : 422,
                             [&](web::Out& out) { tpl::ledger_team(out, v); });
}

EntryForm typed_form(web::Ctx& ctx) {
  EntryForm f;
  f.kind = ctx.form.get("kind");
  f.amount = ctx.form.get("amount");
  f.currency = ctx.form.get("currency");
  f.occurred_on = ctx.form.get("occurred_on");
  f.label = ctx.form.get("label");
  f.piece = ctx.form.get("piece");
  f.budget_line = ctx.form.get("budget_line");
  f.document_id = ctx.form.get("document_id");
  f.receipt_public = !ctx.form.get("receipt_public").empty();
  f.hours = ctx.form.get("hours");
  f.rate = ctx.form.get("rate");
  f.quantity = ctx.form.get("quantity");
  f.description = ctx.form.get("description");
  return f;
}

// After a write: back to the team's page with a notice, or the page again with the reasons.
http::Response after(web::Ctx& ctx, const Status& st, std::string_view done, EntryForm form = {}) {
  if (st) {
    return http::Response::redirect(base_url(path_id(ctx)) + "/team?done=" + std::string(done));
  }
  if (st.error().code == ErrorCode::invalid || st.error().code == ErrorCode::conflict) {
    auto messages = web::form_messages(ctx.lang, st.error());
    if (messages.empty()) messages.push_back(text(ctx.lang, st.error().message_id));
    return team_page(ctx, std::move(messages), std::move(form));
  }
  return web::reply_error(ctx, st.error());
}

http::Response record_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  EntryForm typed = typed_form(ctx);
  EntryFields f{typed.kind,        typed.amount,      typed.currency,
                typed.occurred_on, typed.label,       typed.piece,
                typed.budget_line, typed.document_id, typed.receipt_public ? "1" : "",
                typed.hours,       typed.rate,        typed.quantity,
                typed.description};
  if (f.occurred_on.empty()) f.occurred_on = core::iso(ctx.app.clock().now()).substr(0, 10);
  auto e = parse_entry(f);
  if (!e) {
    // The policy first: a refusal says "not yours" before "the amount is wrong".
    auto sd = teams::standing(ctx.app.db(), ctx.actor, path_id(ctx));
    if (!sd) return web::reply_error(ctx, sd.error());
    auto k = parse_kind(f.kind);
    auto action = k == Kind::skill ? Action::declare_skill : Action::record;
    if (auto d = can(ctx.actor, action, {sd->role}); !d)
      return web::reply_error(ctx, d.forbidden());
    return after(ctx, e.error(), "", std::move(typed));
  }
  auto r = record(ctx.app.db(), ctx.actor, path_id(ctx), std::move(*e), ctx.app.clock().now());
  return after(ctx, status_of(r), "recorded", std::move(typed));
}

http::Response reverse_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto reason = parse_reason(ctx.form.get("reason"));
  if (!reason) {
    auto sd = teams::standing(ctx.app.db(), ctx.actor, path_id(ctx));
    if (!sd) return web::reply_error(ctx, sd.error());
    if (auto d = can(ctx.actor, Action::reverse, {sd->role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return after(ctx, reason.error(), "");
  }
  auto r = reverse(ctx.app.db(), ctx.actor, path_id(ctx), path_id(ctx, "entry"), *reason,
                   ctx.app.clock().now());
  return after(ctx, status_of(r), "reversed");
}

http::Response confirm_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto r =
      confirm(ctx.app.db(), ctx.actor, path_id(ctx), path_id(ctx, "entry"), ctx.app.clock().now());
  return after(ctx, status_of(r), "confirmed");
}

BudgetFields budget_fields(web::Ctx& ctx) {
  return {std::string(ctx.form.get("label")), std::string(ctx.form.get("planned")),
          std::string(ctx.form.get("currency")), std::string(ctx.form.get("position"))};
}

http::Response budget_add_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto l = parse_budget_line(budget_fields(ctx));
  if (!l) {
    auto sd = teams::standing(ctx.app.db(), ctx.actor, path_id(ctx));
    if (!sd) return web::reply_error(ctx, sd.error());
    if (auto d = can(ctx.actor, Action::edit_budget, {sd->role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    return after(ctx, l.error(), "");
  }
  auto r = add_budget_line(ctx.app.db(), ctx.actor, path_id(ctx), *l, ctx.app.clock().now());
  return after(ctx, status_of(r), "budget");
}

http::Response budget_update_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto l = parse_budget_line(budget_fields(ctx));
  if (!l) return after(ctx, l.error(), "");
  l->id = path_id(ctx, "line");
  auto r = update_budget_line(ctx.app.db(), ctx.actor, path_id(ctx), *l, ctx.app.clock().now());
  return after(ctx, r, "budget");
}

http::Response budget_remove_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto r = remove_budget_line(ctx.app.db(), ctx.actor, path_id(ctx), path_id(ctx, "line"));
  return after(ctx, r, "budget");
}

http::Response from_needs_form(web::Ctx& ctx) {
  if (auto s = web::require_signed_in(ctx); !s) return web::reply_error(ctx, s.error());
  auto r = lines_from_needs(ctx.app.db(), ctx.actor, path_id(ctx), ctx.app.clock().now());
  return after(ctx, status_of(r), "budget");
}

// ---- a public receipt ----

http::Response receipt(web::Ctx& ctx, const FilesPtr& files) {
  auto project_id = path_id(ctx);
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto e = ls::find(**lease, path_id(ctx, "entry"));
  if (!e) return web::reply_error(ctx, e.error());
  // Only what the carrier chose to show: any other receipt stays in the team's documents.
  if (!*e || (*e)->project_id != project_id || !(*e)->receipt_public || !(*e)->document_id) {
    return web::reply_error(ctx, Error::not_found());
  }
  auto f = ls::receipt_file(**lease, project_id, *(*e)->document_id, (*e)->recorded_at);
  if (!f) return web::reply_error(ctx, f.error());
  if (!*f || !files::is_sha256((*f)->sha256)) return web::reply_error(ctx, Error::not_found());
  auto type = files::parse_type((*f)->file_type);
  if (!type) return web::reply_error(ctx, Error::not_found());
  auto res = documents::file_response(*files, files->path_of((*f)->sha256), files::mime_of(*type),
                                      (*f)->filename, false);
  if (res.status != 200) return web::reply_error(ctx, Error::not_found());
  return res;
}

// ---- the project's page ----

std::string section(web::Ctx& ctx, const projects::Project& p) {
  auto lease = ctx.app.db().acquire();
  if (!lease) return {};
  auto head = ls::head(**lease, p.id);
  if (!head) return {};
  SectionView v;
  v.url = base_url(p.id);
  if (head->first > 0) {
    v.summary = i18n::format(ctx.lang, "ledger.section.summary",
                             {{"count", i18n::format_number(ctx.lang, head->first)}});
  }
  std::string buf;
  web::Out out{buf, ctx.lang, i18n::catalogue(ctx.lang)};
  tpl::ledger_section(out, v);
  return buf;
}

}  // namespace

void register_pages(web::App& app) {
  auto cache = std::make_shared<PublicCache>();
  auto files = std::make_shared<files::FileStore>(app.config().data_dir + "/files");
  app.get("/projects/{id:int}/ledger", [cache](web::Ctx& ctx) { return public_page(ctx, *cache); });
  app.get("/projects/{id:int}/ledger/team", [](web::Ctx& ctx) { return team_page(ctx); });
  app.post("/projects/{id:int}/ledger/entries", record_form);
  app.post("/projects/{id:int}/ledger/entries/{entry:int}/reverse", reverse_form);
  app.post("/projects/{id:int}/ledger/entries/{entry:int}/confirm", confirm_form);
  app.post("/projects/{id:int}/ledger/budget", budget_add_form);
  app.post("/projects/{id:int}/ledger/budget/from-needs", from_needs_form);
  app.post("/projects/{id:int}/ledger/budget/{line:int}", budget_update_form);
  app.post("/projects/{id:int}/ledger/budget/{line:int}/remove", budget_remove_form);
  app.get("/projects/{id:int}/ledger/entries/{entry:int}/receipt",
          [files](web::Ctx& ctx) { return receipt(ctx, files); });
  static std::once_flag once;
  std::call_once(once, [] { projects::add_project_section(section); });
}

}  // namespace comdev::ledger
