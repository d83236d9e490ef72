// The mobilisation feature: invitations to experts, offers of help,
// the carrier's answers, joining the project's team, in-app notifications and e-mails, the expiry
// of what stays unanswered, and the API. Uses the matching service (matching_service.h) for the
// reasons an expert is proposed; depends on the needs and projects features for its sections.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "features/matching/matching_service.h"
#include "features/mobilisation/mobilisation_actions.h"
#include "i18n/lang.h"
#include "web/app.h"
#include "web/context.h"

namespace comdev::mobilisation {

// Routes: POST /needs/{id}/invitations, /invitations/{id}/decline, /needs/{id}/offers,
// /offers/{id}/accept|decline|withdraw, GET /notifications, POST /notifications/read.
void register_pages(web::App& app, matching::Service& matching);
// Routes under /api/v1 (see mobilisation_api.cpp).
void register_api(web::App& app, matching::Service& matching);
// The need-page section (a process-wide hook: registered once).
void register_sections();

// The line of a notification whose kind another feature writes (the teams feature's requests to
// join and mentions): its text in the reader's language and where it leads. The notifications
// page asks the renderer registered for the row's kind. Register at start, before serving.
struct NotificationLine {
  std::string text, url;
};
using NotificationRenderer = std::function<NotificationLine(i18n::Lang, const Notification&)>;
void add_notification_kind(std::string kind, NotificationRenderer renderer);

// Everything, plus the expiry job every Config::mobilisation_period_seconds with the app's
// scheduler (0: none). `matching` must outlive the App.
void register_module(web::App& app, matching::Service& matching);

// The settings of the use cases from the configuration and the engine's weights.
Settings settings_of(web::Ctx& ctx, matching::Service& matching);
// Sends the notices of a committed use case (the App's mailer and base URL).
void send_after(web::Ctx& ctx, const std::vector<Notice>& notices);

}  // namespace comdev::mobilisation
