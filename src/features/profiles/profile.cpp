#include "features/profiles/profile.h"

#include <algorithm>

namespace comdev::profiles {
namespace {

constexpr std::array<std::string_view, kFieldCount> kFieldNames = {
    "display_name",      "email",   "photo",   "bio",
    "languages",         "country", "city",    "attachments",
    "professional_path", "skills",  "sectors", "remote_hours",
    "availability"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

std::string_view to_string(Level level) {
  switch (level) {
    case Level::public_:
      return "public";
    case Level::members:
      return "members";
    case Level::animators:
      return "animators";
  }
  return "animators";
}

std::optional<Level> parse_level(std::string_view s) {
  if (s == "public") return Level::public_;
  if (s == "members") return Level::members;
  if (s == "animators") return Level::animators;
  return std::nullopt;
}

std::string_view to_string(Field f) {
  return kFieldNames[static_cast<std::size_t>(f)];
}

std::optional<Field> parse_field(std::string_view s) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (kFieldNames[i] == s) return static_cast<Field>(i);
  }
  return std::nullopt;
}

Level default_level(Field f) {
  switch (f) {
    case Field::display_name:
      return Level::public_;
    case Field::email:
    case Field::city:
      return Level::animators;
    default:
      return Level::members;
  }
}

Visibility with_defaults(const Visibility& stored) {
  Visibility v;
  for (Field f : kAllFields) {
    auto it = stored.find(f);
    v[f] = it == stored.end() ? default_level(f) : it->second;
  }
  return v;
}

bool is_language(std::string_view code) {
  return in(kLanguages, code);
}
bool is_sector(std::string_view code) {
  return in(kSectors, code);
}
bool is_skill_level(std::string_view level) {
  return in(kSkillLevels, level);
}

}  // namespace comdev::profiles
