#include "features/matching/matching_views.h"

#include <array>
#include <cmath>
#include <utility>

#include "features/profiles/profile_permissions.h"

namespace comdev::matching {
namespace {

using match::ReasonCode;

constexpr std::array<std::pair<ReasonCode, std::string_view>, 9> kCodes = {{
    {ReasonCode::covers_skills, "covers_skills"},
    {ReasonCode::related_skills, "related_skills"},
    {ReasonCode::speaks_language, "speaks_language"},
    {ReasonCode::works_remotely, "works_remotely"},
    {ReasonCode::on_site_window, "on_site_window"},
    {ReasonCode::attached_commune, "attached_commune"},
    {ReasonCode::attached_province, "attached_province"},
    {ReasonCode::attached_region, "attached_region"},
    {ReasonCode::responsive, "responsive"},
}};

// The profile field a reason reveals; nullopt for what the platform itself knows (answers to
// invitations).
std::optional<profiles::Field> field_of(ReasonCode code) {
  switch (code) {
    case ReasonCode::covers_skills:
    case ReasonCode::related_skills:
      return profiles::Field::skills;
    case ReasonCode::speaks_language:
      return profiles::Field::languages;
    case ReasonCode::works_remotely:
      return profiles::Field::remote_hours;
    case ReasonCode::on_site_window:
      return profiles::Field::availability;
    case ReasonCode::attached_commune:
    case ReasonCode::attached_province:
    case ReasonCode::attached_region:
      return profiles::Field::attachments;
    case ReasonCode::responsive:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::vector<match::Reason> visible_reasons(const web::Actor& reader, const MemberCard& expert,
                                           const std::vector<match::Reason>& reasons) {
  profiles::Visibility stored;
  for (const auto& [field, level] : expert.visibility) {
    auto f = profiles::parse_field(field);
    auto l = profiles::parse_level(level);
    if (f && l) stored[*f] = *l;
  }
  profiles::Subject subject{expert.id, profiles::with_defaults(stored), false, std::nullopt};
  std::vector<match::Reason> out;
  for (const auto& r : reasons) {
    auto field = field_of(r.code);
    if (field) {
      subject.field = *field;
      if (!profiles::can(reader, profiles::Action::view_field, subject).allowed) continue;
    }
    out.push_back(r);
  }
  return out;
}

int percent(double score) {
  return static_cast<int>(std::lround(std::clamp(score, 0.0, 1.0) * 100));
}

std::string_view code_name(match::ReasonCode code) {
  for (const auto& [c, name] : kCodes)
    if (c == code) return name;
  return {};
}

std::optional<match::ReasonCode> parse_code(std::string_view name) {
  for (const auto& [c, n] : kCodes)
    if (n == name) return c;
  return std::nullopt;
}

}  // namespace comdev::matching
