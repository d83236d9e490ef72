// A synthetic pool of experts and open skill needs for the benchmark (bench/match) and for
// `comdev bench-data --experts` (so that the database and the in-memory benchmark see the same
// distributions). Pure and deterministic for a seed; the assumptions are listed in
// docs/performance.md ("Matching engine: the synthetic pool") and spelled out below.
//
// Not for anything but benchmarks: every value is invented.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "match/model.h"
#include "match/taxonomy.h"

namespace comdev::match::synthetic {

// A province of the territory tree with its communes, and how large its diaspora is (relative).
struct Province {
  std::int64_t id = 0;
  std::int64_t region = 0;
  std::vector<std::int64_t> communes;
  double weight = 1;
};

// The language bits of model.h, by name.
inline constexpr LangMask kAr = 1 << 0, kBer = 1 << 1, kFr = 1 << 2, kEn = 1 << 3, kEs = 1 << 4,
                          kNl = 1 << 5, kDe = 1 << 6, kIt = 1 << 7;

class Generator {
 public:
  // REQUIRES: at least one province and one skill. A taxonomy without domains is taken as one.
  Generator(const Taxonomy& taxonomy, std::vector<Province> provinces, std::uint64_t seed,
            Day today);

  Expert expert(std::int64_t member_id);
  Need need(std::int64_t need_id);

  // Whether the last expert is attached out of heart (a commune they adopted, not their origin).
  bool last_of_heart() const { return last_of_heart_; }

 private:
  struct Domain {
    SkillId id;
    std::vector<SkillId> skills;
    std::discrete_distribution<std::size_t> pick;
  };
  SkillId skill_in(std::size_t domain);
  Level level(double beginner, double intermediate);
  Place place(std::size_t province);
  Place any_place();

  std::mt19937_64 rng_;
  Day today_;
  std::vector<Domain> domains_;
  std::discrete_distribution<std::size_t> domain_pick_;
  std::vector<Province> provinces_;
  std::discrete_distribution<std::size_t> province_pick_;
  bool last_of_heart_ = false;
};

// Days since 1970-01-01 of a civil date.
Day day_of(int year, unsigned month, unsigned day);

}  // namespace comdev::match::synthetic
