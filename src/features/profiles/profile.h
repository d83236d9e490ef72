// A member's profile: what they tell the community about themselves, and who may see each part.
// The display name and e-mail stay in `members`; everything else is in the profile tables.
// Plain structs and the fixed lists (languages, sectors, fields); std and core only.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "core/sectors.h"

namespace comdev::profiles {

// Who may see a field: everyone, signed-in members, or only the animators (and the owner).
enum class Level { public_, members, animators };

std::string_view to_string(Level level);
std::optional<Level> parse_level(std::string_view s);

// Every part of a profile that carries its own visibility.
enum class Field {
  display_name,
  email,
  photo,
  bio,
  languages,
  country,
  city,
  attachments,  // territories of attachment, origin as typed, "diaspora de cœur"
  professional_path,
  skills,
  sectors,
  remote_hours,
  availability,  // on-site windows
};
inline constexpr std::size_t kFieldCount = 13;
inline constexpr std::array<Field, kFieldCount> kAllFields = {
    Field::display_name,      Field::email,   Field::photo,   Field::bio,
    Field::languages,         Field::country, Field::city,    Field::attachments,
    Field::professional_path, Field::skills,  Field::sectors, Field::remote_hours,
    Field::availability};

std::string_view to_string(Field f);
std::optional<Field> parse_field(std::string_view s);
// Contact details are for the animators only; the display name is public; the rest is shown to
// members.
Level default_level(Field f);

using Visibility = std::map<Field, Level>;
// Every field at its default level, overridden by `stored` where the owner chose.
Visibility with_defaults(const Visibility& stored);

// The fixed lists: a language a member speaks, a sector they care about.
inline constexpr std::array<std::string_view, 8> kLanguages = {"ar", "ber", "fr", "en",
                                                               "es", "nl",  "de", "it"};
using core::kSectors;
inline constexpr std::array<std::string_view, 3> kSkillLevels = {"beginner", "intermediate",
                                                                 "expert"};

bool is_language(std::string_view code);
bool is_sector(std::string_view code);
bool is_skill_level(std::string_view level);

struct Skill {
  std::int64_t id = 0;
  std::string slug, name_fr, name_ar, name_en;
};

struct MemberSkill {
  std::string slug;
  std::string level;  // beginner | intermediate | expert
};

struct Attachment {
  std::int64_t territory_id = 0;
  std::string label;  // the territory's name, or what the member typed
};

struct Window {
  std::int64_t id = 0;
  std::string place_text;
  std::optional<std::int64_t> territory_id;
  std::string starts_on;  // YYYY-MM-DD
  std::string ends_on;    // YYYY-MM-DD, not before starts_on
};

struct Photo {
  std::string content_type;  // image/jpeg | image/png | image/webp
  std::string bytes;
};

// What the owner edits (the display name included: it lives in `members`).
struct ProfileData {
  std::string display_name;
  std::string bio;
  std::vector<std::string> languages;
  std::string country;
  std::string city;
  std::string origin_text;
  bool diaspora_of_heart = false;
  std::string professional_path;
  std::vector<std::string> sectors;
  int remote_hours = 0;
  std::vector<MemberSkill> skills;
  std::vector<Window> windows;
  std::vector<Attachment> attachments;
  // The matching engine may propose the member to project carriers (migration 0013); a member
  // who turns it off can still offer help themselves.
  bool open_to_invitations = true;
  Visibility visibility;  // complete (with_defaults)
};

// A whole profile as stored, with the account facts a viewer may be shown.
struct Profile {
  std::int64_t member_id = 0;
  std::string email;
  bool has_photo = false;
  std::string updated_at;
  ProfileData data;
};

// What the invitations feature knows about an invited person when they accept.
struct Prefill {
  std::string origin_text;
  std::vector<std::string> skill_slugs;
  std::optional<std::int64_t> origin_territory_id;
};

}  // namespace comdev::profiles
