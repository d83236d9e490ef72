#include "features/teams/team_actions.h"

#include <algorithm>

#include "features/activity/activity_store.h"
#include "features/audit/audit_store.h"
#include "features/teams/team_permissions.h"
#include "features/teams/team_rules.h"
#include "features/teams/team_store.h"

namespace comdev::teams {
namespace {

namespace st = team_store;

Status audit(store::Conn& c, const web::Actor& actor, std::string_view action,
             std::int64_t project_id, const std::string& detail) {
  return audit::audit_store::record(c, actor.member_id, action, "project", project_id, detail);
}

// The project's timeline tells who joined the team.
Status record_join(store::Conn& c, std::int64_t project_id, std::int64_t member_id,
                   const std::string& when) {
  return activity::activity_store::record(c,
                                          {project_id, activity::kJoined, member_id, "",
                                           "/projects/" + std::to_string(project_id) + "/team"},
                                          when);
}

// The member of `team` with this id, or nullptr.
const Member* find(const std::vector<Member>& team, std::int64_t member_id) {
  auto it = std::find_if(team.begin(), team.end(),
                         [&](const Member& m) { return m.member_id == member_id; });
  return it == team.end() ? nullptr : &*it;
}

// The checks shared by changing a role, removing someone and leaving.
Status may_change(const std::vector<Member>& team, std::int64_t member_id,
                  std::optional<RoleKind> to) {
  const Member* m = find(team, member_id);
  if (!m) return Error::not_found("teams.errors.no_such_member");
  if (m->by_organisation && to != RoleKind::carrier) {
    return Error::conflict("teams.errors.carrier_by_organisation");
  }
  if (leaves_no_carrier(team, member_id, to)) return Error::conflict("teams.errors.last_carrier");
  return {};
}

}  // namespace

Result<Standing> standing(store::Conn& c, const web::Actor& actor, std::int64_t project_id) {
  auto p = st::project(c, project_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  auto role = st::role_of(c, project_id, actor.member_id);
  if (!role) return role.error();
  return Standing{std::move(**p), *role};
}

Result<Standing> standing(store::Db& db, const web::Actor& actor, std::int64_t project_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return standing(**lease, actor, project_id);
}

Result<std::int64_t> request_join(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                                  const std::string& message, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto s = standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::request_join, {s->role}); !d) return d.forbidden();
    auto open = st::open_request_of(c, project_id, actor.member_id);
    if (!open) return open.error();
    if (*open) return (*open)->id;
    auto id = st::insert_request(c, project_id, actor.member_id, message, when);
    if (!id) return id.error();
    if (auto r = st::notify_carriers(c, {0, kJoinRequested, project_id, actor.member_id, 0, false},
                                     actor.member_id, when);
        !r) {
      return r.error();
    }
    if (auto r = audit(c, actor, "team.join.requested", project_id, ""); !r) return r.error();
    return *id;
  });
}

Result<std::int64_t> answer_request(store::Db& db, const web::Actor& actor, std::int64_t request_id,
                                    bool accept, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto q = st::request(c, request_id);
    if (!q) return q.error();
    if (!*q) return Error::not_found();
    const JoinRequest& req = **q;
    auto s = standing(c, actor, req.project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::answer_request, {s->role}); !d) return d.forbidden();
    auto moved =
        st::answer_request(c, request_id, accept ? "accepted" : "declined", actor.member_id, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("teams.errors.already_answered");
    if (accept) {
      // Observers first: the carriers then choose what the newcomer does.
      auto role = st::role_of(c, req.project_id, req.member_id);
      if (!role) return role.error();
      if (!*role) {
        if (auto r = st::put_member(c, req.project_id, req.member_id, RoleKind::observer, "", when);
            !r) {
          return r.error();
        }
        if (auto r = record_join(c, req.project_id, req.member_id, when); !r) return r.error();
      }
    }
    if (auto r = st::notify(c,
                            {req.member_id, accept ? kJoinAccepted : kJoinDeclined, req.project_id,
                             actor.member_id, 0, false},
                            when);
        !r) {
      return r.error();
    }
    if (auto r = audit(c, actor, accept ? "team.join.accepted" : "team.join.declined",
                       req.project_id, "member " + std::to_string(req.member_id));
        !r) {
      return r.error();
    }
    return req.project_id;
  });
}

Status add_member(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                  const NewMember& in, core::Seconds now) {
  auto when = core::iso(now);
  auto r = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    auto s = standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::add_member, {s->role}); !d) return d.forbidden();
    auto id = st::member_by_email(c, in.email);
    if (!id) return id.error();
    if (*id == 0) return Error::invalid("errors.invalid", {{"email", "teams.errors.no_account"}});
    auto team = st::members(c, project_id);
    if (!team) return team.error();
    if (find(*team, *id)) return Error::conflict("teams.errors.already_member");
    if (auto w = st::put_member(c, project_id, *id, in.role.kind, in.role.title, when); !w) {
      return w.error();
    }
    if (auto w = record_join(c, project_id, *id, when); !w) return w.error();
    if (auto w = audit(c, actor, "team.member.added", project_id,
                       "member " + std::to_string(*id) + " " + std::string(name(in.role.kind)));
        !w) {
      return w.error();
    }
    return std::monostate{};
  });
  if (!r) return r.error();
  return {};
}

Status change_role(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                   std::int64_t member_id, const RoleInput& in, core::Seconds now) {
  auto when = core::iso(now);
  auto r = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    auto s = standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::change_role, {s->role}); !d) return d.forbidden();
    auto team = st::members(c, project_id);
    if (!team) return team.error();
    if (auto ok = may_change(*team, member_id, in.kind); !ok) return ok.error();
    if (auto w = st::put_member(c, project_id, member_id, in.kind, in.title, when); !w) {
      return w.error();
    }
    if (auto w = audit(c, actor, "team.member.role", project_id,
                       "member " + std::to_string(member_id) + " " + std::string(name(in.kind)));
        !w) {
      return w.error();
    }
    return std::monostate{};
  });
  if (!r) return r.error();
  return {};
}

namespace {

Status take_out(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                std::int64_t member_id, Action action) {
  auto r = db.transaction<std::monostate>([&](store::Conn& c) -> Result<std::monostate> {
    auto s = standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, action, {s->role}); !d) return d.forbidden();
    auto team = st::members(c, project_id);
    if (!team) return team.error();
    if (auto ok = may_change(*team, member_id, std::nullopt); !ok) return ok.error();
    auto gone = st::remove_member(c, project_id, member_id);
    if (!gone) return gone.error();
    if (auto w =
            audit(c, actor, action == Action::leave ? "team.member.left" : "team.member.removed",
                  project_id, "member " + std::to_string(member_id));
        !w) {
      return w.error();
    }
    return std::monostate{};
  });
  if (!r) return r.error();
  return {};
}

}  // namespace

Status remove_member(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                     std::int64_t member_id, core::Seconds now) {
  (void)now;  // removals are dated by their audit entry
  return take_out(db, actor, project_id, member_id, Action::remove_member);
}

Status leave(store::Db& db, const web::Actor& actor, std::int64_t project_id, core::Seconds now) {
  (void)now;
  return take_out(db, actor, project_id, actor.member_id, Action::leave);
}

}  // namespace comdev::teams
