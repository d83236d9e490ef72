// The decision pages: a project's decision log (/projects/{id}/decisions: open proposals, the
// decisions taken with their outcome, the form that makes a proposal) and a proposal
// (/decisions/{id}: its Markdown text, the votes with their reasons, the reader's vote form). A
// form with errors comes back with what was typed (422); a vote after the deadline is refused
// with its reason (409). Reading the log closes the decisions whose deadline has passed.
#include "core/text.h"
#include "features/decisions/decision_actions.h"
#include "features/decisions/decision_forms.h"
#include "features/decisions/decision_module.h"
#include "features/decisions/decision_permissions.h"
#include "features/decisions/decision_rules.h"
#include "features/decisions/decision_store.h"
#include "features/decisions/decision_views.h"
#include "i18n/catalogue.h"
#include "i18n/message.h"
#include "tpl/decisions/log.h"
#include "tpl/decisions/show.h"
#include "web/app.h"
#include "web/errors.h"
#include "web/form_messages.h"
#include "web/markdown.h"

namespace comdev::decisions {
namespace {

Status load_actor(web::Ctx& ctx) {
  if (auto s = ctx.session(); !s) return s.error();
  return {};
}

std::string log_path(std::int64_t project_id) {
  return "/projects/" + std::to_string(project_id) + "/decisions";
}

// "2026-12-10 18:00 UTC": the deadline as the form took it.
std::string deadline_text(const std::string& iso) {
  if (iso.size() < 16) return iso;
  return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::string outcome_label(web::Ctx& ctx, Outcome o) {
  switch (o) {
    case Outcome::adopted:
      return text(ctx, "decisions.outcome.adopted");
    case Outcome::rejected:
      return text(ctx, "decisions.outcome.rejected");
    case Outcome::blocked:
      return text(ctx, "decisions.outcome.blocked");
    case Outcome::no_quorum:
      return text(ctx, "decisions.outcome.no_quorum");
  }
  return {};
}

std::string choice_label(web::Ctx& ctx, Choice c) {
  switch (c) {
    case Choice::agree:
      return text(ctx, "decisions.choice.agree");
    case Choice::abstain:
      return text(ctx, "decisions.choice.abstain");
    case Choice::disagree:
      return text(ctx, "decisions.choice.disagree");
    case Choice::block:
      return text(ctx, "decisions.choice.block");
  }
  return {};
}

std::string counts(web::Ctx& ctx, const Tally& t) {
  return i18n::format(ctx.lang, "decisions.counts",
                      {{"agree", std::to_string(t.agree)},
                       {"abstain", std::to_string(t.abstain)},
                       {"disagree", std::to_string(t.disagree)},
                       {"block", std::to_string(t.block)}});
}

// ---- the log ----

http::Response log_page(web::Ctx& ctx, const LogView* typed = nullptr,
                        std::vector<std::string> errors = {}) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto s = readable_project(ctx.app.db(), ctx.actor, project_id);
  if (!s) return web::reply_error(ctx, s.error());
  const auto now = ctx.app.clock().now();
  if (auto r = close_due(ctx.app.db(), project_id, now); !r)
    return web::reply_error(ctx, r.error());
  auto lease = ctx.app.db().acquire();
  if (!lease) return web::reply_error(ctx, lease.error());
  auto list = decision_store::list(**lease, project_id);
  if (!list) return web::reply_error(ctx, list.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  LogView v;
  if (typed) v = *typed;
  v.csrf = *csrf;
  v.project_title = s->project.title;
  v.project_url = "/projects/" + std::to_string(project_id);
  v.team_url = v.project_url + "/team";
  for (const auto& p : *list) {
    DecisionRow row;
    row.title = p.title;
    row.url = "/decisions/" + std::to_string(p.id);
    row.proposer = p.proposer_name;
    row.deadline_text = deadline_text(p.deadline);
    row.open = !p.outcome;
    if (p.outcome) {
      row.outcome = std::string(name(*p.outcome));
      row.outcome_label = outcome_label(ctx, *p.outcome);
      row.counts = counts(ctx, p.tally);
      v.closed.push_back(std::move(row));
    } else {
      v.open.push_back(std::move(row));
    }
  }
  v.can_propose = can(ctx.actor, Action::propose, {s->role}).allowed;
  v.propose_action = log_path(project_id);
  v.errors = std::move(errors);
  if (ctx.query.get("done") == "proposed") v.notice = text(ctx, "decisions.notice.proposed");
  v.layout =
      web::make_layout(ctx, text(ctx, "decisions.log.title") + " — " + v.project_title, "projects");
  int status = v.errors.empty() ? 200 : 422;
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::decisions_log(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response log_get(web::Ctx& ctx) {
  return log_page(ctx);
}

http::Response propose_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) {
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  }
  auto project_id = core::parse_id(ctx.req.param("id"));
  auto in = parse_proposal(ctx.form.get("title"), ctx.form.get("body"), ctx.form.get("deadline"),
                           ctx.form.get("quorum"));
  Result<std::int64_t> id =
      in ? propose(ctx.app.db(), ctx.actor, project_id, *in, ctx.app.clock().now(),
                   std::chrono::seconds(ctx.app.config().decision_notice_seconds))
         : Result<std::int64_t>(in.error());
  if (!id) {
    if (id.error().code != ErrorCode::invalid) return web::reply_error(ctx, id.error());
    // Only someone who may propose sees their text again; the others get the refusal.
    auto s = teams::standing(ctx.app.db(), ctx.actor, project_id);
    if (!s) return web::reply_error(ctx, s.error());
    if (auto d = can(ctx.actor, Action::propose, {s->role}); !d) {
      return web::reply_error(ctx, d.forbidden());
    }
    LogView typed;
    typed.title = std::string(ctx.form.get("title"));
    typed.body = std::string(ctx.form.get("body"));
    typed.deadline = std::string(ctx.form.get("deadline"));
    typed.quorum = std::string(ctx.form.get("quorum"));
    return log_page(ctx, &typed, web::form_messages(ctx.lang, id.error()));
  }
  return http::Response::redirect("/decisions/" + std::to_string(*id) + "?done=proposed");
}

// ---- a proposal ----

http::Response show_page(web::Ctx& ctx, const std::string& typed_reason = {},
                         std::vector<std::string> errors = {}) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  auto id = core::parse_id(ctx.req.param("id"));
  auto a = readable_decision(ctx.app.db(), ctx.actor, id, ctx.app.clock().now());
  if (!a) return web::reply_error(ctx, a.error());
  auto csrf = ctx.csrf_token();
  if (!csrf) return web::reply_error(ctx, csrf.error());
  const Proposal& p = a->proposal;
  DecisionView v;
  v.csrf = *csrf;
  v.title = p.title;
  v.html = web::markdown_to_html(p.body_md);
  v.proposer = p.proposer_name;
  v.log_url = log_path(p.project_id);
  v.project_title = a->standing.project.title;
  v.deadline_text = deadline_text(p.deadline);
  if (p.quorum > 0) {
    v.quorum_text = i18n::plural(ctx.lang, "decisions.quorum", p.quorum);
  }
  v.open = !p.outcome;
  Tally live;
  std::optional<Choice> mine;
  for (const auto& vote : a->votes) {
    live.add(vote.choice);
    v.votes.push_back({vote.display_name, std::string(name(vote.choice)),
                       choice_label(ctx, vote.choice), vote.reason});
    if (vote.member_id == ctx.actor.member_id) {
      mine = vote.choice;
      if (typed_reason.empty() && errors.empty()) v.reason = vote.reason;
    }
  }
  v.counts = counts(ctx, p.outcome ? p.tally : live);
  if (p.outcome) {
    v.outcome = std::string(name(*p.outcome));
    v.outcome_label = outcome_label(ctx, *p.outcome);
  }
  v.can_vote = v.open && can(ctx.actor, Action::vote, {a->standing.role}).allowed;
  v.vote_action = "/decisions/" + std::to_string(id) + "/vote";
  for (auto c : {Choice::agree, Choice::abstain, Choice::disagree, Choice::block}) {
    v.choices.push_back({std::string(name(c)), choice_label(ctx, c), mine == c});
  }
  if (!errors.empty()) v.reason = typed_reason;
  v.errors = std::move(errors);
  std::string_view done = ctx.query.get("done");
  if (done == "proposed") v.notice = text(ctx, "decisions.notice.proposed");
  if (done == "voted") v.notice = text(ctx, "decisions.notice.voted");
  v.layout = web::make_layout(ctx, v.title, "projects");
  int status = v.errors.empty() ? 200 : 422;
  auto res = web::render(ctx.lang, status, [&](web::Out& out) { tpl::decisions_show(out, v); });
  res.header("Cache-Control", "no-store");
  return res;
}

http::Response show_get(web::Ctx& ctx) {
  return show_page(ctx);
}

http::Response vote_form(web::Ctx& ctx) {
  if (auto s = load_actor(ctx); !s) return web::reply_error(ctx, s.error());
  if (!ctx.actor.signed_in()) {
    return web::reply_error(ctx, Error::forbidden("errors.sign_in_required"));
  }
  auto id = core::parse_id(ctx.req.param("id"));
  auto in = parse_vote(ctx.form.get("choice"), ctx.form.get("reason"));
  Status r =
      in ? vote(ctx.app.db(), ctx.actor, id, *in, ctx.app.clock().now()) : Status(in.error());
  if (!r) {
    if (r.error().code != ErrorCode::invalid) return web::reply_error(ctx, r.error());
    return show_page(ctx, std::string(ctx.form.get("reason")),
                     web::form_messages(ctx.lang, r.error()));
  }
  return http::Response::redirect("/decisions/" + std::to_string(id) + "?done=voted");
}

}  // namespace

void register_pages(web::App& app) {
  app.get("/projects/{id:int}/decisions", log_get);
  app.post("/projects/{id:int}/decisions", propose_form);
  app.get("/decisions/{id:int}", show_get);
  app.post("/decisions/{id:int}/vote", vote_form);
}

}  // namespace comdev::decisions
