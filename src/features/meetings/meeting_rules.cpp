#include "features/meetings/meeting_rules.h"

#include <chrono>

#include "civiltime/civil_time.h"

namespace comdev::meetings {

std::string_view name(Answer a) {
  switch (a) {
    case Answer::yes:
      return "yes";
    case Answer::no:
      return "no";
    case Answer::maybe:
      return "maybe";
  }
  return "maybe";
}

std::optional<Answer> parse_answer(std::string_view s) {
  if (s == "yes") return Answer::yes;
  if (s == "no") return Answer::no;
  if (s == "maybe") return Answer::maybe;
  return std::nullopt;
}

std::string zone_for(std::string_view chosen) {
  if (!chosen.empty() && civiltime::is_zone(chosen)) return std::string(chosen);
  return std::string(kCommunityZone);
}

bool minutes_open(const Meeting& m, core::Seconds now) {
  auto start = core::parse_iso(m.starts_at);
  return start && now >= *start;
}

Status open_for_changes(const Meeting& m) {
  if (m.cancelled()) return Error::conflict("meetings.errors.cancelled");
  return {};
}

bool upcoming(const Meeting& m, core::Seconds now) {
  auto end = core::parse_iso(m.ends_at);
  return !m.cancelled() && end && *end > now;
}

core::Seconds reminder_due(core::Seconds starts_at, core::Seconds created_at, digest::Frequency f) {
  using std::chrono::days;
  auto lead = f == digest::Frequency::weekly ? days{7} : days{1};
  core::Seconds due{std::chrono::floor<days>(starts_at) - lead};
  return due < created_at ? created_at : due;
}

bool reminder_in_digest(core::Seconds starts_at, core::Seconds created_at, digest::Frequency f,
                        core::Seconds since, core::Seconds now) {
  auto due = reminder_due(starts_at, created_at, f);
  return due > since && due <= now && now < starts_at;
}

bool reminds(const Meeting& m, digest::Frequency f, core::Seconds since, core::Seconds now) {
  if (m.cancelled()) return false;
  auto start = core::parse_iso(m.starts_at), created = core::parse_iso(m.created_at);
  return start && created && reminder_in_digest(*start, *created, f, since, now);
}

bool is_video_link(std::string_view url) {
  constexpr std::string_view scheme = "https://";
  if (url.size() <= scheme.size() || url.size() > 500) return false;
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    char c = url[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != scheme[i]) return false;
  }
  auto host = url.substr(scheme.size());
  if (host.empty() || host.front() == '/' || host.front() == '@') return false;
  for (char c : url) {
    // No spaces, controls, quotes or angle brackets: the link goes into pages and calendars.
    if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' ||
        c == 0x7f) {
      return false;
    }
  }
  return true;
}

}  // namespace comdev::meetings
