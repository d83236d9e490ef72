// Helpers shared by the plans pages: the plan of the URL and whether the actor may act on it,
// labels of codes in the reader's language, select options, field errors as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/plans/plan.h"
#include "features/plans/plan_permissions.h"
#include "http/response.h"
#include "i18n/catalogue.h"
#include "i18n/lang.h"
#include "web/context.h"

namespace comdev::plans {

struct Option {
  std::string value, label;
  bool selected = false;
};

std::string priority_label(i18n::Lang lang, std::string_view code);
std::string status_label(i18n::Lang lang, std::string_view code);
// The commune's name in the reader's language (French when no Arabic name is recorded).
std::string commune_name(i18n::Lang lang, const Plan& p);
std::vector<std::string> error_texts(i18n::Lang lang, const Error& e);

// The plan of /plans/{id}/… when the actor may do `action` on it; otherwise the reply to send
// (404 for no such plan, the refusal of can() — sign in, or not a representative).
struct Access {
  std::optional<Plan> plan;  // with axes and actions
  std::optional<http::Response> refusal;
  bool can_edit = false;
};
Access plan_for(web::Ctx& ctx, Action action);

}  // namespace comdev::plans
