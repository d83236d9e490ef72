#include "features/matching/matching_service.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <tuple>
#include <unordered_map>

#include "core/log.h"
#include "core/time.h"
#include "features/matching/matching_rules.h"
#include "features/matching/matching_store.h"
#include "features/matching/matching_why.h"

namespace comdev::matching {
namespace {

// Invitations received in this many days count as recent (spreading, match/weights.h).
constexpr auto kRecent = std::chrono::hours(24 * 30);

std::string recent_since() {
  return core::iso(core::now() - kRecent);
}

// The taxonomy, the id conversions and the index built on them: replaced whole when the skill
// tree changes (rare), so a query holds one consistent set.
struct State {
  std::shared_ptr<const match::Taxonomy> taxonomy;
  std::shared_ptr<const Lookup> lookup;
  std::unique_ptr<match::Index> index;
  // Members who opted out of invitations: kept aside (never proposed, never scored for a need)
  // so that their own "needs for you" still works.
  std::unordered_map<std::int64_t, match::Expert> opted_out;
  std::unordered_map<std::int64_t, std::int64_t> project_of_need;
  std::int64_t max_territory_id = 0;
  // The tree the taxonomy was built from: a skill change that leaves ids, slugs and parents as
  // they were (a label edit, the start-up sync writing what was already there) rebuilds nothing.
  std::vector<std::tuple<std::int64_t, std::string, std::string>> tree;
};

std::vector<std::tuple<std::int64_t, std::string, std::string>> shape_of(
    const std::vector<SkillNode>& nodes) {
  std::vector<std::tuple<std::int64_t, std::string, std::string>> out;
  out.reserve(nodes.size());
  for (const auto& n : nodes) out.emplace_back(n.id, n.slug, n.parent_slug);
  return out;
}

std::int64_t max_id(const std::vector<Territory>& tree) {
  std::int64_t m = 0;
  for (const auto& t : tree) m = std::max(m, t.id);
  return m;
}

std::shared_ptr<const PlaceNames> names_of(const std::vector<Territory>& tree) {
  auto names = std::make_shared<PlaceNames>();
  for (const auto& t : tree) names->emplace(t.id, PlaceName{t.kind, t.name_fr, t.name_ar});
  return names;
}

}  // namespace

struct Service::Impl {
  store::Db& db;
  changes::Follower& follower;
  match::Weights weights;
  mutable std::mutex mu;  // guards `state` (the pointer; the index locks itself)
  std::shared_ptr<State> state;
  // The listeners run one at a time (the follower polls once at a time); this guards the side
  // tables of the state against the readers.
  mutable std::mutex side_mu;
  double index_ms = 0;  // of the last load: time spent inserting experts (the rest is reading)

  Impl(store::Db& d, changes::Follower& f, match::Weights w) : db(d), follower(f), weights(w) {}

  std::shared_ptr<State> current() const {
    std::lock_guard lock(mu);
    return state;
  }

  Result<std::shared_ptr<State>> load() {
    auto tree = matching_store::skill_tree(db);
    if (!tree) return tree.error();
    std::vector<match::Taxonomy::Entry> entries;
    entries.reserve(tree->size());
    for (const auto& s : *tree) entries.push_back({s.slug, s.parent_slug});
    auto s = std::make_shared<State>();
    s->tree = shape_of(*tree);
    s->taxonomy = std::make_shared<const match::Taxonomy>(entries);
    auto lookup = std::make_shared<Lookup>();
    for (const auto& node : *tree)
      if (auto id = s->taxonomy->find(node.slug)) lookup->skills.emplace(node.id, *id);
    auto territories = matching_store::territories(db);
    if (!territories) return territories.error();
    lookup->places = places_of(*territories);
    s->max_territory_id = max_id(*territories);
    publish_place_names(&db, names_of(*territories));
    s->lookup = lookup;
    s->index = std::make_unique<match::Index>(s->taxonomy, weights);
    std::chrono::steady_clock::duration indexing{};
    auto st = matching_store::for_each_expert(db, *lookup, recent_since(), [&](match::Expert&& e) {
      auto t = std::chrono::steady_clock::now();
      if (e.available)
        s->index->upsert_expert(std::move(e));
      else
        s->opted_out.emplace(e.member_id, std::move(e));
      indexing += std::chrono::steady_clock::now() - t;
    });
    if (!st) return st.error();
    index_ms = std::chrono::duration<double, std::milli>(indexing).count();
    auto needs = matching_store::open_needs(db, *lookup);
    if (!needs) return needs.error();
    for (auto& n : *needs) {
      s->project_of_need[n.need.need_id] = n.project_id;
      s->index->upsert_need(std::move(n.need));
    }
    return s;
  }

  void apply_members(std::span<const std::int64_t> ids) {
    auto s = current();
    refresh_places(*s);
    auto experts = matching_store::experts_by_ids(db, *lookup_of(*s), recent_since(), ids);
    if (!experts) {
      log::warn("matching: members not re-read", {{"error", experts.error().message_id}});
      return;
    }
    std::unordered_set<std::int64_t> seen;
    std::lock_guard lock(side_mu);
    for (auto& e : *experts) {
      seen.insert(e.member_id);
      if (e.available) {
        s->opted_out.erase(e.member_id);
        s->index->upsert_expert(std::move(e));
      } else {
        s->index->remove_expert(e.member_id);
        s->opted_out[e.member_id] = std::move(e);
      }
    }
    // No skill left, or the account is gone: out of the pool.
    for (auto id : ids) {
      if (seen.contains(id)) continue;
      s->index->remove_expert(id);
      s->opted_out.erase(id);
    }
  }

  void upsert_needs(State& s, std::vector<NeedRow>& rows) {
    std::lock_guard lock(side_mu);
    for (auto& n : rows) {
      auto id = n.need.need_id;
      if (n.open_skill) {
        s.project_of_need[id] = n.project_id;
        s.index->upsert_need(std::move(n.need));
      } else {
        s.project_of_need.erase(id);
        s.index->remove_need(id);
      }
    }
  }

  void apply_needs(std::span<const std::int64_t> ids) {
    auto s = current();
    refresh_places(*s);
    auto rows = matching_store::needs_by_ids(db, *lookup_of(*s), ids);
    if (!rows) {
      log::warn("matching: needs not re-read", {{"error", rows.error().message_id}});
      return;
    }
    std::unordered_set<std::int64_t> seen;
    for (const auto& n : *rows) seen.insert(n.need.need_id);
    upsert_needs(*s, *rows);
    std::lock_guard lock(side_mu);
    for (auto id : ids) {
      if (seen.contains(id)) continue;  // deleted
      s->project_of_need.erase(id);
      s->index->remove_need(id);
    }
  }

  void apply_projects(std::span<const std::int64_t> ids) {
    auto s = current();
    refresh_places(*s);
    auto rows = matching_store::needs_of_projects(db, *lookup_of(*s), ids);
    if (!rows) {
      log::warn("matching: projects not re-read", {{"error", rows.error().message_id}});
      return;
    }
    std::unordered_set<std::int64_t> seen;
    for (const auto& n : *rows) seen.insert(n.need.need_id);
    upsert_needs(*s, *rows);
    // A project deleted with its needs: forget the needs it had.
    std::unordered_set<std::int64_t> projects(ids.begin(), ids.end());
    std::lock_guard lock(side_mu);
    for (auto it = s->project_of_need.begin(); it != s->project_of_need.end();) {
      if (projects.contains(it->second) && !seen.contains(it->first)) {
        s->index->remove_need(it->first);
        it = s->project_of_need.erase(it);
      } else {
        ++it;
      }
    }
  }

  void apply_skills() {
    auto tree = matching_store::skill_tree(db);
    if (tree && shape_of(*tree) == current()->tree) return;
    auto fresh = load();
    if (!fresh) {
      log::warn("matching: taxonomy not rebuilt", {{"error", fresh.error().message_id}});
      return;
    }
    std::lock_guard lock(mu);
    state = std::move(*fresh);
  }

  std::shared_ptr<const Lookup> lookup_of(const State& s) const {
    std::lock_guard lock(side_mu);
    return s.lookup;
  }

  // Re-reads the territory tree when territories were added since it was read (a project or a
  // profile may name a new douar), so that their places resolve.
  void refresh_places(State& s) {
    auto tree = matching_store::territories_if_newer(db, s.max_territory_id);
    if (!tree || tree->empty()) return;
    auto lookup = std::make_shared<Lookup>(*lookup_of(s));
    lookup->places = places_of(*tree);
    publish_place_names(&db, names_of(*tree));
    std::lock_guard lock(side_mu);
    s.max_territory_id = max_id(*tree);
    s.lookup = std::move(lookup);
  }
};

Result<std::shared_ptr<Service>> Service::build(store::Db& db, changes::Follower& follower,
                                                match::Weights weights) {
  auto impl = std::make_unique<Impl>(db, follower, weights);
  auto started = std::chrono::steady_clock::now();
  auto state = impl->load();
  if (!state) return state.error();
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
  log::info("matching index built", {{"experts", (*state)->index->expert_count()},
                                     {"opted_out", (*state)->opted_out.size()},
                                     {"needs", (*state)->index->need_count()},
                                     {"ms", ms.count()},
                                     {"indexing_ms", impl->index_ms}});
  impl->state = std::move(*state);
  Impl* raw = impl.get();
  std::shared_ptr<Service> service(new Service(std::move(impl)));
  follower.subscribe(std::string(changes::kProfile), [raw](auto ids) { raw->apply_members(ids); });
  follower.subscribe(std::string(changes::kNeed), [raw](auto ids) { raw->apply_needs(ids); });
  follower.subscribe(std::string(changes::kProject), [raw](auto ids) { raw->apply_projects(ids); });
  follower.subscribe(std::string(changes::kSkill), [raw](auto) { raw->apply_skills(); });
  return service;
}

Service::Service(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Service::~Service() {
  forget_place_names(&impl_->db);
}

std::optional<std::vector<match::Match>> Service::experts_for_need(
    std::int64_t need_id, std::size_t k, const std::unordered_set<std::int64_t>& exclude) {
  catch_up();
  auto s = impl_->current();
  // Ask for enough to fill k after leaving the excluded ones out.
  auto got = s->index->experts_for_need(need_id, k + exclude.size());
  if (!got) return std::nullopt;
  std::vector<match::Match> out;
  for (auto& m : *got) {
    if (out.size() == k) break;
    if (!exclude.contains(m.id)) out.push_back(std::move(m));
  }
  return out;
}

std::optional<std::vector<match::Match>> Service::needs_for_member(std::int64_t member_id,
                                                                   std::size_t k) {
  catch_up();
  auto s = impl_->current();
  if (auto got = s->index->needs_for_expert(member_id, k)) return got;
  std::optional<match::Expert> paused;
  {
    std::lock_guard lock(impl_->side_mu);
    if (auto it = s->opted_out.find(member_id); it != s->opted_out.end()) paused = it->second;
  }
  if (!paused) return std::nullopt;
  // Turning invitations off stops invitations, not browsing: score as if available.
  paused->available = true;
  return s->index->needs_for(*paused, k);
}

std::optional<match::Scored> Service::explain(std::int64_t need_id, std::int64_t member_id) {
  catch_up();
  auto s = impl_->current();
  auto need = s->index->need(need_id);
  auto expert = s->index->expert(member_id);
  if (!need || !expert) return std::nullopt;
  match::Scored out;
  // Holding three open invitations stops new ones, not an explanation of an existing one.
  if (match::score_into(*need, *expert, *s->taxonomy, impl_->weights, &out, true) < 0)
    return std::nullopt;
  return out;
}

bool Service::invitable(std::int64_t member_id) {
  catch_up();
  auto s = impl_->current();
  auto e = s->index->expert(member_id);
  return e && e->available && e->open_invitations < impl_->weights.max_open_invitations;
}

void Service::catch_up() {
  impl_->follower.catch_up();
}

const match::Weights& Service::weights() const {
  return impl_->weights;
}

}  // namespace comdev::matching
