// The matching index: every available expert and every open skill need, with per-skill posting
// lists, answering "top k experts for this need" and "top k needs for this expert" with scores
// and reasons. Candidates are gathered skill by skill in three tiers (the same or a narrower
// skill, then a broader one, then a sibling); an expert's postings are also split by the province
// they are attached to. Groups (tier × province) are read best bound first, and reading stops
// when even a perfect candidate of the next group could not enter the top k, so a need does not
// score the whole pool.
//
// Thread-safety: queries take a shared lock and may run concurrently; upserts and removals take
// an exclusive lock. Memory: about 150 bytes per expert plus their skills and windows.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "match/model.h"
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
  // error (ids are taxonomy ids by construction).
  void upsert_expert(Expert expert);
  bool remove_expert(std::int64_t member_id);
  void upsert_need(Need need);
  bool remove_need(std::int64_t need_id);

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
  static std::optional<T> take(Table<T>& t, std::int64_t id);
  // The distinct skills of an expert or a need that the taxonomy knows.
  std::vector<SkillId> distinct_skills(const std::vector<SkillLevel>& skills) const;
  // The province buckets of an expert (0: attached to no known province).
  std::vector<std::uint16_t> buckets_of(const Expert& e, bool create);
  std::uint16_t bucket_of_province(std::int64_t province) const;
  void unpost_expert(std::uint32_t slot, const Expert& e);
  void unpost_need(std::uint32_t slot, const Need& n);

  std::vector<Match> experts_for_locked(const Need& need, std::size_t k) const;
  std::vector<Match> needs_for_locked(const Expert& expert, std::size_t k) const;

  std::shared_ptr<const Taxonomy> taxonomy_;
  Weights weights_;
  mutable std::shared_mutex mu_;
  Table<Expert> experts_;
  Table<Need> needs_;
  // expert_postings_[skill][bucket]: experts offering the skill, by province of attachment.
  std::vector<std::vector<std::vector<std::uint32_t>>> expert_postings_;
  std::vector<std::vector<std::uint32_t>> need_postings_;  // by skill
  std::unordered_map<std::int64_t, std::uint16_t> province_bucket_;
  std::vector<std::int64_t> bucket_region_{0};  // bucket 0: no province
};

}  // namespace comdev::match
