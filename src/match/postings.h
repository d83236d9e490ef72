// The index's posting lists (internal to src/match): for each skill, the experts who offer it and
// the needs that require it, each entry carrying a compact copy of what the score depends on, so
// a candidate is judged — and most are dismissed — without touching its Expert or Need.
//
// Expert lists are kept sorted by a need-independent upper bound of the expert's score (`key`),
// best first, so that "top k experts" can stop reading a list once even its next entry could not
// enter the top k (a threshold algorithm). New entries wait in a short unsorted tail that every
// query reads in full, and are merged into the sorted part by the writers.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "match/model.h"
#include "match/weights.h"

namespace comdev::match::detail {

// A skill and a level in 16 bits: (id << 2) | level. kNoSkill: an empty place.
inline constexpr std::uint16_t kNoSkill = 0xFFFF;
inline constexpr std::size_t kInlineExpertSkills = 6;
inline constexpr std::size_t kInlineNeedSkills = 4;
inline constexpr std::size_t kMaxPackedSkill = (1u << 14) - 1;

inline std::uint16_t pack(const SkillLevel& s) {
  return static_cast<std::uint16_t>((s.skill << 2) | (static_cast<unsigned>(s.level) & 3u));
}
inline SkillId packed_skill(std::uint16_t p) {
  return static_cast<SkillId>(p >> 2);
}
inline int packed_level(std::uint16_t p) {
  return p & 3;
}

// Flags of a posting.
inline constexpr std::uint8_t kHasWindow = 1;     // the expert has at least one on-site window
inline constexpr std::uint8_t kSkillsInline = 2;  // `skills` lists every skill that is scored

struct ExpertPosting {
  std::uint32_t slot = 0;
  float key = 0;  // upper bound of the score, whatever the need, attachment left out
  LangMask languages = 0;
  // The on-site windows: the span from the first day to the last (days since 2000-01-01) and
  // the province bucket they are in (kAnyBucket when there are several).
  std::uint16_t window_from = 0;
  std::uint16_t window_to = 0;
  std::uint16_t window_bucket = 0;
  // Factors in [0, 1] × 255, rounded up.
  std::uint8_t spread = 255;
  std::uint8_t responsiveness = 0;
  std::uint8_t remote = 0;
  std::uint8_t flags = 0;
  std::array<std::uint16_t, kInlineExpertSkills> skills{};
};
static_assert(sizeof(ExpertPosting) == 32);

struct NeedPosting {
  std::uint32_t slot = 0;
  LangMask languages = 0;
  std::uint16_t bucket = 0;  // province bucket of the need's place
  Day from = 0;
  Day to = 0;
  std::uint8_t mode = 0;
  std::uint8_t scored = 0;  // required skills that are scored (at most kMaxRequiredSkills)
  std::uint8_t flags = 0;
  std::uint8_t pad = 0;
  std::array<std::uint16_t, kInlineNeedSkills> skills{};
};
static_assert(sizeof(NeedPosting) == 28);

// Best key first; equal keys by slot so that a removal finds its entry by binary search.
inline bool before(const ExpertPosting& a, const ExpertPosting& b) {
  return a.key > b.key || (a.key == b.key && a.slot < b.slot);
}

struct ExpertList {
  std::vector<ExpertPosting> sorted;
  std::vector<ExpertPosting> tail;
  bool empty() const { return sorted.empty() && tail.empty(); }
  void add(const ExpertPosting& p);
  bool remove(const ExpertPosting& p);  // p.key and p.slot as when added
  void merge_tail();
};

// Province buckets: 0 for an expert with no attachment (or a need with no province), 1 for
// attachments that name no province, then one per province.
inline constexpr std::uint16_t kNoAttachment = 0;
inline constexpr std::uint16_t kNoProvince = 1;
inline constexpr std::uint16_t kFirstProvince = 2;
// A province whose attachments name different regions: its region is not known for sure.
inline constexpr std::int64_t kAmbiguousRegion = -1;

// Rounding up keeps every bound a bound.
float up(double x);
std::uint8_t up255(double x);  // x in [0, 1] as a multiple of 1/255
// A day as days since 2000-01-01 in 16 bits. Clamped: read back, 0 means "that day or any
// before" and 0xFFFF "that day or any after", so a span read back always contains the original.
std::uint16_t day16(Day d);
Day span_first(std::uint16_t d);
Day span_last(std::uint16_t d);
inline constexpr std::uint16_t kAnyBucket = 0xFFFF;
// The remote-work credit as the score computes it.
double remote_credit(int hours, const Weights& w);

}  // namespace comdev::match::detail
