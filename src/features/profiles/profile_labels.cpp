#include "features/profiles/profile_labels.h"

#include <array>
#include <utility>

namespace comdev::profiles {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

template <std::size_t N>
std::string_view find(const std::array<Pair, N>& table, std::string_view code) {
  for (const auto& [c, key] : table) {
    if (c == code) return key;
  }
  return "errors.invalid";
}

constexpr std::array<Pair, 8> kLanguageKeys = {{
    {"ar", "profiles.language.ar"},
    {"ber", "profiles.language.ber"},
    {"fr", "profiles.language.fr"},
    {"en", "profiles.language.en"},
    {"es", "profiles.language.es"},
    {"nl", "profiles.language.nl"},
    {"de", "profiles.language.de"},
    {"it", "profiles.language.it"},
}};

constexpr std::array<Pair, 15> kSectorKeys = {{
    {"water", "profiles.sector.water"},
    {"sanitation", "profiles.sector.sanitation"},
    {"waste", "profiles.sector.waste"},
    {"education", "profiles.sector.education"},
    {"health", "profiles.sector.health"},
    {"agriculture", "profiles.sector.agriculture"},
    {"ess", "profiles.sector.ess"},
    {"rural_tourism", "profiles.sector.rural_tourism"},
    {"environment", "profiles.sector.environment"},
    {"energy", "profiles.sector.energy"},
    {"women", "profiles.sector.women"},
    {"youth", "profiles.sector.youth"},
    {"culture", "profiles.sector.culture"},
    {"governance", "profiles.sector.governance"},
    {"digital", "profiles.sector.digital"},
}};

constexpr std::array<Pair, 3> kLevelKeys = {{
    {"beginner", "profiles.level.beginner"},
    {"intermediate", "profiles.level.intermediate"},
    {"expert", "profiles.level.expert"},
}};

constexpr std::array<std::string_view, kFieldCount> kFieldKeys = {
    "profiles.field.display_name", "profiles.field.email",       "profiles.field.photo",
    "profiles.field.bio",          "profiles.field.languages",   "profiles.field.country",
    "profiles.field.city",         "profiles.field.attachments", "profiles.field.professional_path",
    "profiles.field.skills",       "profiles.field.sectors",     "profiles.field.remote_hours",
    "profiles.field.availability"};

}  // namespace

std::string_view language_key(std::string_view code) {
  return find(kLanguageKeys, code);
}
std::string_view sector_key(std::string_view code) {
  return find(kSectorKeys, code);
}
std::string_view level_key(std::string_view level) {
  return find(kLevelKeys, level);
}
std::string_view visibility_key(Level level) {
  switch (level) {
    case Level::public_:
      return "profiles.visibility.public";
    case Level::members:
      return "profiles.visibility.members";
    case Level::animators:
      return "profiles.visibility.animators";
  }
  return "profiles.visibility.animators";
}
std::string_view field_key(Field f) {
  return kFieldKeys[static_cast<std::size_t>(f)];
}

}  // namespace comdev::profiles
