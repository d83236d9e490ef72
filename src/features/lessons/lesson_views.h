// What the lessons templates read: the list with its filters and the animators' review queue, a
// sheet (its sections as sanitised HTML, the team's and the reviewers' forms, "Start a project
// from this"), the sheet's edit form, and the section of a project's page. Built by
// lesson_pages.cpp and lesson_hooks.cpp in the reader's language.
#pragma once

#include <string>
#include <vector>

#include "search/highlight.h"
#include "web/page.h"

namespace comdev::lessons {

struct OptionView {
  std::string value, label;
  bool selected = false;
};

struct CardView {
  std::string url, title, lang, place, carrier, actor_type, period;
  std::vector<std::string> sectors;
  std::vector<search::Segment> snippet;
  bool cut_before = false, cut_after = false, demo = false;
};

struct QueueRow {
  std::string url, title, project;
};

struct ListView {
  web::LayoutView layout;
  std::string q;
  std::vector<OptionView> sectors, regions, communes, actor_types;
  std::vector<CardView> items;
  std::size_t total = 0;
  bool filtered = false;
  std::vector<QueueRow> queue;
  std::string prev_url, next_url;
};

struct SectionView {
  std::string key, label, html;
};

struct SheetView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string url, title, lang, place, carrier, actor_type, period;
  std::string project_title, project_url;
  std::vector<std::string> sectors;
  std::string state, state_label, review_note, published_text, reuses_text;
  bool published = false, demo = false;
  std::vector<SectionView> sections;
  bool can_edit = false, can_submit = false, can_review = false, can_start_project = false;
  std::string edit_url, submit_action, publish_action, send_back_action, start_project_action;
  std::string note;
  std::vector<OptionView> carriers, territories;
  std::vector<std::string> errors;
};

struct FieldView {
  std::string key, label, hint, value;
  bool invalid = false;
};

struct EditView {
  web::LayoutView layout;
  std::string csrf, action, sheet_url, project_title;
  std::string title, period;
  std::vector<OptionView> langs, sectors, territories;
  std::vector<FieldView> sections;
  std::string review_note;
  std::vector<std::string> errors;
};

// The section of a project's page.
struct ProjectSectionView {
  std::string csrf;
  std::string sheet_url, sheet_title, state_label;
  bool has_sheet = false, can_start = false;
  std::string start_action;
};

}  // namespace comdev::lessons
