// The view of a project's page, built for the reader: what they may see and the forms they may
// use. Shared by the page itself and by the POST handlers that show it again with an error.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "features/projects/project_views.h"
#include "web/page.h"
#include "web/share.h"

namespace comdev::projects {

struct PartnerRow {
  std::string name, url, role;
};
struct HistoryRow {
  std::string status, date, note, by;
};
struct UpdateRow {
  std::string title, date, author, body_html;
};
struct CommentRow {
  std::string id, author, date, body;
  bool hidden = false, reported = false;
};
struct ShowView {
  web::LayoutView layout;
  std::string id, title, summary, lang, description_html;
  std::string status, status_code, carrier, carrier_url, place, point, map_url;
  std::string plan_action, plan_url;
  std::vector<std::string> sectors;
  std::vector<PartnerRow> partners;
  std::string cover_url;
  bool demo = false;
  std::vector<HistoryRow> history;
  std::vector<UpdateRow> updates;
  std::vector<CommentRow> comments;
  std::vector<Translation> translations;
  std::string followers;  // "3 personnes suivent ce projet"
  bool signed_in = false, following = false, can_write = false, can_moderate = false;
  std::vector<Option> next_statuses, langs;
  std::string csrf;
  std::vector<std::string> sections;  // HTML from other features' templates
  web::ShareLinks share_links;
  std::vector<std::string> errors;
  std::string notice;  // a catalogue text after a successful action
  // What was typed in a form shown again with an error.
  std::string comment_body, update_title, update_body;
};

Result<ShowView> build_show_view(web::Ctx& ctx, const Loaded& l);
// Shows the project page again with the errors of a refused form (status 422 or 409).
http::Response show_with_errors(web::Ctx& ctx, const Loaded& l, const Error& e, int status,
                                ShowView* typed = nullptr);

}  // namespace comdev::projects
