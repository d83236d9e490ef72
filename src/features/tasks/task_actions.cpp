#include "features/tasks/task_actions.h"

#include <algorithm>

#include "features/activity/activity_store.h"
#include "features/tasks/task_permissions.h"
#include "features/tasks/task_rules.h"
#include "features/tasks/task_store.h"
#include "features/teams/team_store.h"

namespace comdev::tasks {
namespace {

namespace st = task_store;

Result<TaskAccess> access(store::Conn& c, const web::Actor& actor, std::int64_t task_id) {
  auto t = st::find(c, task_id);
  if (!t) return t.error();
  if (!*t) return Error::not_found();
  auto s = teams::standing(c, actor, (*t)->project_id);
  if (!s) return s.error();
  if (!can(actor, Action::view, {s->role})) return Error::not_found();
  bool own = actor.member_id != 0 &&
             ((*t)->owner_id == actor.member_id || (*t)->created_by == actor.member_id);
  return TaskAccess{std::move(**t), std::move(*s), own};
}

// The owner must be in the team, the need one of the project's.
Status check_links(store::Conn& c, std::int64_t project_id, const TaskInput& in) {
  if (in.owner_id) {
    auto team = teams::team_store::members(c, project_id);
    if (!team) return team.error();
    bool in_team = std::any_of(team->begin(), team->end(),
                               [&](const teams::Member& m) { return m.member_id == in.owner_id; });
    if (!in_team) {
      return Error::invalid("errors.invalid", {{"owner_id", "tasks.errors.owner_not_in_team"}});
    }
  }
  if (in.need_id) {
    auto needs = st::needs_of(c, project_id);
    if (!needs) return needs.error();
    bool found = std::any_of(needs->begin(), needs->end(),
                             [&](const auto& n) { return n.first == in.need_id; });
    if (!found) {
      return Error::invalid("errors.invalid", {{"need_id", "tasks.errors.need_not_in_project"}});
    }
  }
  return {};
}

std::string task_path(std::int64_t project_id) {
  return "/projects/" + std::to_string(project_id) + "/tasks";
}

}  // namespace

Result<TaskAccess> readable_task(store::Db& db, const web::Actor& actor, std::int64_t task_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return access(**lease, actor, task_id);
}

Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id) {
  auto s = teams::standing(db, actor, project_id);
  if (!s) return s.error();
  if (auto d = can(actor, Action::view, {s->role}); !d) return d.forbidden();
  return s;
}

Result<std::int64_t> create_task(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                                 const TaskInput& in, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::create, {s->role}); !d) return d.forbidden();
    if (auto r = check_links(c, project_id, in); !r) return r.error();
    return st::insert(c, project_id, in, actor.member_id, when);
  });
}

Status edit_task(store::Db& db, const web::Actor& actor, std::int64_t task_id, const TaskInput& in,
                 core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = access(c, actor, task_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::edit, {a->standing.role, a->own}); !d) {
      return d.forbidden();
    }
    if (auto r = check_links(c, a->task.project_id, in); !r) return r.error();
    if (auto r = st::update(c, task_id, in, when); !r) return r.error();
    return true;
  }));
}

Status move_task(store::Db& db, const web::Actor& actor, std::int64_t task_id, TaskStatus to,
                 core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = access(c, actor, task_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::change_status, {a->standing.role, a->own}); !d) {
      return d.forbidden();
    }
    const Task& t = a->task;
    if (t.status == to) return false;
    if (!may_move(t.status, to)) return Error::conflict("tasks.errors.reopen_first");
    auto moved = st::move(c, task_id, t.status, to, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("tasks.errors.changed_meanwhile");
    if (to == TaskStatus::done) {
      if (auto r =
              activity::activity_store::record(c,
                                               {t.project_id, activity::kTaskDone, actor.member_id,
                                                t.title, task_path(t.project_id)},
                                               when);
          !r) {
        return r.error();
      }
    }
    return true;
  }));
}

}  // namespace comdev::tasks
