#include "features/projects/project_views.h"

#include "core/sectors.h"
#include "core/time.h"
#include "features/organisations/organisation_store.h"
#include "features/organisations/organisation_views.h"
#include "features/projects/project_forms.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "web/app.h"

namespace comdev::projects {
namespace {

// Literal keys, so the catalogue tests see every one of them used.
struct Key {
  std::string_view code, key;
};
constexpr Key kStatusKeys[] = {
    {"idea", "projects.status.idea"},
    {"maturing", "projects.status.maturing"},
    {"ready", "projects.status.ready"},
    {"funding", "projects.status.funding"},
    {"in_progress", "projects.status.in_progress"},
    {"done", "projects.status.done"},
    {"capitalised", "projects.status.capitalised"},
};
static_assert(std::size(kStatusKeys) == kStatuses.size());
constexpr Key kLangKeys[] = {
    {"fr", "projects.lang.fr"}, {"ar", "projects.lang.ar"}, {"en", "projects.lang.en"}};

}  // namespace

std::string status_label(i18n::Lang lang, std::string_view status) {
  for (const auto& k : kStatusKeys) {
    if (k.code == status) return text(lang, k.key);
  }
  return std::string(status);
}

std::string sector_label(i18n::Lang lang, std::string_view sector) {
  // The sector labels are the profiles feature's keys (profiles.sector.<code>).
  return text(lang, "profiles.sector." + std::string(sector));
}

std::vector<Option> status_options(i18n::Lang lang, std::string_view selected) {
  std::vector<Option> out;
  for (const auto& k : kStatusKeys) {
    out.push_back({std::string(k.code), text(lang, k.key), k.code == selected});
  }
  return out;
}

std::vector<Option> sector_options(i18n::Lang lang, const std::vector<std::string>& selected) {
  std::vector<Option> out;
  for (auto s : core::kSectors) {
    bool on = std::find(selected.begin(), selected.end(), s) != selected.end();
    out.push_back({std::string(s), sector_label(lang, s), on});
  }
  return out;
}

std::vector<Option> lang_options(i18n::Lang lang, std::string_view selected) {
  std::vector<Option> out;
  for (const auto& k : kLangKeys) {
    out.push_back({std::string(k.code), text(lang, k.key), k.code == selected});
  }
  return out;
}

Result<std::vector<Option>> territory_options(web::Ctx& ctx, std::int64_t selected) {
  auto all = organisations::territory_options(ctx.app.db(), ctx.lang, selected);
  if (!all) return all.error();
  std::vector<Option> out;
  for (auto& o : *all) out.push_back({std::move(o.value), std::move(o.label), o.selected});
  return out;
}

Result<std::vector<Option>> organisation_options(web::Ctx& ctx, std::int64_t selected) {
  organisations::Filter f;
  f.limit = 2000;
  auto orgs = organisations::organisation_store::list(ctx.app.db(), f);
  if (!orgs) return orgs.error();
  std::vector<Option> out;
  for (const auto& o : *orgs) out.push_back({std::to_string(o.id), o.name, o.id == selected});
  return out;
}

Result<std::vector<Option>> carrier_options(web::Ctx& ctx, std::int64_t selected) {
  if (ctx.actor.is_animator || ctx.actor.is_admin) return organisation_options(ctx, selected);
  auto reps = organisations::organisation_store::verified_representations(ctx.app.db(),
                                                                          ctx.actor.member_id);
  if (!reps) return reps.error();
  std::vector<Option> out;
  for (const auto& r : *reps) {
    out.push_back({std::to_string(r.organisation_id), r.name, r.organisation_id == selected});
  }
  return out;
}

std::string place_name(i18n::Lang lang, const std::string& fr, const std::string& ar) {
  if (i18n::code(lang) == "ar" && !ar.empty()) return ar;
  return fr;
}

std::string date_label(i18n::Lang lang, const std::string& iso) {
  auto t = core::parse_iso(iso);
  if (!t) return "";
  return i18n::format_date(lang, std::chrono::sys_seconds(*t));
}

std::vector<std::string> field_messages(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(text(lang, f.message_id));
  if (out.empty()) out.push_back(text(lang, e.message_id));
  return out;
}

Subject subject_for(web::Ctx& ctx, std::int64_t carrier_id) {
  return Subject{organisations::organisation_store::is_verified_representative(
      ctx.app.db(), ctx.actor.member_id, carrier_id)};
}

Result<Loaded> load_project(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return Error::not_found();
  auto p = project_store::find(ctx.app.db(), id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  Loaded l{std::move(**p), {}};
  l.subject = subject_for(ctx, l.project.data.carrier_id);
  return l;
}

}  // namespace comdev::projects
