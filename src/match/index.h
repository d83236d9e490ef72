// The matching index: every available expert and every open skill need, with per-skill posting
// lists, answering "top k experts for this need" and "top k needs for this expert" with scores
// and reasons, exactly as scoring every candidate would (index_test checks it).
//
// How it stays fast (docs/matching.md, "How the index answers fast"): each posting carries a
// compact copy of what the score depends on, so most candidates are dismissed without reading
// their Expert or Need; expert postings are split by the province the expert is attached to
// and sorted by an upper bound of their score, and a need reads them best first, stopping when
// no unread expert could enter its top k; needs are read by tier (same skill, then related
// ones) and a tier is skipped when its bound is below the top k.
//
// Thread-safety: queries take a shared lock and may run concurrently; upserts and removals take
// an exclusive lock. Memory (bench/match): about 240 bytes per expert (its values and 32 bytes
// per skill × province posting) and 170 bytes per need.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "match/model.h"
#include "match/postings.h"
#include "match/score.h"
#include "match/taxonomy.h"
#include "match/weights.h"

namespace comdev::match {

struct Match {
  std::int64_t id = 0;  // member id (experts_for) or need id (needs_for)
  Scored scored;
};

class Index {
 public:
  explicit Index(std::shared_ptr<const Taxonomy> taxonomy, Weights weights = {});

  // Inserts or replaces by member id / need id. Skills unknown to the taxonomy are the caller's
  // error (ids are taxonomy ids by construction). REQUIRES: places follow the territory tree (a
  // commune lies in one province, a province in one region).
  void upsert_expert(Expert expert);
  bool remove_expert(std::int64_t member_id);
  void upsert_need(Need need);
  bool remove_need(std::int64_t need_id);
  // Many at once, under one lock, with the posting lists sorted once at the end: for building
  // the index at start (the same result as upserting one by one, faster).
  void upsert_experts(std::vector<Expert> experts);
  void upsert_needs(std::vector<Need> needs);

  // Best k experts for a need (which need not be in the index), best first; ties by id.
  std::vector<Match> experts_for(const Need& need, std::size_t k) const;
  // The same for an indexed need; nullopt when the need is unknown (closed, not a skill need).
  std::optional<std::vector<Match>> experts_for_need(std::int64_t need_id, std::size_t k) const;
  // Best k open needs for an expert; nullopt when the member is not in the index.
  std::optional<std::vector<Match>> needs_for_expert(std::int64_t member_id, std::size_t k) const;
  std::vector<Match> needs_for(const Expert& expert, std::size_t k) const;

  std::optional<Expert> expert(std::int64_t member_id) const;
  std::optional<Need> need(std::int64_t need_id) const;
  std::size_t expert_count() const;
  std::size_t need_count() const;
  const Taxonomy& taxonomy() const { return *taxonomy_; }
  const Weights& weights() const { return weights_; }

  // What a query read, for the benchmark: postings looked at, candidates fully scored.
  struct Work {
    std::size_t postings = 0;
    std::size_t scored = 0;
  };
  static Work last_query_work();

 private:
  template <class T>
  struct Table {
    std::vector<T> items;
    std::vector<std::uint32_t> free;
    std::unordered_map<std::int64_t, std::uint32_t> slot_of;
  };
  template <class T>
  static std::uint32_t insert(Table<T>& t, std::int64_t id, T item);
  template <class T>
  static void erase(Table<T>& t, std::unordered_map<std::int64_t, std::uint32_t>::iterator it);

  // The province bucket of a place (kNoProvince when it names none); `create` adds a province.
  std::uint16_t bucket_of(const Place& p, bool create);
  std::vector<std::uint16_t> expert_buckets(const Expert& e, bool create);
  // Whether the expert can ever be proposed for a need (else it has no expert postings).
  bool proposable(const Expert& e) const;
  detail::ExpertPosting expert_posting(std::uint32_t slot, const Expert& e,
                                       std::uint16_t window_bucket) const;
  detail::NeedPosting need_posting(std::uint32_t slot, const Need& n, std::uint16_t bucket) const;
  std::vector<SkillId> distinct_skills(const std::vector<SkillLevel>& skills,
                                       std::size_t limit) const;
  void post_expert(std::uint32_t slot, bool merge);
  void unpost_expert(std::uint32_t slot);
  void post_need(std::uint32_t slot);
  void unpost_need(std::uint32_t slot);
  void upsert_expert_locked(Expert expert, bool merge);
  void upsert_need_locked(Need need);

  std::vector<Match> experts_for_locked(const Need& need, std::size_t k) const;
  std::vector<Match> needs_for_locked(const Expert& expert, std::size_t k) const;
  // The attachment credit an expert in `bucket` can at most get for this need.
  double bucket_attachment_bound(std::uint16_t bucket, const Need& need) const;

  static thread_local Work last_work_;

  std::shared_ptr<const Taxonomy> taxonomy_;
  Weights weights_;
  mutable std::shared_mutex mu_;
  Table<Expert> experts_;
  Table<Need> needs_;
  // expert_postings_[skill][bucket · 2 + (1 if the expert has on-site windows)]: an expert
  // without windows is worth little to an on-site need, and its lists say so as a whole.
  // need_postings_[skill].
  std::vector<std::vector<detail::ExpertList>> expert_postings_;
  std::vector<std::vector<detail::NeedPosting>> need_postings_;
  std::unordered_map<std::int64_t, std::uint16_t> province_bucket_;
  std::vector<std::int64_t> bucket_province_{0, 0};
  std::vector<std::int64_t> bucket_region_{0, 0};
};

}  // namespace comdev::match
