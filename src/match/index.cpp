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
  experts_.postings.resize(taxonomy_->size());
  needs_.postings.resize(taxonomy_->size());
}

template <class T>
void Index::upsert(Table<T>& t, std::int64_t id, T item, std::size_t skills) {
  remove(t, id);
  std::uint32_t slot;
  if (!t.free.empty()) {
    slot = t.free.back();
    t.free.pop_back();
    t.items[slot] = std::move(item);
    t.live[slot] = true;
  } else {
    slot = static_cast<std::uint32_t>(t.items.size());
    t.items.push_back(std::move(item));
    t.live.push_back(true);
  }
  t.slot_of[id] = slot;
  std::vector<SkillId> seen;
  for (const auto& s : t.items[slot].skills) {
    if (s.skill >= skills || std::find(seen.begin(), seen.end(), s.skill) != seen.end()) continue;
    seen.push_back(s.skill);
    t.postings[s.skill].push_back(slot);
  }
}

template <class T>
bool Index::remove(Table<T>& t, std::int64_t id) {
  auto it = t.slot_of.find(id);
  if (it == t.slot_of.end()) return false;
  std::uint32_t slot = it->second;
  for (const auto& s : t.items[slot].skills) {
    if (s.skill >= t.postings.size()) continue;
    auto& p = t.postings[s.skill];
    auto pos = std::find(p.begin(), p.end(), slot);
    if (pos != p.end()) {
      *pos = p.back();
      p.pop_back();
    }
  }
  t.items[slot] = T{};
  t.live[slot] = false;
  t.free.push_back(slot);
  t.slot_of.erase(it);
  return true;
}

void Index::upsert_expert(Expert expert) {
  std::unique_lock lock(mu_);
  auto id = expert.member_id;
  upsert(experts_, id, std::move(expert), taxonomy_->size());
}

bool Index::remove_expert(std::int64_t member_id) {
  std::unique_lock lock(mu_);
  return remove(experts_, member_id);
}

void Index::upsert_need(Need need) {
  std::unique_lock lock(mu_);
  auto id = need.need_id;
  upsert(needs_, id, std::move(need), taxonomy_->size());
}

bool Index::remove_need(std::int64_t need_id) {
  std::unique_lock lock(mu_);
  return remove(needs_, need_id);
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
  for (int tier = 0; tier < 3; ++tier) {
    if (top.full() && top.floor() >= tier_bound(tier, weights_)) break;
    for (std::size_t i = 0; i < n; ++i) {
      SkillId r = need.skills[i].skill;
      if (r >= taxonomy_->size()) continue;
      for (const auto& rel : taxonomy_->related(r)) {
        if (need_side_tier(rel.relation) != tier) continue;
        for (std::uint32_t slot : experts_.postings[rel.skill]) {
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
        for (std::uint32_t slot : needs_.postings[rel.skill]) {
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
