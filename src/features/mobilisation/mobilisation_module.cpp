#include "features/mobilisation/mobilisation_module.h"

#include <mutex>

#include "features/mobilisation/mobilisation_expiry.h"
#include "features/mobilisation/mobilisation_mail.h"
#include "features/mobilisation/mobilisation_section.h"
#include "features/needs/need_module.h"

namespace comdev::mobilisation {

Settings settings_of(web::Ctx& ctx, matching::Service& matching) {
  return {ctx.app.config().invitation_expiry_days, matching.weights().max_open_invitations};
}

void send_after(web::Ctx& ctx, const std::vector<Notice>& notices) {
  if (notices.empty()) return;
  (void)send_notices(ctx.app.db(), ctx.app.mailer(), ctx.app.config().base_url, notices);
}

void register_sections() {
  // The hooks are process-wide and the sections stateless (the database comes with the
  // request): register once, even when several applications are built in one process (tests).
  static std::once_flag once;
  std::call_once(once, [] { needs::add_need_section(need_section); });
}

void register_module(web::App& app, matching::Service& matching) {
  register_pages(app, matching);
  register_api(app, matching);
  register_sections();
  const auto& config = app.config();
  if (config.mobilisation_period_seconds > 0) {
    schedule(app.jobs(), app.db(), app.mailer(), config.base_url,
             std::chrono::seconds(config.mobilisation_period_seconds));
  }
}

}  // namespace comdev::mobilisation
