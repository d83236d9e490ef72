#include "features/plans/plan_views.h"

#include <charconv>

#include "features/organisations/organisation_store.h"
#include "features/plans/plan_store.h"
#include "i18n/catalogue.h"
#include "web/app.h"
#include "web/errors.h"

namespace comdev::plans {

// Literal keys (not built from the code) so the catalogue test sees them used.
std::string priority_label(i18n::Lang lang, std::string_view code) {
  if (code == "high") return text(lang, "plans.priority.high");
  if (code == "low") return text(lang, "plans.priority.low");
  return text(lang, "plans.priority.medium");
}

std::string status_label(i18n::Lang lang, std::string_view code) {
  if (code == "in_progress") return text(lang, "plans.status.in_progress");
  if (code == "done") return text(lang, "plans.status.done");
  if (code == "abandoned") return text(lang, "plans.status.abandoned");
  return text(lang, "plans.status.planned");
}

std::string commune_name(i18n::Lang lang, const Plan& p) {
  return lang == i18n::Lang::ar && !p.commune_ar.empty() ? p.commune_ar : p.commune_fr;
}

std::vector<std::string> error_texts(i18n::Lang lang, const Error& e) {
  std::vector<std::string> out;
  if (e.fields.empty()) out.push_back(text(lang, e.message_id));
  for (const auto& f : e.fields) out.push_back(text(lang, f.message_id));
  return out;
}

Access plan_for(web::Ctx& ctx, Action action) {
  Access a;
  auto s = ctx.session();
  if (!s) return {{}, web::reply_error(ctx, s.error())};
  auto id = path_id(ctx);
  if (id == 0) return {{}, web::reply_error(ctx, Error::not_found())};
  auto plan = plan_store::find(ctx.app.db(), id);
  if (!plan) return {{}, web::reply_error(ctx, plan.error())};
  if (!*plan) return {{}, web::reply_error(ctx, Error::not_found())};
  Subject subject{organisations::organisation_store::is_verified_representative(
      ctx.app.db(), ctx.actor.member_id, (*plan)->organisation_id)};
  a.can_edit = can(ctx.actor, Action::edit, subject).allowed;
  auto d = can(ctx.actor, action, subject);
  if (!d) return {{}, web::reply_error(ctx, d.forbidden())};
  a.plan = std::move(**plan);
  return a;
}

}  // namespace comdev::plans
