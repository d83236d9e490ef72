#include "features/maturity/maturity_actions.h"

#include "features/activity/activity_store.h"
#include "features/audit/audit_store.h"
#include "features/maturity/maturity_permissions.h"
#include "features/maturity/maturity_rules.h"
#include "features/maturity/maturity_store.h"
#include "features/projects/project_forms.h"
#include "features/projects/project_store.h"
#include "features/teams/team_store.h"

namespace comdev::maturity {
namespace {

namespace st = maturity_store;

// The audit log keeps a short line: the reason in full is in the project's history.
constexpr std::size_t kAuditReason = 300;

Result<Path> load_path(store::Conn& c, std::int64_t project_id) {
  auto status = st::status_of(c, project_id);
  if (!status) return status.error();
  if (!*status) return Error::not_found();
  auto community = st::community_of(c, project_id);
  if (!community) return community.error();
  std::vector<Item> items;
  if (*community) {
    auto list = st::items(c, *community);
    if (!list) return list.error();
    items = std::move(*list);
  }
  auto ticks = st::ticks(c, project_id);
  if (!ticks) return ticks.error();
  auto team = teams::team_store::members(c, project_id);
  if (!team) return team.error();
  Facts facts;
  for (const auto& m : *team) {
    facts.confirmed_expert = facts.confirmed_expert || m.kind == teams::RoleKind::expert;
    facts.carrier_person = facts.carrier_person || m.kind == teams::RoleKind::carrier;
  }
  auto need = st::has_need(c, project_id);
  if (!need) return need.error();
  facts.need_recorded = *need;
  auto study = st::has_document(c, project_id, "study");
  if (!study) return study.error();
  facts.study_uploaded = *study;
  auto budget = st::has_document(c, project_id, "budget");
  if (!budget) return budget.error();
  facts.budget_uploaded = *budget;
  auto path = build_path(**status, items, *ticks, facts);
  path.project_id = project_id;
  path.community_id = *community;
  return path;
}

Status as_status(const Result<bool>& r) {
  if (!r) return r.error();
  return {};
}

std::string project_path(std::int64_t id) {
  return "/projects/" + std::to_string(id) + "/maturity";
}

// The activity's sentence names the stage reached, so each stage has its catalogue keys: a move,
// and a move by override (whose {what} is the reason).
struct StageKinds {
  std::string_view stage;
  const char* moved;
  const char* overridden;
};
constexpr StageKinds kKinds[] = {
    {"idea", "activity.stage.idea", "activity.stage_override.idea"},
    {"maturing", "activity.stage.maturing", "activity.stage_override.maturing"},
    {"ready", "activity.stage.ready", "activity.stage_override.ready"},
    {"funding", "activity.stage.funding", "activity.stage_override.funding"},
    {"in_progress", "activity.stage.in_progress", "activity.stage_override.in_progress"},
    {"done", "activity.stage.done", "activity.stage_override.done"},
    {"capitalised", "activity.stage.capitalised", "activity.stage_override.capitalised"},
};

std::string activity_kind(const std::string& to, bool overridden) {
  for (const auto& k : kKinds) {
    if (k.stage == to) return overridden ? k.overridden : k.moved;
  }
  return {};
}

std::string shortened(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  // Never in the middle of a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

Status audit_item(store::Conn& c, const web::Actor& actor, std::string_view action,
                  std::int64_t community_id, const ItemInput& in) {
  return audit::audit_store::record(c, actor.member_id, action, "community", community_id,
                                    in.stage + ": " + shortened(in.label_fr, kAuditReason));
}

}  // namespace

Result<PathAccess> read_path(store::Db& db, const web::Actor& actor, std::int64_t project_id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto path = load_path(**lease, project_id);
  if (!path) return path.error();
  auto s = teams::standing(**lease, actor, project_id);
  if (!s) return s.error();
  return PathAccess{std::move(*path), std::move(*s)};
}

Status tick(store::Db& db, const web::Actor& actor, std::int64_t project_id, std::int64_t item_id,
            const TickInput& in, core::Seconds now) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::tick, {s->role}); !d) return d.forbidden();
    auto item = st::item(c, item_id);
    if (!item) return item.error();
    auto community = st::community_of(c, project_id);
    if (!community) return community.error();
    if (!*item || (*item)->community_id != *community) {
      return Error::not_found("maturity.errors.no_such_item");
    }
    if ((*item)->rule != Rule::none) return Error::conflict("maturity.errors.computed");
    auto r = in.done
                 ? st::put_tick(c, project_id, item_id, in.note, actor.member_id, core::iso(now))
                 : st::delete_tick(c, project_id, item_id);
    if (!r) return r.error();
    return true;
  }));
}

Result<bool> advance(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                     const AdvanceInput& in, core::Seconds now) {
  return db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto s = teams::standing(c, actor, project_id);
    if (!s) return s.error();
    if (auto d = can(actor, Action::advance, {s->role}); !d) return d.forbidden();
    auto path = load_path(c, project_id);
    if (!path) return path.error();
    const auto& from = path->current;
    if (!in.from.empty() && in.from != from) {
      return Error::conflict("projects.errors.status_changed_meanwhile");
    }
    auto missing = missing_for(*path, from, in.to);
    auto overridden = judge_move(from, in.to, missing.size(), in.override_reason,
                                 can(actor, Action::override_checklist, {s->role}).allowed);
    if (!overridden) return overridden.error();
    projects::StatusChangeInput change{in.to, in.note, from};
    if (*overridden) {
      // The history keeps the reason beside the step, where the team and readers look.
      change.note = in.note.empty() ? in.override_reason : in.note + " — " + in.override_reason;
    }
    if (auto r = projects::project_store::change_status(c, actor.member_id, project_id, change);
        !r) {
      return r.error();
    }
    if (*overridden) {
      auto detail = from + " -> " + in.to + " (" + std::to_string(missing.size()) +
                    " missing): " + shortened(in.override_reason, kAuditReason);
      if (auto r = audit::audit_store::record(c, actor.member_id, "project.stage.override",
                                              "project", project_id, detail);
          !r) {
        return r.error();
      }
    }
    activity::Event e{project_id, activity_kind(in.to, *overridden), actor.member_id,
                      *overridden ? in.override_reason : std::string(), project_path(project_id)};
    if (auto r = activity::activity_store::record(c, e, core::iso(now)); !r) return r.error();
    return *overridden;
  });
}

Status check_move(store::Db& db, std::int64_t project_id, const std::string& from,
                  const std::string& to) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto path = load_path(**lease, project_id);
  if (!path) return path.error();
  if (!missing_for(*path, from, to).empty()) {
    return Error::conflict("maturity.errors.incomplete_see_path");
  }
  return {};
}

Result<std::int64_t> add_item(store::Db& db, const web::Actor& actor, std::int64_t community_id,
                              const ItemInput& in, core::Seconds now) {
  if (auto d = can(actor, Action::configure); !d) return d.forbidden();
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto list = st::communities(c);
    if (!list) return list.error();
    bool known = false;
    for (const auto& x : *list) known = known || x.id == community_id;
    if (!known) return Error::not_found();
    auto id = st::insert_item(c, community_id, in, core::iso(now));
    if (!id) return id.error();
    if (auto r = audit_item(c, actor, "maturity.item.added", community_id, in); !r) {
      return r.error();
    }
    return *id;
  });
}

Status change_item(store::Db& db, const web::Actor& actor, std::int64_t item_id,
                   const ItemInput& in) {
  if (auto d = can(actor, Action::configure); !d) return d.forbidden();
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto item = st::item(c, item_id);
    if (!item) return item.error();
    if (!*item) return Error::not_found("maturity.errors.no_such_item");
    ItemInput kept = in;
    kept.stage = (*item)->stage;
    if (auto r = st::update_item(c, item_id, kept); !r) return r.error();
    if (auto r = audit_item(c, actor, "maturity.item.changed", (*item)->community_id, kept); !r) {
      return r.error();
    }
    return true;
  }));
}

Status remove_item(store::Db& db, const web::Actor& actor, std::int64_t item_id) {
  if (auto d = can(actor, Action::configure); !d) return d.forbidden();
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto item = st::item(c, item_id);
    if (!item) return item.error();
    if (!*item) return Error::not_found("maturity.errors.no_such_item");
    if (auto r = st::delete_item(c, item_id); !r) return r.error();
    ItemInput was{(*item)->stage, (*item)->label_fr, (*item)->label_ar, (*item)->rule};
    if (auto r = audit_item(c, actor, "maturity.item.removed", (*item)->community_id, was); !r) {
      return r.error();
    }
    return true;
  }));
}

}  // namespace comdev::maturity
