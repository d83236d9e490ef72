// Pieces the project pages share: labels from the catalogue, choices for the forms and filters,
// the place and title in the reader's language, loading a project from the URL with the
// actor's rights on it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/projects/project.h"
#include "features/projects/project_permissions.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"
#include "web/context.h"

namespace comdev::projects {

struct Option {
  std::string value, label;
  bool selected = false;
};

std::string status_label(i18n::Lang lang, std::string_view status);
std::string sector_label(i18n::Lang lang, std::string_view sector);
std::vector<Option> status_options(i18n::Lang lang, std::string_view selected);
std::vector<Option> sector_options(i18n::Lang lang, const std::vector<std::string>& selected);
std::vector<Option> lang_options(i18n::Lang lang, std::string_view selected);
Result<std::vector<Option>> territory_options(web::Ctx& ctx, std::int64_t selected);
// Every organisation (partners; the carrier for moderators), by name.
Result<std::vector<Option>> organisation_options(web::Ctx& ctx, std::int64_t selected);
// The carriers the actor may choose: the organisations they represent; all for moderators.
Result<std::vector<Option>> carrier_options(web::Ctx& ctx, std::int64_t selected);

std::string place_name(i18n::Lang lang, const std::string& fr, const std::string& ar);
// "12 mars 2026" from an ISO time, in the reader's language ("" if unreadable).
std::string date_label(i18n::Lang lang, const std::string& iso);
std::vector<std::string> field_messages(i18n::Lang lang, const Error& e);

// The project of /projects/{id}, and whether the actor represents its carrier.
struct Loaded {
  Project project;
  Subject subject;
};
Result<Loaded> load_project(web::Ctx& ctx);
Subject subject_for(web::Ctx& ctx, std::int64_t carrier_id);

}  // namespace comdev::projects
