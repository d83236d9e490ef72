// What the matching engine knows about an expert and a need: plain values, no I/O. The features
// fill them from the database (profiles, needs, invitations); the engine never sees a name or an
// e-mail address, only ids it hands back.
#pragma once

#include <cstdint>
#include <vector>

#include "match/taxonomy.h"

namespace comdev::match {

// beginner < intermediate < expert, as in profiles and needs.
enum class Level : std::uint8_t { beginner = 1, intermediate = 2, expert = 3 };
enum class Mode : std::uint8_t { remote, on_site, both };

// One bit per working language, in the order of profiles::kLanguages (ar, ber, fr, en, es, nl,
// de, it).
using LangMask = std::uint16_t;
// Days since 1970-01-01 (UTC dates); 0 means "not given".
using Day = std::int32_t;

struct SkillLevel {
  SkillId skill = 0;
  Level level = Level::intermediate;
};

// Where something is, as ids of the territory tree (0: not known at that level).
struct Place {
  std::int64_t commune = 0;
  std::int64_t province = 0;
  std::int64_t region = 0;
};

// "In Taliouine 1–20 August": an expert's visit home, when they can work on site.
struct Window {
  Day from = 0;
  Day to = 0;
  Place place;
};

struct Expert {
  std::int64_t member_id = 0;
  std::vector<SkillLevel> skills;
  LangMask languages = 0;
  int remote_hours_per_month = 0;
  std::vector<Window> windows;
  std::vector<Place> attachments;  // origin douar/commune/province, or a commune they adopted
  // False for a member who opted out of invitations, paused, or deleted their account: never
  // proposed.
  bool available = true;
  // Responsiveness and spreading: past invitations and answers, the ones still open, and how
  // many arrived recently (so the same few people are not asked every time).
  int invitations_received = 0;
  int invitations_answered = 0;
  int open_invitations = 0;
  int recent_invitations = 0;
};

struct Need {
  std::int64_t need_id = 0;
  std::vector<SkillLevel> skills;  // required skills (at most kMaxRequiredSkills are scored)
  LangMask languages = 0;          // 0: any language
  Mode mode = Mode::both;
  Day from = 0;  // the period the work happens in; 0/0: no period given
  Day to = 0;
  Place place;
};

inline constexpr std::size_t kMaxRequiredSkills = 16;

}  // namespace comdev::match
