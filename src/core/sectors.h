// The development sectors shared by profiles (what a member cares about), projects and needs
// (what they are about). Labels are the catalogue keys "profiles.sector.<code>".
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace comdev::core {

inline constexpr std::array<std::string_view, 15> kSectors = {
    "water",       "sanitation", "waste",         "education",   "health",
    "agriculture", "ess",        "rural_tourism", "environment", "energy",
    "women",       "youth",      "culture",       "governance",  "digital"};

inline bool is_sector(std::string_view code) {
  return std::find(kSectors.begin(), kSectors.end(), code) != kSectors.end();
}

}  // namespace comdev::core
