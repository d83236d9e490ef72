#include "features/profiles/profile_rules.h"

namespace comdev::profiles {

bool reaches(Relation relation, Level level) {
  switch (relation) {
    case Relation::owner:
    case Relation::animator:
      return true;
    case Relation::member:
      return level != Level::animators;
    case Relation::visitor:
      return level == Level::public_;
  }
  return false;
}

std::set<Field> visible_fields(Relation relation, const Visibility& visibility) {
  std::set<Field> out;
  auto complete = with_defaults(visibility);
  for (const auto& [field, level] : complete) {
    if (reaches(relation, level)) out.insert(field);
  }
  return out;
}

Profile redact(const Profile& p, Relation relation) {
  auto seen = visible_fields(relation, p.data.visibility);
  auto sees = [&](Field f) { return seen.count(f) != 0; };
  Profile r;
  r.member_id = p.member_id;
  r.updated_at = p.updated_at;
  if (sees(Field::display_name)) r.data.display_name = p.data.display_name;
  if (sees(Field::email)) r.email = p.email;
  if (sees(Field::photo)) r.has_photo = p.has_photo;
  if (sees(Field::bio)) r.data.bio = p.data.bio;
  if (sees(Field::languages)) r.data.languages = p.data.languages;
  if (sees(Field::country)) r.data.country = p.data.country;
  if (sees(Field::city)) r.data.city = p.data.city;
  if (sees(Field::attachments)) {
    r.data.attachments = p.data.attachments;
    r.data.origin_text = p.data.origin_text;
    r.data.diaspora_of_heart = p.data.diaspora_of_heart;
  }
  if (sees(Field::professional_path)) r.data.professional_path = p.data.professional_path;
  if (sees(Field::skills)) r.data.skills = p.data.skills;
  if (sees(Field::sectors)) r.data.sectors = p.data.sectors;
  if (sees(Field::remote_hours)) r.data.remote_hours = p.data.remote_hours;
  if (sees(Field::availability)) r.data.windows = p.data.windows;
  if (relation == Relation::owner) {
    r.data.visibility = p.data.visibility;
    r.data.open_to_invitations = p.data.open_to_invitations;  // a setting, the owner's business
  }
  return r;
}

}  // namespace comdev::profiles
