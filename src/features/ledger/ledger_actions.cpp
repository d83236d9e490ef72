#include "features/ledger/ledger_actions.h"

#include "features/ledger/ledger_permissions.h"
#include "features/ledger/ledger_store.h"

namespace comdev::ledger {
namespace {

namespace ls = ledger_store;

// The actor's standing, refused unless `action` is allowed; inside the caller's transaction.
Status allowed(store::Conn& c, const web::Actor& actor, std::int64_t project_id, Action action,
               bool own_entry = false) {
  auto s = teams::standing(c, actor, project_id);
  if (!s) return s.error();
  if (auto d = can(actor, action, {s->role, own_entry}); !d) return d.forbidden();
  return {};
}

// The date of today for an entry typed without one.
std::string today(core::Seconds now) {
  return core::iso(now).substr(0, 10);
}

}  // namespace

Result<Entry> record(store::Db& db, const web::Actor& actor, std::int64_t project_id, NewEntry e,
                     core::Seconds now) {
  const Action action = e.kind == Kind::skill ? Action::declare_skill : Action::record;
  if (e.kind == Kind::reversal || e.kind == Kind::confirmation) {
    return Error::invalid("errors.invalid", {{"kind", "ledger.errors.kind"}});
  }
  e.project_id = project_id;
  e.recorded_by = actor.member_id;
  e.recorded_at = core::iso(now);
  if (e.occurred_on.empty()) e.occurred_on = today(now);
  return db.transaction<Entry>([&](store::Conn& c) -> Result<Entry> {
    if (auto a = allowed(c, actor, project_id, action); !a) return a.error();
    return ls::append_entry(c, e);
  });
}

Result<Entry> reverse(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                      std::int64_t entry_id, const std::string& reason, core::Seconds now) {
  return db.transaction<Entry>([&](store::Conn& c) -> Result<Entry> {
    if (auto a = allowed(c, actor, project_id, Action::reverse); !a) return a.error();
    NewEntry e;
    e.project_id = project_id;
    e.kind = Kind::reversal;
    e.reverses_entry_id = entry_id;
    e.label = reason;
    e.occurred_on = today(now);
    e.recorded_by = actor.member_id;
    e.recorded_at = core::iso(now);
    return ls::append_entry(c, e);
  });
}

Result<Entry> confirm(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                      std::int64_t entry_id, core::Seconds now) {
  return db.transaction<Entry>([&](store::Conn& c) -> Result<Entry> {
    auto target = ls::find(c, entry_id);
    if (!target) return target.error();
    if (!*target || (*target)->project_id != project_id) return Error::not_found();
    bool own = (*target)->recorded_by == actor.member_id;
    if (auto a = allowed(c, actor, project_id, Action::confirm_skill, own); !a) return a.error();
    NewEntry e;
    e.project_id = project_id;
    e.kind = Kind::confirmation;
    e.confirms_entry_id = entry_id;
    e.label = (*target)->label;
    e.occurred_on = today(now);
    e.recorded_by = actor.member_id;
    e.recorded_at = core::iso(now);
    return ls::append_entry(c, e);
  });
}

Result<std::int64_t> add_budget_line(store::Db& db, const web::Actor& actor,
                                     std::int64_t project_id, BudgetLine l, core::Seconds now) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    if (auto a = allowed(c, actor, project_id, Action::edit_budget); !a) return a.error();
    l.project_id = project_id;
    return ls::add_budget_line(c, l, core::iso(now));
  });
}

Status update_budget_line(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                          BudgetLine l, core::Seconds now) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto a = allowed(c, actor, project_id, Action::edit_budget); !a) return a.error();
    auto old = ls::budget_line(c, l.id);
    if (!old) return old.error();
    if (!*old || (*old)->project_id != project_id) return Error::not_found();
    l.project_id = project_id;
    if (auto u = ls::update_budget_line(c, l, core::iso(now)); !u) return u.error();
    return true;
  });
  if (!r) return r.error();
  return {};
}

Status remove_budget_line(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                          std::int64_t line_id) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto a = allowed(c, actor, project_id, Action::edit_budget); !a) return a.error();
    auto old = ls::budget_line(c, line_id);
    if (!old) return old.error();
    if (!*old || (*old)->project_id != project_id) return Error::not_found();
    if (auto u = ls::remove_budget_line(c, line_id); !u) return u.error();
    return true;
  });
  if (!r) return r.error();
  return {};
}

Result<int> lines_from_needs(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                             core::Seconds now) {
  return db.transaction<int>([&](store::Conn& c) -> Result<int> {
    if (auto a = allowed(c, actor, project_id, Action::edit_budget); !a) return a.error();
    auto needs = ls::funding_needs(c, project_id);
    if (!needs) return needs.error();
    auto lines = ls::budget_lines(c, project_id);
    if (!lines) return lines.error();
    int added = 0;
    for (auto n : *needs) {
      bool known = false;
      for (const auto& l : *lines) known = known || l.label == n.label;
      if (known) continue;
      n.project_id = project_id;
      auto id = ls::add_budget_line(c, n, core::iso(now));
      if (!id) return id.error();
      ++added;
    }
    return added;
  });
}

}  // namespace comdev::ledger
