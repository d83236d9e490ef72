// What the task templates read: a project's tasks (with filters and the form that adds one), a
// task's edit form, and "My tasks" across projects. Built by task_pages.cpp in the reader's
// language.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::tasks {

struct Choice {
  std::string value, label;
  bool selected = false;
};

struct TaskRow {
  std::string title, owner, need, need_url, project, project_url, status_label, status;
  bool has_due = false, overdue = false;
  std::chrono::sys_seconds due{};
  bool can_edit = false, can_move = false;
  std::string edit_url, move_action, anchor;
  std::vector<Choice> moves;  // the statuses it may move to
};

// The fields of the form that adds or edits a task, with what was typed.
struct TaskFormView {
  std::string action, title, due_on;
  std::vector<Choice> owners, needs;
  std::vector<std::string> errors;
};

struct TaskListView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string project_title, project_url, team_url, list_url;
  std::vector<Choice> status_filter, owner_filter;
  std::vector<TaskRow> tasks;
  std::string prev_url, next_url;  // the neighbouring pages, "" at an end
  bool can_create = false;
  TaskFormView form;
};

struct TaskEditView {
  web::LayoutView layout;
  std::string csrf, list_url;
  TaskFormView form;
};

struct MyTasksView {
  web::LayoutView layout;
  std::vector<TaskRow> tasks;
};

}  // namespace comdev::tasks
