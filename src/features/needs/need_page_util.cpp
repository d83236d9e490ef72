#include "features/needs/need_page_util.h"

#include "features/needs/need_forms.h"
#include "features/needs/need_store.h"
#include "features/organisations/organisation_store.h"
#include "i18n/catalogue.h"
#include "web/app.h"

namespace comdev::needs {

Result<Loaded> need_of(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return Error::not_found();
  auto n = need_store::find(ctx.app.db(), id);
  if (!n) return n.error();
  if (!*n) return Error::not_found();
  auto p = need_store::project(ctx.app.db(), (*n)->project_id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  return Loaded{std::move(**n), std::move(**p)};
}

Result<ProjectRef> project_of(web::Ctx& ctx) {
  auto id = parse_id(ctx.req.param("id"));
  if (id == 0) return Error::not_found();
  auto p = need_store::project(ctx.app.db(), id);
  if (!p) return p.error();
  if (!*p) return Error::not_found();
  return std::move(**p);
}

Subject subject_for(web::Ctx& ctx, const ProjectRef& p) {
  if (!ctx.actor.signed_in()) return {};
  return {organisations::organisation_store::is_verified_representative(
      ctx.app.db(), ctx.actor.member_id, p.carrier_id)};
}

std::string territory_name(i18n::Lang lang, const ProjectRef& p) {
  if (i18n::code(lang) == "ar" && !p.territory_ar.empty()) return p.territory_ar;
  return p.territory_fr;
}

}  // namespace comdev::needs
