// What the /experts page shows, in the reader's language: the filter form (with the values that
// exist) and one card per expert, built from a profile ALREADY redacted for the reader.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "features/experts/expert.h"
#include "features/profiles/profile.h"
#include "i18n/lang.h"
#include "web/page.h"

namespace comdev::experts {

struct OptionView {
  std::string value, label;
  bool selected = false;
};

struct GroupView {
  std::string label;
  std::vector<OptionView> options;
};

struct SkillTag {
  std::string label, level;
};

struct WindowLine {
  std::string place;
  std::chrono::sys_seconds starts, ends;
};

struct CardView {
  std::string url, name;
  bool name_hidden = false;
  std::string country, path;
  std::vector<std::string> attachments;
  bool heart = false;
  std::vector<SkillTag> skills;
  std::int64_t more_skills = 0;  // skills beyond those shown
  std::vector<std::string> languages;
  std::int64_t remote_hours = 0;
  std::vector<WindowLine> windows;
};

struct ListView {
  web::LayoutView layout;
  std::string q, country;
  std::vector<GroupView> skill_groups, territory_groups;
  std::vector<OptionView> sectors, languages, modes, months, countries;
  bool heart = false;
  std::vector<std::string> errors;  // the filters dropped, in words
  std::vector<CardView> cards;
  std::int64_t total = 0;
  bool filtered = false;
  std::string page_label, prev_url, next_url;
};

std::string skill_label(i18n::Lang lang, const SkillNode& s);
std::string place_label(i18n::Lang lang, const Place& p);

// A card from a redacted profile: only what the reader may see is in it, so only that shows.
// Windows that ended before `today` are left out.
CardView card_view(i18n::Lang lang, const profiles::Profile& seen, bool name_hidden,
                   const std::vector<SkillNode>& skills, const std::string& today);

// The filter form's choices with the query's values selected. `first_month` is YYYY-MM: the
// month select offers it and the eleven after.
void fill_filters(ListView& v, i18n::Lang lang, const Query& q,
                  const std::vector<SkillNode>& skills, const std::vector<Place>& places,
                  const std::vector<std::string>& countries, const std::string& first_month);

}  // namespace comdev::experts
