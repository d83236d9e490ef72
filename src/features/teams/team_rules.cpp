#include "features/teams/team_rules.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace comdev::teams {

std::string_view name(RoleKind k) {
  switch (k) {
    case RoleKind::carrier:
      return "carrier";
    case RoleKind::expert:
      return "expert";
    case RoleKind::animator:
      return "animator";
    case RoleKind::observer:
      return "observer";
  }
  return "observer";
}

std::optional<RoleKind> parse_role_kind(std::string_view s) {
  if (s == "carrier") return RoleKind::carrier;
  if (s == "expert") return RoleKind::expert;
  if (s == "animator") return RoleKind::animator;
  if (s == "observer") return RoleKind::observer;
  return std::nullopt;
}

bool editable(std::string_view created_at, core::Seconds now) {
  auto made = core::parse_iso(created_at);
  if (!made) return false;
  return now >= *made && now - *made <= kEditWindow;
}

int carrier_count(const std::vector<Member>& team) {
  std::set<std::int64_t> ids;
  for (const auto& m : team) {
    if (m.kind == RoleKind::carrier || m.by_organisation) ids.insert(m.member_id);
  }
  return static_cast<int>(ids.size());
}

bool leaves_no_carrier(const std::vector<Member>& team, std::int64_t member_id,
                       std::optional<RoleKind> to) {
  std::vector<Member> after;
  for (const auto& m : team) {
    if (m.member_id != member_id || m.by_organisation) {
      after.push_back(m);
      continue;
    }
    if (to) {
      Member changed = m;
      changed.kind = *to;
      after.push_back(changed);
    }
  }
  return carrier_count(team) > 0 && carrier_count(after) == 0;
}

namespace {

// A byte that continues a name: an ASCII letter or digit, or any byte of a non-ASCII character
// (Arabic and accented letters), so "@Nadia" does not match inside "@Nadiaa" or "@Nadiaé".
bool continues_name(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '_' || c == '-';
}

}  // namespace

std::vector<std::int64_t> mentioned(std::string_view body, const std::vector<Member>& team,
                                    std::int64_t author_id) {
  std::vector<const Member*> by_length;
  for (const auto& m : team) {
    if (!m.display_name.empty()) by_length.push_back(&m);
  }
  std::stable_sort(by_length.begin(), by_length.end(), [](const Member* a, const Member* b) {
    return a->display_name.size() > b->display_name.size();
  });
  std::vector<std::int64_t> out;
  std::set<std::int64_t> seen;
  for (std::size_t at = body.find('@'); at != std::string_view::npos; at = body.find('@', at + 1)) {
    std::string_view rest = body.substr(at + 1);
    for (const Member* m : by_length) {
      const std::string& n = m->display_name;
      if (!rest.starts_with(n)) continue;
      if (rest.size() > n.size() && continues_name(static_cast<unsigned char>(rest[n.size()]))) {
        continue;
      }
      if (m->member_id != author_id && seen.insert(m->member_id).second) {
        out.push_back(m->member_id);
      }
      break;
    }
  }
  return out;
}

}  // namespace comdev::teams
