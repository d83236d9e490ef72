// Validation of the profile form: lengths in characters (Arabic gets the same room as Latin),
// values from the fixed lists, on-site windows with real dates in order, and photos recognised
// by their magic bytes (never by the type the browser claims). Field errors carry catalogue keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/profiles/profile.h"
#include "http/form.h"

namespace comdev::profiles {

inline constexpr std::size_t kMaxPhotoBytes = 2 * 1024 * 1024;
inline constexpr std::size_t kMaxBioChars = 500;
inline constexpr std::size_t kMaxPathChars = 2000;
inline constexpr int kMaxRemoteHours = 200;

// Form field names: "vis.<field>" holds a field's visibility, "skill.<slug>" a skill's level.
std::string visibility_input(Field f);
std::string skill_input(std::string_view slug);

// Parses the edit form. `known_skills` is the skill list (a level for an unknown slug is an
// error); `known_territories` the ids a member may attach to (with their labels). The member id
// never comes from the form: the caller saves under the signed-in member's own id. `typed`, when
// given, receives what could be read even when the form is invalid (to show it again).
struct TerritoryLabel {
  std::int64_t id = 0;
  std::string label;
};
// The id of the known territory a typed place starts with (case, accents and diacritics
// ignored; the longest name wins), or nullopt.
std::optional<std::int64_t> territory_named(std::string_view place,
                                            const std::vector<TerritoryLabel>& known);
Result<ProfileData> parse_profile(const http::Form& form, const std::vector<Skill>& known_skills,
                                  const std::vector<TerritoryLabel>& known_territories,
                                  ProfileData* typed = nullptr);

// "image/jpeg", "image/png" or "image/webp" from the first bytes, or nullopt.
std::optional<std::string> sniff_image(std::string_view bytes);
// A photo upload: Error::invalid with field "photo" and profiles.errors.photo_type or
// profiles.errors.photo_size.
Result<Photo> check_photo(std::string_view bytes);

// A real calendar date written YYYY-MM-DD.
bool valid_date(std::string_view s);

}  // namespace comdev::profiles
