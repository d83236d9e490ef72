#include "features/lessons/lesson_actions.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "features/activity/activity_store.h"
#include "features/audit/audit_store.h"
#include "features/lessons/lesson_permissions.h"
#include "features/lessons/lesson_store.h"
#include "features/organisations/organisation_store.h"
#include "features/projects/project_forms.h"
#include "features/projects/project_permissions.h"
#include "features/projects/project_store.h"

namespace comdev::lessons {
namespace {

namespace st = lesson_store;

// How many published sheets the list reads: far more than a community writes in years.
constexpr int kMaxListed = 5000;

// The sheet and the actor's standing, inside a transaction; not found when the actor may not
// read it.
Result<Access> load(store::Conn& c, const web::Actor& actor, std::int64_t id) {
  auto s = st::find(c, id);
  if (!s) return s.error();
  if (!*s) return Error::not_found();
  auto standing = teams::standing(c, actor, (*s)->project_id);
  if (!standing) return standing.error();
  if (!can(actor, Action::view, {standing->role, (*s)->state})) return Error::not_found();
  return Access{std::move(**s), standing->role};
}

// A review's decision: publish (submitted → published) or send back (submitted → draft).
// A published sheet is the project's lessons for everyone: a done project becomes capitalised
// (its last stage), and the timeline tells the team. Inside the publication's transaction.
Status after_publication(store::Conn& c, const web::Actor& actor, const Access& a, std::int64_t id,
                         const std::string& when) {
  if (a.sheet.project_status == "done") {
    projects::StatusChangeInput move{"capitalised", "lessons-learned sheet published", "done"};
    if (auto st =
            projects::project_store::change_status(c, actor.member_id, a.sheet.project_id, move);
        !st) {
      return st;
    }
  }
  return activity::activity_store::record(
      c,
      {a.sheet.project_id, activity::kLessonPublished, actor.member_id, a.sheet.project_title,
       "/lessons/" + std::to_string(id)},
      when);
}

Status review(store::Db& db, const web::Actor& actor, std::int64_t id, Action action, State to,
              const std::string& note, std::string_view audit_action, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, action, {a->role, a->sheet.state}); !d) return d.forbidden();
    auto moved = st::move(c, id, State::submitted, to, actor.member_id, note, when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("lessons.errors.not_submitted");
    if (auto r = audit::audit_store::record(c, actor.member_id, audit_action, "lesson", id,
                                            "project " + std::to_string(a->sheet.project_id));
        !r) {
      return r.error();
    }
    if (to == State::published) {
      if (auto r = after_publication(c, actor, *a, id, when); !r) return r.error();
    }
    return true;
  }));
}

}  // namespace

Result<Access> readable(store::Db& db, const web::Actor& actor, std::int64_t id) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return load(**lease, actor, id);
}

bool may_create_projects(store::Db& db, const web::Actor& actor) {
  if (!actor.signed_in()) return false;
  if (actor.is_animator || actor.is_admin) return true;
  auto reps = organisations::organisation_store::verified_representations(db, actor.member_id);
  return reps && !reps->empty();
}

Subject subject_of(store::Db& db, const web::Actor& actor, const Access& a) {
  bool creates = a.sheet.state == State::published && may_create_projects(db, actor);
  return {a.role, a.sheet.state, project_finished(a.sheet.project_status), creates};
}

Result<std::int64_t> start(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                           core::Seconds now) {
  auto p = projects::project_store::find(db, project_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  const auto& project = **p;
  auto when = core::iso(now);
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto standing = teams::standing(c, actor, project_id);
    if (!standing) return standing.error();
    Subject subject{standing->role, State::draft, project_finished(project.data.status)};
    if (auto d = can(actor, Action::start, subject); !d) return d.forbidden();
    SheetText t;
    t.title = project.data.title;
    t.lang = project.data.lang;
    t.territory_id = project.data.territory_id;
    for (const auto& s : project.data.sectors) {
      if (t.sectors.size() < kMaxSectors) t.sectors.push_back(s);
    }
    t.body[0] = project.data.summary;  // context: the team starts from what the project said
    return st::insert(c, project_id, t, actor.member_id, when);
  });
}

Status edit(store::Db& db, const web::Actor& actor, std::int64_t id, const SheetText& text,
            core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::edit, {a->role, a->sheet.state}); !d) return d.forbidden();
    auto updated = st::update_text(c, id, text, when);
    if (!updated) return updated.error();
    if (!*updated) return Error::conflict("lessons.errors.not_draft");
    return true;
  }));
}

Status submit(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  auto when = core::iso(now);
  return status_of(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto a = load(c, actor, id);
    if (!a) return a.error();
    if (auto d = can(actor, Action::submit, {a->role, a->sheet.state}); !d) return d.forbidden();
    auto missing = missing_for_review(a->sheet.text);
    if (!missing.empty()) {
      std::vector<FieldError> fields;
      for (auto& m : missing) fields.push_back({std::move(m), "lessons.errors.required"});
      return Error::invalid("lessons.errors.incomplete", std::move(fields));
    }
    auto moved = st::move(c, id, State::draft, State::submitted, actor.member_id, "", when);
    if (!moved) return moved.error();
    if (!*moved) return Error::conflict("lessons.errors.not_draft");
    return true;
  }));
}

Status publish(store::Db& db, const web::Actor& actor, std::int64_t id, core::Seconds now) {
  return review(db, actor, id, Action::publish, State::published, "", "lesson.published", now);
}

Status send_back(store::Db& db, const web::Actor& actor, std::int64_t id, const std::string& note,
                 core::Seconds now) {
  return review(db, actor, id, Action::send_back, State::draft, note, "lesson.sent_back", now);
}

Result<std::int64_t> start_project(store::Db& db, const web::Actor& actor, std::int64_t id,
                                   const StartProject& in, const PrefillText& text,
                                   core::Seconds now) {
  auto a = readable(db, actor, id);
  if (!a) return a.error();
  if (auto d = can(actor, Action::start_project, subject_of(db, actor, *a)); !d) {
    return d.forbidden();
  }
  // The new project's carrier must be one the actor speaks for (the projects feature's rule).
  projects::Subject carrier{organisations::organisation_store::is_verified_representative(
      db, actor.member_id, in.carrier_id)};
  if (auto d = projects::can(actor, projects::Action::create, carrier); !d) return d.forbidden();
  auto p = prefill(a->sheet, text);
  projects::ProjectData d;
  d.title = p.title;
  d.summary = p.summary;
  d.description_md = p.description_md;
  d.lang = p.lang;
  d.status = "idea";
  d.carrier_id = in.carrier_id;
  d.territory_id = in.territory_id;
  d.sectors = p.sectors;
  auto project_id = projects::project_store::create(db, actor.member_id, d);
  if (!project_id) return project_id.error();
  auto when = core::iso(now);
  auto recorded = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto r = st::record_reuse(c, id, *project_id, actor.member_id, when); !r) return r.error();
    return true;
  });
  if (!recorded) return recorded.error();
  return *project_id;
}

Result<ListPage> list_published(store::Db& db, const LessonIndex& index, const Filter& f) {
  auto lease = db.acquire();
  if (!lease) return lease.error();
  auto all = st::list(**lease, State::published, kMaxListed);
  if (!all) return all.error();
  auto rows = st::territories(**lease);
  if (!rows) return rows.error();
  Tree tree;
  std::unordered_map<std::int64_t, const st::TerritoryRow*> by_id;
  for (const auto& r : *rows) {
    tree[r.id] = r.node;
    by_id[r.id] = &r;
  }
  ListPage page;
  search::QueryWords words;
  std::unordered_map<std::int64_t, std::size_t> rank;
  if (!f.q.empty()) {
    auto found = index.search(f.q);
    page.searched = !found.words.empty();
    for (std::size_t i = 0; i < found.ids.size(); ++i) rank.emplace(found.ids[i], i);
    words = std::move(found.words);
  }
  std::set<std::int64_t> regions, communes;
  std::set<std::string> sectors, actor_types;
  std::vector<Listed> kept;
  for (auto& s : *all) {
    auto place = place_of(s.text.territory_id, tree);
    if (place.region_id) regions.insert(place.region_id);
    if (place.commune_id) communes.insert(place.commune_id);
    sectors.insert(s.text.sectors.begin(), s.text.sectors.end());
    actor_types.insert(s.carrier_type);
    if (!matches(f, s, place)) continue;
    if (page.searched && !rank.contains(s.id)) continue;
    kept.push_back({std::move(s), place, {}});
  }
  if (page.searched) {
    std::stable_sort(kept.begin(), kept.end(), [&](const Listed& a, const Listed& b) {
      return rank.at(a.sheet.id) < rank.at(b.sheet.id);
    });
  }
  page.total = kept.size();
  std::size_t from = static_cast<std::size_t>(f.page - 1) * kPerPage;
  for (std::size_t i = from; i < kept.size() && i < from + kPerPage; ++i) {
    if (page.searched) kept[i].snippet = index.snippet(kept[i].sheet.id, words);
    page.items.push_back(std::move(kept[i]));
  }
  auto option = [&](std::int64_t id) {
    const auto* r = by_id.at(id);
    return Option{std::to_string(id), r->name_fr, r->name_ar};
  };
  for (auto id : regions) page.regions.push_back(option(id));
  for (auto id : communes) page.communes.push_back(option(id));
  std::sort(page.communes.begin(), page.communes.end(),
            [](const Option& a, const Option& b) { return a.label_fr < b.label_fr; });
  page.sectors.assign(sectors.begin(), sectors.end());
  page.actor_types.assign(actor_types.begin(), actor_types.end());
  return page;
}

Result<std::vector<Sheet>> review_queue(store::Db& db, const web::Actor& actor) {
  if (!actor.is_animator && !actor.is_admin) return std::vector<Sheet>{};
  auto lease = db.acquire();
  if (!lease) return lease.error();
  return st::list(**lease, State::submitted, 200);
}

}  // namespace comdev::lessons
