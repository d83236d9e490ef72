#include "features/profiles/profile_forms.h"

#include <algorithm>
#include <charconv>

#include "core/text.h"
#include "core/utf8.h"
#include "search/normalize.h"

namespace comdev::profiles {
namespace {

// Text of at most `max` characters; an error on `field` otherwise.
std::string text(const http::Form& f, std::string_view name, std::size_t max, bool multiline,
                 std::string_view message, std::vector<FieldError>& errors) {
  auto v = core::trim_space(f.get(name));
  if (utf8_length(v) > max || core::has_control(v, multiline)) {
    errors.push_back({std::string(name), std::string(message)});
  }
  return std::string(v);
}

template <class T = int>
T to_int(std::string_view s, bool& ok) {
  T v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  ok = ec == std::errc() && p == s.data() + s.size();
  return v;
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

std::string visibility_input(Field f) {
  return "vis." + std::string(to_string(f));
}

std::string skill_input(std::string_view slug) {
  return "skill." + std::string(slug);
}

bool valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  bool ok = false;
  int y = to_int(s.substr(0, 4), ok);
  int m = to_int(s.substr(5, 2), ok);
  int d = to_int(s.substr(8, 2), ok);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

std::optional<std::string> sniff_image(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF") return "image/jpeg";
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1A\n", 8)) {
    return "image/png";
  }
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") {
    return "image/webp";
  }
  return std::nullopt;
}

Result<Photo> check_photo(std::string_view bytes) {
  if (bytes.size() > kMaxPhotoBytes) {
    return Error::invalid("profiles.errors.photo_size", {{"photo", "profiles.errors.photo_size"}});
  }
  auto type = sniff_image(bytes);
  if (!type) {
    return Error::invalid("profiles.errors.photo_type", {{"photo", "profiles.errors.photo_type"}});
  }
  return Photo{*type, std::string(bytes)};
}

// The territory a window's place names: the known territory whose name (French or Arabic) the
// typed place starts with, ignoring case, accents and diacritics — "Taliouine", "taliouine
// (douar Assaki)" and "تالوين" all name Taliouine; the longest name wins, so "Agadir Ida
// Outanane" is not taken for "Agadir". Without it a window is only text and the matching engine
// cannot tell that it is in the need's province.
std::optional<std::int64_t> territory_named(std::string_view place,
                                            const std::vector<TerritoryLabel>& known) {
  auto words = search::tokenize(place);
  std::optional<std::int64_t> best;
  std::size_t best_len = 0;
  for (const auto& t : known) {
    auto name = search::tokenize(t.label);
    if (name.empty() || name.size() > words.size() || name.size() <= best_len) continue;
    bool prefix = std::equal(name.begin(), name.end(), words.begin(),
                             [](const auto& a, const auto& b) { return a.text == b.text; });
    if (prefix) {
      best = t.id;
      best_len = name.size();
    }
  }
  return best;
}

Result<ProfileData> parse_profile(const http::Form& f, const std::vector<Skill>& known_skills,
                                  const std::vector<TerritoryLabel>& known_territories,
                                  ProfileData* typed) {
  for (const auto& [name, value] : f.fields()) {
    if (!is_valid_utf8(name) || !is_valid_utf8(value)) {
      return Error::invalid("errors.form.invalid_utf8");
    }
  }
  std::vector<FieldError> errors;
  ProfileData d;
  d.display_name = text(f, "display_name", 100, false, "profiles.errors.display_name", errors);
  if (d.display_name.empty()) errors.push_back({"display_name", "profiles.errors.display_name"});
  d.bio = text(f, "bio", kMaxBioChars, true, "profiles.errors.bio", errors);
  d.country = text(f, "country", 100, false, "profiles.errors.too_long", errors);
  d.city = text(f, "city", 100, false, "profiles.errors.too_long", errors);
  d.origin_text = text(f, "origin_text", 200, false, "profiles.errors.too_long", errors);
  d.professional_path =
      text(f, "professional_path", kMaxPathChars, true, "profiles.errors.path", errors);

  auto heart = f.get("diaspora_of_heart");
  if (!heart.empty() && heart != "1") {
    errors.push_back({"diaspora_of_heart", "errors.invalid"});
  }
  d.diaspora_of_heart = heart == "1";

  // A checkbox: absent when unticked (the form always shows it).
  auto open = f.get("open_to_invitations");
  if (!open.empty() && open != "1") {
    errors.push_back({"open_to_invitations", "errors.invalid"});
  }
  d.open_to_invitations = open == "1";

  auto hours = core::trim_space(f.get("remote_hours"));
  if (!hours.empty()) {
    bool ok = false;
    d.remote_hours = to_int(hours, ok);
    if (!ok || d.remote_hours < 0 || d.remote_hours > kMaxRemoteHours) {
      errors.push_back({"remote_hours", "profiles.errors.remote_hours"});
      d.remote_hours = 0;
    }
  }

  for (auto code : f.all("languages")) {
    if (!is_language(code)) {
      errors.push_back({"languages", "profiles.errors.language"});
    } else if (!contains(d.languages, code)) {
      d.languages.emplace_back(code);
    }
  }
  for (auto code : f.all("sectors")) {
    if (!is_sector(code)) {
      errors.push_back({"sectors", "profiles.errors.sector"});
    } else if (!contains(d.sectors, code)) {
      d.sectors.emplace_back(code);
    }
  }

  // Skills: "skill.<slug>" = level; an empty level means "not this skill".
  for (const auto& [name, value] : f.fields()) {
    if (!name.starts_with("skill.") || value.empty()) continue;
    std::string slug = name.substr(6);
    bool known = std::any_of(known_skills.begin(), known_skills.end(),
                             [&](const Skill& s) { return s.slug == slug; });
    if (!known || !is_skill_level(value)) {
      errors.push_back({"skills", "profiles.errors.skill"});
      continue;
    }
    if (std::none_of(d.skills.begin(), d.skills.end(),
                     [&](const MemberSkill& m) { return m.slug == slug; })) {
      d.skills.push_back({slug, value});
    }
  }

  // On-site windows: parallel lists; a row left entirely blank is the empty "add" row.
  auto places = f.all("window_place");
  auto starts = f.all("window_starts");
  auto ends = f.all("window_ends");
  auto removed = f.all("window_remove");
  std::size_t rows = std::max({places.size(), starts.size(), ends.size()});
  for (std::size_t i = 0; i < rows; ++i) {
    auto at = [&](const std::vector<std::string_view>& v) {
      return i < v.size() ? core::trim_space(v[i]) : std::string_view{};
    };
    Window w;
    w.place_text = std::string(at(places));
    w.starts_on = std::string(at(starts));
    w.ends_on = std::string(at(ends));
    if (w.place_text.empty() && w.starts_on.empty() && w.ends_on.empty()) continue;
    if (std::find(removed.begin(), removed.end(), std::to_string(i)) != removed.end()) continue;
    if (w.place_text.empty() || utf8_length(w.place_text) > 200 ||
        core::has_control(w.place_text, false)) {
      errors.push_back({"windows", "profiles.errors.window_place"});
    }
    if (!valid_date(w.starts_on) || !valid_date(w.ends_on)) {
      errors.push_back({"windows", "profiles.errors.window_date"});
    } else if (w.ends_on < w.starts_on) {
      errors.push_back({"windows", "profiles.errors.window_order"});
    }
    w.territory_id = territory_named(w.place_text, known_territories);
    d.windows.push_back(std::move(w));
  }
  if (d.windows.size() > 20) errors.push_back({"windows", "profiles.errors.window_count"});

  // Territories of attachment: the ones kept, plus at most one added.
  auto add_attachment = [&](std::string_view id_text) {
    bool ok = false;
    auto id = to_int<std::int64_t>(id_text, ok);
    auto t = std::find_if(known_territories.begin(), known_territories.end(),
                          [&](const TerritoryLabel& k) { return ok && k.id == id; });
    if (t == known_territories.end()) {
      errors.push_back({"attachments", "profiles.errors.territory"});
      return;
    }
    if (std::none_of(d.attachments.begin(), d.attachments.end(),
                     [&](const Attachment& a) { return a.territory_id == t->id; })) {
      d.attachments.push_back({t->id, t->label});
    }
  };
  for (auto id : f.all("attachment")) add_attachment(id);
  if (auto added = f.get("attachment_add"); !added.empty()) add_attachment(added);

  Visibility chosen;
  for (Field field : kAllFields) {
    auto value = f.get(visibility_input(field));
    if (value.empty()) continue;
    if (auto level = parse_level(value)) {
      chosen[field] = *level;
    } else {
      errors.push_back({visibility_input(field), "profiles.errors.visibility"});
    }
  }
  d.visibility = with_defaults(chosen);

  if (typed) *typed = d;
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return d;
}

}  // namespace comdev::profiles
