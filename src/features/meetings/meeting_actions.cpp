#include "features/meetings/meeting_actions.h"

#include "features/activity/activity_store.h"
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

// Holds the meeting's row until commit and refuses a change to a cancelled meeting, even one
// cancelled by another request after `access` read it.
Status still_open(store::Conn& c, const Meeting& m) {
  if (auto st = open_for_changes(m); !st) return st;
  auto open = ms::lock_open(c, m.id);
  if (!open) return open.error();
  if (!*open) return Error::conflict("meetings.errors.cancelled");
  return {};
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
    if (auto st = still_open(c, m->meeting); !st) return st.error();
    if (auto st = ms::update(c, meeting_id, in, when); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor.member_id, "meeting.changed", "meeting",
                                             meeting_id, in.start.zone);
        !st) {
      return st.error();
    }
    return std::monostate{};
  }));
}

Result<bool> cancel(store::Db& db, const web::Actor& actor, std::int64_t meeting_id,
                    const std::string& reason, core::Seconds now) {
  auto when = core::iso(now);
  return in_tx<bool>(db, [&](store::Conn& c) -> Result<bool> {
    auto m = access(c, actor, meeting_id);
    if (!m) return m.error();
    if (auto d = can(actor, Action::cancel, {m->standing.role}); !d) return d.forbidden();
    // Only the request that changes the row writes the audit entry and the event: two
    // organisers cancelling at once, or a retried request, leave one of each.
    auto cancelled = ms::cancel(c, meeting_id, reason, actor.member_id, when);
    if (!cancelled) return cancelled.error();
    if (!*cancelled) return false;
    if (auto st = audit::audit_store::record(c, actor.member_id, "meeting.cancelled", "meeting",
                                             meeting_id, "");
        !st) {
      return st.error();
    }
    if (auto st = activity::activity_store::record(
            c,
            {m->meeting.project_id, activity::kMeetingCancelled, actor.member_id, m->meeting.title,
             "/meetings/" + std::to_string(meeting_id)},
            when);
        !st) {
      return st.error();
    }
    return true;
  });
}

Status answer(store::Db& db, const web::Actor& actor, std::int64_t meeting_id, Answer a,
              core::Seconds now) {
  auto when = core::iso(now);
  return status_of(in_tx<std::monostate>(db, [&](store::Conn& c) -> Result<std::monostate> {
    auto m = access(c, actor, meeting_id);
    if (!m) return m.error();
    if (auto d = can(actor, Action::rsvp, {m->standing.role}); !d) return d.forbidden();
    if (auto st = still_open(c, m->meeting); !st) return st.error();
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
    if (auto st = still_open(c, m->meeting); !st) return st.error();
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
