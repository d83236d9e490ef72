#include "match/index.h"

#include <algorithm>
#include <mutex>

namespace comdev::match {
namespace {

// Tier of a related skill, for candidates gathered from a *need*'s point of view (relation of
// the offered skill to the required one) and from an *expert*'s point of view (relation of the
// required skill to the offered one, read the other way round).
int need_side_tier(Relation r) {
  return r == Relation::same || r == Relation::narrower ? 0 : r == Relation::broader ? 1 : 2;
}
int expert_side_tier(Relation r) {
  // related(offered) lists, for an offered skill o: o itself, its children c (a need asking for
  // c gets o as *broader*), its parent p (a need asking for p gets o as *narrower*), siblings.
  return r == Relation::same || r == Relation::broader ? 0 : r == Relation::narrower ? 1 : 2;
}

// The best score a candidate first reached in `tier` can have: its skills credit is at most the
// tier's credit, every other component at most 1.
double tier_bound(int tier, const Weights& w) {
  double rest = w.language + w.availability + w.attachment + w.responsiveness;
  double credit = tier == 0 ? w.same : tier == 1 ? w.broader : w.sibling;
  return w.skills * credit + rest;
}

// A small "keep the best k" heap: worst of the best on top.
struct TopK {
  std::size_t k;
  std::vector<std::pair<double, std::int64_t>> heap;  // (score, id)
  static bool worse(const std::pair<double, std::int64_t>& a,
                    const std::pair<double, std::int64_t>& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  }
  bool full() const { return heap.size() >= k; }
  double floor() const { return heap.empty() ? -1 : heap.front().first; }
  void offer(double score, std::int64_t id) {
    if (k == 0) return;
    std::pair<double, std::int64_t> c{score, id};
    if (!full()) {
      heap.push_back(c);
      std::push_heap(heap.begin(), heap.end(), worse);
    } else if (worse(c, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), worse);
      heap.back() = c;
      std::push_heap(heap.begin(), heap.end(), worse);
    }
  }
  std::vector<std::pair<double, std::int64_t>> sorted() {
    std::sort(heap.begin(), heap.end(), worse);
    return heap;
  }
};

// Per-thread "seen" marks, sized to the table; a generation counter avoids clearing them.
struct Seen {
  std::vector<std::uint32_t> mark;
  std::uint32_t generation = 0;
  void start(std::size_t n) {
    if (mark.size() < n) mark.resize(n, 0);
    if (++generation == 0) {
      std::fill(mark.begin(), mark.end(), 0);
      generation = 1;
    }
  }
  bool first_time(std::uint32_t slot) {
    if (mark[slot] == generation) return false;
    mark[slot] = generation;
    return true;
  }
};

}  // namespace

Index::Index(std::shared_ptr<const Taxonomy> taxonomy, Weights weights)
    : taxonomy_(std::move(taxonomy)), weights_(weights) {
  expert_postings_.resize(taxonomy_->size(), std::vector<std::vector<std::uint32_t>>(1));
  need_postings_.resize(taxonomy_->size());
}

template <class T>
std::uint32_t Index::insert(Table<T>& t, std::int64_t id, T item) {
  std::uint32_t slot;
  if (!t.free.empty()) {
    slot = t.free.back();
    t.free.pop_back();
    t.items[slot] = std::move(item);
  } else {
    slot = static_cast<std::uint32_t>(t.items.size());
    t.items.push_back(std::move(item));
  }
  t.slot_of[id] = slot;
  return slot;
}

template <class T>
std::optional<T> Index::take(Table<T>& t, std::int64_t id) {
  auto it = t.slot_of.find(id);
  if (it == t.slot_of.end()) return std::nullopt;
  std::uint32_t slot = it->second;
  T item = std::move(t.items[slot]);
  t.items[slot] = T{};
  t.free.push_back(slot);
  t.slot_of.erase(it);
  return item;
}

namespace {
void unpost(std::vector<std::uint32_t>& p, std::uint32_t slot) {
  auto pos = std::find(p.begin(), p.end(), slot);
  if (pos != p.end()) {
    *pos = p.back();
    p.pop_back();
  }
}
}  // namespace

std::vector<SkillId> Index::distinct_skills(const std::vector<SkillLevel>& skills) const {
  std::vector<SkillId> out;
  for (const auto& s : skills)
    if (s.skill < taxonomy_->size() && std::find(out.begin(), out.end(), s.skill) == out.end())
      out.push_back(s.skill);
  return out;
}

std::vector<std::uint16_t> Index::buckets_of(const Expert& e, bool create) {
  std::vector<std::uint16_t> out;
  for (const auto& a : e.attachments) {
    if (a.province == 0) continue;
    auto it = province_bucket_.find(a.province);
    std::uint16_t b = 0;
    if (it != province_bucket_.end()) {
      b = it->second;
    } else if (create) {
      b = static_cast<std::uint16_t>(bucket_region_.size());
      province_bucket_.emplace(a.province, b);
      bucket_region_.push_back(a.region);
      for (auto& per_skill : expert_postings_) per_skill.resize(bucket_region_.size());
    }
    if (b != 0 && std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
  }
  if (out.empty()) out.push_back(0);
  return out;
}

std::uint16_t Index::bucket_of_province(std::int64_t province) const {
  auto it = province_bucket_.find(province);
  return it == province_bucket_.end() ? 0 : it->second;
}

void Index::unpost_expert(std::uint32_t slot, const Expert& e) {
  auto buckets = const_cast<Index*>(this)->buckets_of(e, false);
  for (SkillId s : distinct_skills(e.skills))
    for (auto b : buckets) unpost(expert_postings_[s][b], slot);
}

void Index::unpost_need(std::uint32_t slot, const Need& n) {
  for (SkillId s : distinct_skills(n.skills)) unpost(need_postings_[s], slot);
}

void Index::upsert_expert(Expert expert) {
  std::unique_lock lock(mu_);
  auto id = expert.member_id;
  if (auto slot = experts_.slot_of.find(id); slot != experts_.slot_of.end()) {
    unpost_expert(slot->second, experts_.items[slot->second]);
    take(experts_, id);
  }
  auto buckets = buckets_of(expert, true);
  auto skills = distinct_skills(expert.skills);
  std::uint32_t slot = insert(experts_, id, std::move(expert));
  for (SkillId s : skills)
    for (auto b : buckets) expert_postings_[s][b].push_back(slot);
}

bool Index::remove_expert(std::int64_t member_id) {
  std::unique_lock lock(mu_);
  auto it = experts_.slot_of.find(member_id);
  if (it == experts_.slot_of.end()) return false;
  unpost_expert(it->second, experts_.items[it->second]);
  take(experts_, member_id);
  return true;
}

void Index::upsert_need(Need need) {
  std::unique_lock lock(mu_);
  auto id = need.need_id;
  if (auto slot = needs_.slot_of.find(id); slot != needs_.slot_of.end()) {
    unpost_need(slot->second, needs_.items[slot->second]);
    take(needs_, id);
  }
  auto skills = distinct_skills(need.skills);
  std::uint32_t slot = insert(needs_, id, std::move(need));
  for (SkillId s : skills) need_postings_[s].push_back(slot);
}

bool Index::remove_need(std::int64_t need_id) {
  std::unique_lock lock(mu_);
  auto it = needs_.slot_of.find(need_id);
  if (it == needs_.slot_of.end()) return false;
  unpost_need(it->second, needs_.items[it->second]);
  take(needs_, need_id);
  return true;
}

std::vector<Match> Index::experts_for(const Need& need, std::size_t k) const {
  std::shared_lock lock(mu_);
  return experts_for_locked(need, k);
}

std::optional<std::vector<Match>> Index::experts_for_need(std::int64_t need_id,
                                                          std::size_t k) const {
  std::shared_lock lock(mu_);
  auto it = needs_.slot_of.find(need_id);
  if (it == needs_.slot_of.end()) return std::nullopt;
  return experts_for_locked(needs_.items[it->second], k);
}

std::vector<Match> Index::experts_for_locked(const Need& need, std::size_t k) const {
  thread_local Seen seen;
  seen.start(experts_.items.size());
  TopK top{k, {}};
  std::size_t n = std::min(need.skills.size(), kMaxRequiredSkills);

  // Groups (tier, bucket), best bound first. A bucket's attachment bound: the need's own
  // province (its commune may match too), a province of the need's region, or nothing.
  std::uint16_t home = need.place.province != 0 ? bucket_of_province(need.place.province) : 0;
  struct Group {
    int tier;
    std::uint16_t bucket;
    double bound;
  };
  std::vector<Group> groups;
  for (int tier = 0; tier < 3; ++tier) {
    for (std::uint16_t b = 0; b < bucket_region_.size(); ++b) {
      // Bucket 0 holds experts attached to no province; one attached to a whole region sits
      // there, so it keeps the region's bound. (Attachments carry their province: the features
      // fill the chain commune → province → region from the territory tree.)
      bool in_region = need.place.region != 0 && (b == 0 || bucket_region_[b] == need.place.region);
      double attach = b != 0 && b == home ? weights_.same_commune
                      : in_region         ? weights_.same_region
                                          : 0.0;
      groups.push_back({tier, b, tier_bound(tier, weights_) - weights_.attachment * (1 - attach)});
    }
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group& a, const Group& b) { return a.bound > b.bound; });

  for (const auto& g : groups) {
    if (top.full() && top.floor() >= g.bound) break;
    for (std::size_t i = 0; i < n; ++i) {
      SkillId r = need.skills[i].skill;
      if (r >= taxonomy_->size()) continue;
      for (const auto& rel : taxonomy_->related(r)) {
        if (need_side_tier(rel.relation) != g.tier) continue;
        for (std::uint32_t slot : expert_postings_[rel.skill][g.bucket]) {
          if (!seen.first_time(slot)) continue;
          const Expert& e = experts_.items[slot];
          double s = score_into(need, e, *taxonomy_, weights_, nullptr);
          if (s >= 0) top.offer(s, e.member_id);
        }
      }
    }
  }
  std::vector<Match> out;
  for (const auto& [s, id] : top.sorted()) {
    Match m{id, {}};
    score_into(need, experts_.items[experts_.slot_of.at(id)], *taxonomy_, weights_, &m.scored);
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<std::vector<Match>> Index::needs_for_expert(std::int64_t member_id,
                                                          std::size_t k) const {
  std::shared_lock lock(mu_);
  auto it = experts_.slot_of.find(member_id);
  if (it == experts_.slot_of.end()) return std::nullopt;
  return needs_for_locked(experts_.items[it->second], k);
}

std::vector<Match> Index::needs_for(const Expert& expert, std::size_t k) const {
  std::shared_lock lock(mu_);
  return needs_for_locked(expert, k);
}

std::vector<Match> Index::needs_for_locked(const Expert& expert, std::size_t k) const {
  thread_local Seen seen;
  seen.start(needs_.items.size());
  TopK top{k, {}};
  for (int tier = 0; tier < 3; ++tier) {
    if (top.full() && top.floor() >= tier_bound(tier, weights_)) break;
    for (const auto& offered : expert.skills) {
      if (offered.skill >= taxonomy_->size()) continue;
      for (const auto& rel : taxonomy_->related(offered.skill)) {
        if (expert_side_tier(rel.relation) != tier) continue;
        for (std::uint32_t slot : need_postings_[rel.skill]) {
          if (!seen.first_time(slot)) continue;
          const Need& n = needs_.items[slot];
          double s = score_into(n, expert, *taxonomy_, weights_, nullptr, true);
          if (s >= 0) top.offer(s, n.need_id);
        }
      }
    }
  }
  std::vector<Match> out;
  for (const auto& [s, id] : top.sorted()) {
    Match m{id, {}};
    score_into(needs_.items[needs_.slot_of.at(id)], expert, *taxonomy_, weights_, &m.scored, true);
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<Expert> Index::expert(std::int64_t member_id) const {
  std::shared_lock lock(mu_);
  auto it = experts_.slot_of.find(member_id);
  if (it == experts_.slot_of.end()) return std::nullopt;
  return experts_.items[it->second];
}

std::optional<Need> Index::need(std::int64_t need_id) const {
  std::shared_lock lock(mu_);
  auto it = needs_.slot_of.find(need_id);
  if (it == needs_.slot_of.end()) return std::nullopt;
  return needs_.items[it->second];
}

std::size_t Index::expert_count() const {
  std::shared_lock lock(mu_);
  return experts_.slot_of.size();
}

std::size_t Index::need_count() const {
  std::shared_lock lock(mu_);
  return needs_.slot_of.size();
}

}  // namespace comdev::match
