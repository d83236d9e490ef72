#include "features/meetings/meeting_actions.h"

#include "features/audit/audit_store.h"
#include "features/meetings/meeting_permissions.h"
#include "features/meetings/meeting_rules.h"
#include "features/meetings/meeting_store.h"
#include "web/session.h"

namespace comdev::meetings {
namespace {

namespace ms = meeting_store;

template <class T>
Result<T> in_tx(store::Db& db, auto&& fn) {
  return db.transaction<T>(fn);
}

Result<MeetingAccess> access(store::Conn& c, const web::Actor& actor, std::int64_t meeting_id) {
  auto m = ms::find(c, meeting_id);
  if (!m) return m.error();
  if (!*m) return Error::not_found();
  auto s = teams::standing(c, actor, (*m)->project_id);
  if (!s) return s.error();
  // Outside the team, a meeting's id tells nothing: not even that it exists.
  if (!can(actor, Action::view, {s->role})) return Error::not_found();
  return MeetingAccess{std::move(**m), std::move(*s)};
}

}  // namespace

Result<MeetingAccess> readable_meeting(store::Db& db, const web::Actor& actor,
                                       std::int64_t meeting_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return access(**lease, actor, meeting_id);
}

Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id) {
  auto s = teams::standing(db, actor, project_id);
  if (!s) return s.error();
  if (auto d = can(actor, Action::view, {s->role}); !d) return d.forbidden();
  return s;
}

Result<std::int64_t> schedule(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                              const MeetingInput& in, core::Seconds now) {
  auto when = core::iso(now);
  return in_tx<std::int64_t>(db, [&](store::Conn& c) -> Result<std::int64_t> {
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::schedule, {s->role}); !d) return d.forbidden();
    auto id = ms::insert(c, project_id, in, actor.member_id, when);
    if (!id) return id.error();
    if (auto st = audit::audit_store::record(c, actor.member_id, "meeting.scheduled", "meeting",
                                             *id, in.start.zone);
        !st) {
      return st.error();
    }
    return *id;
  });
}

Status edit(store::Db& db, const web::Actor& actor, std::int64_t meeting_id, const MeetingInput& in,
            core::Seconds now) {
  auto when = core::iso(now);
  return status_of(in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    auto m = access(c, actor, meeting_id);
    if (!m) return m.error();
    if (auto d = can(actor, Action::edit, {m->standing.role}); !d) return d.forbidden();
    if (auto st = ms::update(c, meeting_id, in, when); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor.member_id, "meeting.changed", "meeting",
                                             meeting_id, in.start.zone);
        !st) {
      return st.error();
    }
    return std::monostate{};
  }));
}

Status answer(store::Db& db, const web::Actor& actor, std::int64_t meeting_id, Answer a,
              core::Seconds now) {
  auto when = core::iso(now);
  return status_of(in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    auto m = access(c, actor, meeting_id);
    if (!m) return m.error();
    if (auto d = can(actor, Action::rsvp, {m->standing.role}); !d) return d.forbidden();
    if (auto st = ms::put_answer(c, meeting_id, actor.member_id, a, when); !st) return st.error();
    return std::monostate{};
  }));
}

Status write_minutes(store::Db& db, const web::Actor& actor, std::int64_t meeting_id,
                     const std::string& minutes_md, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    auto m = access(c, actor, meeting_id);
    if (!m) return m.error();
    if (auto d = can(actor, Action::write_minutes, {m->standing.role}); !d) return d.forbidden();
    if (!minutes_open(m->meeting, now)) {
      return Error::invalid("meetings.errors.minutes_too_early",
                            {{"minutes", "meetings.errors.minutes_too_early"}});
    }
    if (auto st = ms::set_minutes(c, meeting_id, minutes_md, when); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor.member_id, "meeting.minutes", "meeting",
                                             meeting_id, "");
        !st) {
      return st.error();
    }
    return std::monostate{};
  }));
}

Status set_zone(store::Db& db, std::int64_t member_id, const std::string& zone) {
  return status_of(in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    if (auto st = ms::set_member_zone(c, member_id, zone); !st) return st.error();
    return std::monostate{};
  }));
}

Result<std::string> renew_feed(store::Db& db, std::int64_t member_id, core::Seconds now) {
  std::string token = web::random_token();
  auto r = in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    if (auto st = ms::put_feed(c, member_id, web::hash_token(token), core::iso(now)); !st) {
      return st.error();
    }
    if (auto st = audit::audit_store::record(c, member_id, "calendar.feed.renewed", "member",
                                             member_id, "");
        !st) {
      return st.error();
    }
    return std::monostate{};
  });
  if (!r) return r.error();
  return token;
}

Status revoke_feed(store::Db& db, std::int64_t member_id) {
  return status_of(in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    if (auto st = ms::delete_feed(c, member_id); !st) return st.error();
    if (auto st = audit::audit_store::record(c, member_id, "calendar.feed.revoked", "member",
                                             member_id, "");
        !st) {
      return st.error();
    }
    return std::monostate{};
  }));
}

}  // namespace comdev::meetings
