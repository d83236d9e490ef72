#include "features/teams/discussion_actions.h"

#include "features/audit/audit_store.h"
#include "features/teams/discussion_store.h"
#include "features/teams/team_permissions.h"
#include "features/teams/team_rules.h"
#include "features/teams/team_store.h"

namespace comdev::teams {
namespace {

namespace ds = discussion_store;

Result<ThreadAccess> thread_access(store::Conn& c, const web::Actor& actor,
                                   std::int64_t thread_id) {
  auto t = ds::thread(c, thread_id);
  if (!t) return t.error();
  if (!*t) return Error::not_found();
  auto s = standing(c, actor, (*t)->project_id);
  if (!s) return s.error();
  // Someone who may not read the workspace learns nothing, not even that the thread exists.
  if (!can(actor, Action::view_workspace, {s->role})) return Error::not_found();
  return ThreadAccess{std::move(**t), std::move(*s)};
}

// The mentions of `body` by `actor`: an in-app notification each, carried by their next digest.
Status notify_mentions(store::Conn& c, const web::Actor& actor, std::int64_t project_id,
                       std::int64_t thread_id, const std::string& body, const std::string& when) {
  auto team = team_store::members(c, project_id);
  if (!team) return team.error();
  for (auto id : mentioned(body, *team, actor.member_id)) {
    if (auto r = team_store::notify(
            c, {id, kMentioned, project_id, actor.member_id, thread_id, /*in_digest=*/true}, when);
        !r) {
      return r.error();
    }
  }
  return {};
}

// The message with its thread, when the actor may read it (else not found).
struct MessageAccess {
  Message message;
  ThreadAccess where;
};
Result<MessageAccess> message_access(store::Conn& c, const web::Actor& actor,
                                     std::int64_t message_id) {
  auto m = ds::message(c, message_id);
  if (!m) return m.error();
  if (!*m) return Error::not_found();
  auto where = thread_access(c, actor, (*m)->thread_id);
  if (!where) return where.error();
  return MessageAccess{std::move(**m), std::move(*where)};
}

}  // namespace

Result<ThreadAccess> readable_thread(store::Db& db, const web::Actor& actor,
                                     std::int64_t thread_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return thread_access(**lease, actor, thread_id);
}

Result<std::int64_t> start_thread(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                                  const NewThread& in, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto s = standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::start_thread, {s->role}); !d) return d.forbidden();
    auto id = ds::insert_thread(c, project_id, actor.member_id, in.title, when);
    if (!id) return id.error();
    auto m = ds::insert_message(c, *id, actor.member_id, in.body, when);
    if (!m) return m.error();
    if (auto r = notify_mentions(c, actor, project_id, *id, in.body, when); !r) return r.error();
    return *id;
  });
}

Result<std::int64_t> post_message(store::Db& db, const web::Actor& actor, std::int64_t thread_id,
                                  const std::string& body, core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto a = thread_access(c, actor, thread_id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::post_message, {a->standing.role}); !d) return d.forbidden();
    auto id = ds::insert_message(c, thread_id, actor.member_id, body, when);
    if (!id) return id.error();
    if (auto r = notify_mentions(c, actor, a->thread.project_id, thread_id, body, when); !r) {
      return r.error();
    }
    return *id;
  });
}

Result<std::int64_t> edit_message(store::Db& db, const web::Actor& actor, std::int64_t message_id,
                                  const std::string& body, const core::Clock& clock) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto a = message_access(c, actor, message_id);
    if (!a) return a.error();
    const Message& m = a->message;
    bool own = m.author_id != 0 && m.author_id == actor.member_id;
    if (auto d = can(actor, Action::edit_message, {a->where.standing.role, own}); !d) {
      return d.forbidden();
    }
    if (!m.deleted_at.empty()) return Error::conflict("teams.errors.message_removed");
    auto now = clock.now();
    if (!editable(m.created_at, now)) return Error::conflict("teams.errors.edit_window_over");
    if (auto r = ds::edit_message(c, message_id, body, core::iso(now)); !r) return r.error();
    return m.thread_id;
  });
}

Result<std::int64_t> delete_message(store::Db& db, const web::Actor& actor, std::int64_t message_id,
                                    core::Seconds now) {
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto a = message_access(c, actor, message_id);
    if (!a) return a.error();
    const Message& m = a->message;
    bool own = m.author_id != 0 && m.author_id == actor.member_id;
    if (auto d = can(actor, Action::delete_message, {a->where.standing.role, own}); !d) {
      return d.forbidden();
    }
    auto gone = ds::remove_message(c, message_id, actor.member_id, when);
    if (!gone) return gone.error();
    if (*gone) {
      // The audit names the message and its author, never its words.
      if (auto r = audit::audit_store::record(
              c, actor.member_id, "discussion.message.removed", "project",
              a->where.thread.project_id,
              "message " + std::to_string(message_id) + " by " + std::to_string(m.author_id));
          !r) {
        return r.error();
      }
    }
    return m.thread_id;
  });
}

}  // namespace comdev::teams
