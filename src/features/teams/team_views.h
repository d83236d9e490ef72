// What the team's templates read: the team page, the discussion's list of threads, a thread, the
// edit form, and the team section of the project's page. Built by team_pages.cpp and
// discussion_pages.cpp in the reader's language.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::teams {

struct Option {
  std::string value, label;
  bool selected = false;
};

struct MemberRow {
  std::string name, url, kind_label, title;
  bool by_organisation = false;
  bool manageable = false;  // the reader may change this member's role or take them out
  std::string manage_url;   // the page with those two forms
  bool is_reader = false;
};

// One member's page for the carriers: change the role kind and title, or take them out. Kept
// off the team list so that a team of fifty is a short list on a phone, not fifty forms.
struct MemberManageView {
  web::LayoutView layout;
  std::string csrf, project_title, project_url, team_url;
  std::string name, url, kind_label, title;
  std::string role_action, remove_action;
  std::vector<Option> kinds;
  bool can_change_role = false, can_remove = false;
};

struct RequestRow {
  std::string name, url, message, answer_action;
  std::chrono::sys_seconds at{};
};

// One line of "what changed since my last visit".
struct ChangeRow {
  std::string text, url;
  std::chrono::sys_seconds at{};
};

struct TeamPageView {
  web::LayoutView layout;
  std::string csrf;
  std::string project_title, project_url, notice;
  std::vector<MemberRow> members;
  bool can_manage = false;
  std::string add_action;
  std::vector<Option> kinds;
  std::vector<RequestRow> requests;
  bool can_request = false, request_open = false;
  std::string request_action;
  bool sign_in_to_join = false;
  std::string sign_in_url;
  bool can_leave = false;
  std::string leave_action;
  bool can_view_workspace = false;
  std::string discussion_url, tasks_url, decisions_url, activity_url, documents_url, ledger_url;
  // What others did since the reader's previous visit (team members only); shown when
  // `since_visit` (a previous visit is known).
  bool since_visit = false;
  std::vector<ChangeRow> changes;
};

struct ThreadRow {
  std::string title, url, author;
  std::int64_t count = 0;
  std::chrono::sys_seconds last{};
};

struct DiscussionView {
  web::LayoutView layout;
  std::string csrf;
  std::string project_title, project_url, team_url;
  std::vector<ThreadRow> threads;
  std::string older_url, newer_url;
  bool can_start = false;
  std::string start_action;
  std::string title, body;  // what was typed, when the form comes back with errors
  std::vector<std::string> errors;
};

struct MessageRow {
  std::int64_t id = 0;
  std::string anchor, author, author_url, html;
  std::chrono::sys_seconds at{};
  bool edited = false, removed = false;
  bool can_edit = false, can_delete = false;
  std::string edit_url, delete_action;
};

struct ThreadView {
  web::LayoutView layout;
  std::string csrf;
  std::string title, project_title, project_url, discussion_url;
  std::vector<MessageRow> messages;
  std::string older_url, newer_url;
  bool can_post = false, read_only = false;
  std::string post_action;
  std::string body;
  std::vector<std::string> errors;
};

struct EditView {
  web::LayoutView layout;
  std::string csrf;
  std::string thread_title, thread_url, action, body;
  std::vector<std::string> errors;
};

struct SectionMember {
  std::string name, url, kind_label, title;
};

struct SectionView {
  std::vector<SectionMember> members;
  std::string team_url;
};

}  // namespace comdev::teams
