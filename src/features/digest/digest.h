// The e-mail digest of new needs that match a member: plain values shared by the rules, the
// store, the mail and the job. Opt-in: a member without a choice gets nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::digest {

enum class Frequency { off, daily, weekly };

// "off", "daily", "weekly": the column's value and the form's.
std::string_view name(Frequency f);
std::optional<Frequency> parse_frequency(std::string_view s);

// A member's choice as stored; `since` is the time after which a need is new to them.
struct Settings {
  Frequency frequency = Frequency::off;
  std::string since;
};

// A member whose digest of this period is neither sent nor being sent, and whose budget allows
// an e-mail.
struct Candidate {
  std::int64_t member_id = 0;
  Frequency frequency = Frequency::weekly;
  std::string since;
  std::string email;
  std::string display_name;
  std::string lang;  // members.preferred_lang
};

// An open skill need created since the member's last digest, as the e-mail shows it.
struct NewNeed {
  std::int64_t id = 0;
  std::string title;
  std::string created_at;
  std::string project_title;
  std::string place_fr;  // the project's territory (a commune, usually)
  std::string place_ar;  // may be empty: then the French name is shown
};

// One line of the e-mail: the need, its score (for the order) and why it suits the reader.
struct Item {
  NewNeed need;
  double score = 0;
  std::string why;
};

// What another feature adds to a member's digest (the team discussion's mentions): a heading
// and its lines, each with its text in the member's language and the path it leads to.
struct ExtraLine {
  std::string text;
  std::string path;  // "/threads/3"; the e-mail puts the site's address before it
};
struct Extra {
  std::string heading;
  std::vector<ExtraLine> lines;
};

}  // namespace comdev::digest
