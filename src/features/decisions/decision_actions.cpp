#include "features/decisions/decision_actions.h"

#include "features/activity/activity_store.h"
#include "features/decisions/decision_permissions.h"
#include "features/decisions/decision_rules.h"
#include "features/decisions/decision_store.h"

namespace comdev::decisions {
namespace {

namespace st = decision_store;

std::string decision_path(std::int64_t id) {
  return "/decisions/" + std::to_string(id);
}

// The timeline's sentence says what came out.
const char* activity_kind(Outcome o) {
  switch (o) {
    case Outcome::adopted:
      return activity::kDecisionAdopted;
    case Outcome::rejected:
      return activity::kDecisionRejected;
    case Outcome::blocked:
      return activity::kDecisionBlocked;
    case Outcome::no_quorum:
      return activity::kDecisionNoQuorum;
  }
  return activity::kDecisionRejected;
}

// Closes one decision whose deadline has passed; false when another closer took it first.
Result<bool> close_one(store::Conn& c, std::int64_t id, const std::string& when) {
  auto open = st::lock_open(c, id);
  if (!open) return open.error();
  if (!*open) return false;
  auto p = st::find(c, id);
  if (!p) return p.error();
  if (!*p) return false;
  auto votes = st::votes(c, id);
  if (!votes) return votes.error();
  Tally t;
  for (const auto& v : *votes) t.add(v.choice);
  auto o = outcome(t, (*p)->quorum);
  auto closed = st::close(c, id, o, t, when);
  if (!closed) return closed.error();
  if (!*closed) return false;
  if (auto r = activity::activity_store::record(
          c, {(*p)->project_id, activity_kind(o), 0, (*p)->title, decision_path(id)}, when);
      !r) {
    return r.error();
  }
  return true;
}

// At most this many decisions per pass of the job; the next pass (a minute later) takes the rest.
constexpr int kClosedPerPass = 500;

}  // namespace

Status close_due(store::Db& db, std::int64_t project_id, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto ids = st::due(c, project_id, when);
    if (!ids) return ids.error();
    for (auto id : *ids) {
      if (auto r = close_one(c, id, when); !r) return r.error();
    }
    return true;
  }));
}

Result<int> close_all_due(store::Db& db, core::Seconds now) {
  auto when = core::iso(now);
  Result<std::vector<std::int64_t>> ids = std::vector<std::int64_t>{};
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    ids = st::due_everywhere(**lease, when, kClosedPerPass);
  }
  if (!ids) return ids.error();
  int closed = 0;
  for (auto id : *ids) {
    auto r = db.transaction<bool>([&](store::Conn& c) { return close_one(c, id, when); });
    if (!r) return r.error();
    if (*r) ++closed;
  }
  return closed;
}

Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id) {
  auto s = teams::standing(db, actor, project_id);
  if (!s) return s.error();
  if (auto d = can(actor, Action::view, {s->role}); !d) return d.forbidden();
  return s;
}

Result<DecisionAccess> readable_decision(store::Db& db, const web::Actor& actor,
                                         std::int64_t decision_id, core::Seconds now) {
  std::int64_t project_id = 0;
  {
    auto lease = db.acquire();
    if (!lease) return lease.error();
    auto p = st::find(**lease, decision_id);
    if (!p) return p.error();
    if (!*p) return Error::not_found();
    auto s = teams::standing(**lease, actor, (*p)->project_id);
    if (!s) return s.error();
    // Someone who may not read the workspace learns nothing, not even that it exists.
    if (!can(actor, Action::view, {s->role})) return Error::not_found();
    project_id = (*p)->project_id;
  }
  if (auto r = close_due(db, project_id, now); !r) return r.error();
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto p = st::find(**lease, decision_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  auto votes = st::votes(**lease, decision_id);
  if (!votes) return votes.error();
  auto s = teams::standing(**lease, actor, project_id);
  if (!s) return s.error();
  return DecisionAccess{std::move(**p), std::move(*votes), std::move(*s)};
}

Result<std::int64_t> propose(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                             const NewProposal& in, core::Seconds now,
                             std::chrono::seconds notice) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::propose, {s->role}); !d) return d.forbidden();
    auto deadline = core::parse_iso(in.deadline);
    if (!deadline || !acceptable_deadline(*deadline, now, notice)) {
      return Error::invalid("errors.invalid", {{"deadline", "decisions.errors.deadline_range"}});
    }
    auto id = st::insert(c, project_id, in, actor.member_id, when);
    if (!id) return id.error();
    if (auto r = activity::activity_store::record(c,
                                                  {project_id, activity::kDecisionProposed,
                                                   actor.member_id, in.title, decision_path(*id)},
                                                  when);
        !r) {
      return r.error();
    }
    return *id;
  });
}

Status vote(store::Db& db, const web::Actor& actor, std::int64_t decision_id, const VoteInput& in,
            core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto p = st::find(c, decision_id);
    if (!p) return p.error();
    if (!*p) return Error::not_found();
    auto s = teams::standing(c, actor, (*p)->project_id);
    if (!s) return s.error();
    if (!can(actor, Action::view, {s->role})) return Error::not_found();
    if (auto d = can(actor, Action::vote, {s->role}); !d) return d.forbidden();
    if (!open_for_votes((*p)->deadline, now)) return Error::conflict("decisions.errors.closed");
    auto open = st::lock_open(c, decision_id);
    if (!open) return open.error();
    if (!*open) return Error::conflict("decisions.errors.closed");
    if (auto r = st::upsert_vote(c, decision_id, actor.member_id, in, when); !r) return r.error();
    return true;
  }));
}

}  // namespace comdev::decisions
