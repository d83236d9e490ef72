#include "match/index.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace comdev::match {

using detail::ExpertPosting;
using detail::NeedPosting;

thread_local Index::Work Index::last_work_;

Index::Work Index::last_query_work() {
  return last_work_;
}

Index::Index(std::shared_ptr<const Taxonomy> taxonomy, Weights weights)
    : taxonomy_(std::move(taxonomy)), weights_(weights) {
  expert_postings_.resize(taxonomy_->size(),
                          std::vector<detail::ExpertList>(2 * bucket_province_.size()));
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
void Index::erase(Table<T>& t, std::unordered_map<std::int64_t, std::uint32_t>::iterator it) {
  t.items[it->second] = T{};
  t.free.push_back(it->second);
  t.slot_of.erase(it);
}

std::uint16_t Index::bucket_of(const Place& p, bool create) {
  if (p.province == 0) return detail::kNoProvince;
  auto it = province_bucket_.find(p.province);
  if (it != province_bucket_.end()) return it->second;
  if (!create) return detail::kNoProvince;
  auto b = static_cast<std::uint16_t>(bucket_province_.size());
  province_bucket_.emplace(p.province, b);
  bucket_province_.push_back(p.province);
  bucket_region_.push_back(p.region);
  for (auto& per_skill : expert_postings_) per_skill.resize(2 * bucket_province_.size());
  return b;
}

std::vector<std::uint16_t> Index::expert_buckets(const Expert& e, bool create) {
  std::vector<std::uint16_t> out;
  for (const auto& a : e.attachments) {
    std::uint16_t b = bucket_of(a, create);
    // A province whose attachments disagree on its region keeps only a conservative bound.
    if (create && b >= detail::kFirstProvince && bucket_region_[b] != a.region)
      bucket_region_[b] = detail::kAmbiguousRegion;
    if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
  }
  if (out.empty()) out.push_back(detail::kNoAttachment);
  return out;
}

bool Index::proposable(const Expert& e) const {
  return e.available && e.open_invitations < weights_.max_open_invitations;
}

std::vector<SkillId> Index::distinct_skills(const std::vector<SkillLevel>& skills,
                                            std::size_t limit) const {
  std::vector<SkillId> out;
  for (std::size_t i = 0; i < skills.size() && i < limit; ++i) {
    SkillId s = skills[i].skill;
    if (s < taxonomy_->size() && std::find(out.begin(), out.end(), s) == out.end())
      out.push_back(s);
  }
  return out;
}

ExpertPosting Index::expert_posting(std::uint32_t slot, const Expert& e,
                                    std::uint16_t window_bucket) const {
  const Weights& w = weights_;
  double spread = 1.0 / (1.0 + w.spread_per_recent * e.recent_invitations);
  double responsiveness = responsiveness_component(e);
  double remote = detail::remote_credit(e.remote_hours_per_month, w);
  double availability = std::max(remote, e.windows.empty() ? 0.0 : 1.0);
  ExpertPosting p;
  p.slot = slot;
  p.key = detail::up(spread * (w.skills + w.language + w.availability * availability +
                               w.responsiveness * responsiveness));
  p.spread = detail::up255(spread);
  p.responsiveness = detail::up255(responsiveness);
  p.languages = e.languages;
  p.remote = detail::up255(remote);
  p.flags = e.windows.empty() ? 0 : detail::kHasWindow;
  if (!e.windows.empty()) {
    Day first = e.windows.front().from, last = e.windows.front().to;
    for (const auto& win : e.windows) {
      first = std::min(first, win.from);
      last = std::max(last, win.to);
    }
    p.window_from = detail::day16(first);
    p.window_to = detail::day16(last);
    p.window_bucket = window_bucket;
  }
  p.skills.fill(detail::kNoSkill);
  std::size_t n = 0;
  bool inline_all = true;
  for (const auto& s : e.skills) {
    if (s.skill >= taxonomy_->size()) continue;
    if (n == detail::kInlineExpertSkills || s.skill > detail::kMaxPackedSkill) {
      inline_all = false;
      break;
    }
    p.skills[n++] = detail::pack(s);
  }
  if (inline_all) p.flags |= detail::kSkillsInline;
  return p;
}

NeedPosting Index::need_posting(std::uint32_t slot, const Need& n, std::uint16_t bucket) const {
  NeedPosting p;
  p.slot = slot;
  p.languages = n.languages;
  p.bucket = bucket;
  p.from = n.from;
  p.to = n.to;
  p.mode = static_cast<std::uint8_t>(n.mode);
  std::size_t scored = std::min(n.skills.size(), kMaxRequiredSkills);
  p.scored = static_cast<std::uint8_t>(scored);
  p.skills.fill(detail::kNoSkill);
  bool inline_all = scored <= detail::kInlineNeedSkills;
  for (std::size_t i = 0; inline_all && i < scored; ++i) {
    if (n.skills[i].skill >= taxonomy_->size() || n.skills[i].skill > detail::kMaxPackedSkill)
      inline_all = false;
    else
      p.skills[i] = detail::pack(n.skills[i]);
  }
  if (inline_all) p.flags |= detail::kSkillsInline;
  return p;
}

void Index::post_expert(std::uint32_t slot, bool merge) {
  const Expert& e = experts_.items[slot];
  if (!proposable(e)) return;
  auto buckets = expert_buckets(e, true);
  // The windows' province, when they are all in one (a window "nearby" counts fully).
  std::uint16_t window_bucket = detail::kAnyBucket;
  for (std::size_t i = 0; i < e.windows.size(); ++i) {
    std::uint16_t b = bucket_of(e.windows[i].place, true);
    window_bucket = i == 0 || b == window_bucket ? b : detail::kAnyBucket;
    if (window_bucket == detail::kAnyBucket) break;
  }
  ExpertPosting p = expert_posting(slot, e, window_bucket);
  for (SkillId s : distinct_skills(e.skills, e.skills.size())) {
    for (auto b : buckets) {
      auto& list = expert_postings_[s][2 * b + (e.windows.empty() ? 0 : 1)];
      if (merge)
        list.add(p);
      else
        list.tail.push_back(p);
    }
  }
}

void Index::unpost_expert(std::uint32_t slot) {
  const Expert& e = experts_.items[slot];
  if (!proposable(e)) return;
  auto buckets = expert_buckets(e, false);
  ExpertPosting p = expert_posting(slot, e, detail::kAnyBucket);  // found by key and slot
  for (SkillId s : distinct_skills(e.skills, e.skills.size()))
    for (auto b : buckets) expert_postings_[s][2 * b + (e.windows.empty() ? 0 : 1)].remove(p);
}

void Index::post_need(std::uint32_t slot) {
  const Need& n = needs_.items[slot];
  std::uint16_t bucket = detail::kNoAttachment;
  if (n.place.province != 0) {
    bucket = bucket_of(n.place, true);
    if (bucket_region_[bucket] != n.place.region) bucket_region_[bucket] = detail::kAmbiguousRegion;
  }
  NeedPosting p = need_posting(slot, n, bucket);
  for (SkillId s : distinct_skills(n.skills, kMaxRequiredSkills)) need_postings_[s].push_back(p);
}

void Index::unpost_need(std::uint32_t slot) {
  const Need& n = needs_.items[slot];
  for (SkillId s : distinct_skills(n.skills, kMaxRequiredSkills)) {
    auto& list = need_postings_[s];
    auto pos = std::find_if(list.begin(), list.end(),
                            [slot](const NeedPosting& p) { return p.slot == slot; });
    if (pos == list.end()) continue;
    *pos = list.back();
    list.pop_back();
  }
}

void Index::upsert_expert_locked(Expert expert, bool merge) {
  auto id = expert.member_id;
  if (auto it = experts_.slot_of.find(id); it != experts_.slot_of.end()) {
    unpost_expert(it->second);
    erase(experts_, it);
  }
  std::uint32_t slot = insert(experts_, id, std::move(expert));
  post_expert(slot, merge);
}

void Index::upsert_expert(Expert expert) {
  std::unique_lock lock(mu_);
  upsert_expert_locked(std::move(expert), true);
}

void Index::upsert_experts(std::vector<Expert> experts) {
  std::unique_lock lock(mu_);
  experts_.items.reserve(experts_.items.size() + experts.size());
  experts_.slot_of.reserve(experts_.slot_of.size() + experts.size());
  for (auto& e : experts) upsert_expert_locked(std::move(e), false);
  for (auto& per_skill : expert_postings_)
    for (auto& list : per_skill) list.merge_tail();
}

bool Index::remove_expert(std::int64_t member_id) {
  std::unique_lock lock(mu_);
  auto it = experts_.slot_of.find(member_id);
  if (it == experts_.slot_of.end()) return false;
  unpost_expert(it->second);
  erase(experts_, it);
  return true;
}

void Index::upsert_need_locked(Need need) {
  auto id = need.need_id;
  if (auto it = needs_.slot_of.find(id); it != needs_.slot_of.end()) {
    unpost_need(it->second);
    erase(needs_, it);
  }
  std::uint32_t slot = insert(needs_, id, std::move(need));
  post_need(slot);
}

void Index::upsert_need(Need need) {
  std::unique_lock lock(mu_);
  upsert_need_locked(std::move(need));
}

void Index::upsert_needs(std::vector<Need> needs) {
  std::unique_lock lock(mu_);
  for (auto& n : needs) upsert_need_locked(std::move(n));
}

bool Index::remove_need(std::int64_t need_id) {
  std::unique_lock lock(mu_);
  auto it = needs_.slot_of.find(need_id);
  if (it == needs_.slot_of.end()) return false;
  unpost_need(it->second);
  erase(needs_, it);
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
