// The skills feature: the taxonomy (domains and skills, French, Arabic and English labels and
// synonyms) kept in data/skills.json and synced into the database at start; the administrators'
// pages to edit it and export it back; GET /api/v1/skills; the skill picker of the profile and
// need forms (skill_picker.h, templates/skills/picker.html).
#pragma once

#include "web/app.h"

namespace comdev::skills {

void register_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

}  // namespace comdev::skills
